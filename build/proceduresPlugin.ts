import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import type { CatalogueIndex, SheetData } from '../src/data/types';
import type { Commune } from '../src/schema/commune';
import type { Fee } from '../src/schema/procedure';
import { type Catalogue, DataError, validateData } from '../src/schema/validate';
import { boundaries, datedFacts, endingWithin, vietnamDate } from '../src/schema/validity';
import { type BuiltLanguage, checkLanguages, coverageLine, readVietnamese } from './languages';
import { readDataFiles } from './readData';

interface Emitted {
  index: CatalogueIndex;
  deskDays: Commune['deskDays'];
  portalUuids: Record<string, string>;
  /** URL path (no leading slash) → file contents. */
  files: Map<string, string>;
  /** The languages of procedures/languages/, beside Vietnamese and English. */
  languages: BuiltLanguage[];
}

/** The modules the app imports from the data, each a part of what was emitted. */
const VIRTUAL = new Map<string, (emitted: Emitted) => unknown>([
  ['virtual:catalogue', (e) => e.index],
  // Apart from the index, so the first screen does not carry them: only /desk needs the weekday practices, and only
  // the scanner the portal's record ids (uuid → code: random ids, which do not compress).
  ['virtual:desk-days', (e) => e.deskDays],
  ['virtual:portal-uuids', (e) => e.portalUuids],
]);

function hashed(dir: string, name: string, body: string): string {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return `${dir}/${name}.${hash}.json`;
}

/**
 * Turns the validated catalogue into what the app loads: a small index bundled into the JavaScript (names,
 * keywords and badges, enough to list and search with no request), and one content-hashed JSON file per sheet and
 * per form, so that a corrected procedure changes only its own file.
 */
export function emitCatalogue({ procedures, forms, commune }: Catalogue): Omit<Emitted, 'languages'> {
  const files = new Map<string, string>();
  const formUrls: Record<string, string> = {};
  for (const form of forms) {
    const body = JSON.stringify(form);
    const path = hashed('data/forms', form.id, body);
    files.set(path, body);
    formUrls[form.id] = '/' + path;
  }
  const paperless = new Set(commune.badges.paperless);
  const sameDay = new Set(commune.badges.sameDayFriday);
  const entries = procedures.map((procedure) => {
    const override = commune.feeOverrides[procedure.code];
    const sheet: SheetData = {
      procedure: override ? { ...procedure, fees: override.fees as Fee[] } : procedure,
      feeOverrideSource: override?.source ?? null,
      forms: procedure.forms.map((id) => {
        const form = forms.find((f) => f.id === id)!;
        return { id, title: form.title };
      }),
    };
    const body = JSON.stringify(sheet);
    const path = hashed('data/p', procedure.code, body);
    files.set(path, body);
    return {
      code: procedure.code,
      name: procedure.name,
      field: procedure.field,
      keywords: procedure.keywords,
      paperless: paperless.has(procedure.code),
      sameDayFriday: sameDay.has(procedure.code),
      sheetUrl: '/' + path,
      formIds: procedure.forms,
      ...boundaries(datedFacts(sheet.procedure)),
      filing: procedure.filing.mode,
    };
  });
  // The maintainers' notes stay in the file: no screen shows them, and the index is on every first screen.
  const { deskDays, notes: _notes, ...listed } = commune;
  const portalUuids = Object.fromEntries(procedures.flatMap((p) => (p.portalUuid ? [[p.portalUuid, p.code]] : [])));
  return { index: { commune: listed, procedures: entries, formUrls }, deskDays, portalUuids, files };
}

/** How far ahead the build warns of a rule about to end, so a commune knows to check and redeploy in time. */
export const WARN_DAYS = 90;

/**
 * Every dated fact that has run out or will within WARN_DAYS of `today`: a line per file and end date, naming the
 * fields ("file: ends … (in N days): field, field").
 */
export function endingSoon({ procedures, forms }: Catalogue, today: string): string[] {
  const files = [
    ...procedures.map((p) => ({ file: `procedures/${p.code}.json`, data: p as unknown })),
    ...forms.map((f) => ({ file: `procedures/forms/${f.id}.json`, data: f as unknown })),
  ];
  return files.flatMap(({ file, data }) => {
    const byEnd = new Map<string, { inDays: number; fields: string[] }>();
    for (const f of endingWithin(datedFacts(data), today, WARN_DAYS)) {
      const field = f.path.replace(/\.valid$/, '');
      const group = byEnd.get(f.until) ?? byEnd.set(f.until, { inDays: f.inDays, fields: [] }).get(f.until)!;
      group.fields.push(field);
    }
    return [...byEnd].map(
      ([until, { inDays, fields }]) => `${file}: ${inDays < 0 ? `ran out on ${until}` : `ends ${until} (in ${inDays} days)`}: ${fields.join(', ')}`,
    );
  });
}

/**
 * The list of added languages, `{ tag, name, strings, packs }`, each loader a dynamic import of that language's
 * strings: vite makes each a chunk of its own, precached like English's and fetched only when the language is used.
 */
function languagesModule(languages: BuiltLanguage[]): string {
  const load = (id: string) => `() => import(${JSON.stringify(id)})`;
  const entries = languages.map((l) => {
    const packs = Object.keys(l.packs).map((p) => `${JSON.stringify(p)}: ${load(`${LANGUAGE}${l.tag}/${p}`)}`);
    return `{ tag: ${JSON.stringify(l.tag)}, name: ${JSON.stringify(l.name)}, strings: ${load(LANGUAGE + l.tag)}, packs: { ${packs.join(', ')} } }`;
  });
  return `export default [${entries.join(', ')}];`;
}
const LANGUAGE = 'virtual:language/';

/** `virtual:language/<tag>` is a language's strings for vi.json's keys; `virtual:language/<tag>/<pack>`, a pack's. */
function languageStrings(languages: BuiltLanguage[], id: string): object | undefined {
  const [tag, pack] = id.slice(LANGUAGE.length).split('/');
  const language = languages.find((l) => l.tag === tag);
  return pack === undefined ? language?.main : language?.packs[pack];
}

export function proceduresPlugin(root: string): Plugin {
  let emitted: Emitted | null = null;
  let ending: string[] = [];
  // The app's own folder (the Vietnamese strings a language file is checked against), which tests may keep apart
  // from the data's.
  let appRoot = process.cwd();
  let logInfo = (message: string) => console.info(message);
  const load = () => {
    const files = readDataFiles(root);
    const added = checkLanguages(files, readVietnamese(`${appRoot}/src/i18n`));
    let data: Catalogue;
    try {
      data = validateData(files);
    } catch (e) {
      if (e instanceof DataError) throw new DataError([...e.problems, ...added.problems]);
      throw e;
    }
    if (added.problems.length) throw new DataError(added.problems);
    ending = endingSoon(data, vietnamDate(new Date()));
    emitted = { ...emitCatalogue(data), languages: added.languages };
    return emitted;
  };

  return {
    name: 'mot-cua-procedures',
    configResolved(config) {
      appRoot = config.root;
      logInfo = (message) => config.logger.info(message);
    },
    buildStart() {
      this.addWatchFile(`${root}/procedures`);
      try {
        load();
      } catch (e) {
        // The problems name file and field; a stack trace into the plugin would only hide them.
        if (e instanceof DataError) this.error(e.message);
        throw e;
      }
      for (const language of emitted!.languages) logInfo(`language ${coverageLine(language)}; the rest shows in Vietnamese`);
      if (ending.length) this.warn(`rules that end within ${WARN_DAYS} days: check them and redeploy before then\n  ${ending.join('\n  ')}`);
    },
    resolveId(id) {
      return VIRTUAL.has(id) || id === 'virtual:languages' || id.startsWith(LANGUAGE) ? '\0' + id : null;
    },
    load(id) {
      if (!id.startsWith('\0')) return null;
      const virtual = id.slice(1);
      const { languages } = emitted ?? load();
      if (virtual === 'virtual:languages') return languagesModule(languages);
      const part = VIRTUAL.get(virtual)?.(emitted!) ?? (virtual.startsWith(LANGUAGE) ? languageStrings(languages, virtual) : undefined);
      return part ? `export default ${JSON.stringify(part)};` : null;
    },
    generateBundle() {
      for (const [fileName, source] of (emitted ?? load()).files) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.watcher.add(`${root}/procedures`);
      server.watcher.on('change', (file) => {
        if (!file.includes('/procedures/')) return;
        load();
        for (const [id, mod] of server.moduleGraph.idToModuleMap) if (id.startsWith('\0virtual:')) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.slice(1);
        const body = (emitted ?? load()).files.get(path);
        if (body === undefined) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(body);
      });
    },
  };
}
