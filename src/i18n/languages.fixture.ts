/**
 * What `virtual:languages` gives the unit tests (vitest.config.ts), where no build runs: one added language, qaa
 * (a private-use tag: no real language, so no invented translation), with one main string and one pack string.
 */
export default [
  {
    tag: 'qaa',
    name: 'Qaa',
    strings: async () => ({ default: { sheet: { fees: 'QAA fees' } } }),
    packs: { dossier: async () => ({ default: { drafts: { title: 'QAA dossiers' } } }) } as Record<string, () => Promise<{ default: object }>>,
  },
];
