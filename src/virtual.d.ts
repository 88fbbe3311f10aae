declare module 'virtual:catalogue' {
  const index: import('./data/types').CatalogueIndex;
  export default index;
}

declare module 'virtual:portal-uuids' {
  /** The national portal's record id → this commune's procedure code. */
  const codes: Record<string, string>;
  export default codes;
}

declare module 'virtual:desk-days' {
  const deskDays: import('./schema/commune').Commune['deskDays'];
  export default deskDays;
}

declare module 'virtual:languages' {
  type Strings = () => Promise<{ default: Record<string, unknown> }>;
  /** The languages a commune added in procedures/languages/, each by its own name, its strings loaded when used. */
  const languages: { tag: string; name: string; strings: Strings; packs: Record<string, Strings> }[];
  export default languages;
}
