import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_TAG } from '../src/schema/common';
import type { DataFiles } from '../src/schema/validate';

/** Strings as the i18n files hold them: text, or an object of more of the same. */
export type Tree = { [key: string]: string | Tree };

/** The Vietnamese strings a language file is checked against: vi.json, and each pack (`<pack>.vi.json`) by name. */
export interface Vietnamese {
  main: Tree;
  packs: Record<string, Tree>;
}

/** A language file that passed: its strings split as the app loads them, vi.json's part and each pack's part. */
export interface BuiltLanguage {
  tag: string;
  name: string;
  main: Tree;
  packs: Record<string, Tree>;
  /** Vietnamese strings this language gives, out of `total`; the rest show in Vietnamese. */
  translated: number;
  total: number;
}

export const LANGUAGES_DIR = 'procedures/languages';

/** Vietnamese and English live in src/i18n, complete; a file may not replace them. */
const RESERVED = new Set(['vi', 'en']);

/** Reads vi.json and every `<pack>.vi.json` of the app's i18n folder. */
export function readVietnamese(i18nDir: string): Vietnamese {
  const read = (name: string) => JSON.parse(readFileSync(join(i18nDir, name), 'utf8')) as Tree;
  const packs: Record<string, Tree> = {};
  for (const name of readdirSync(i18nDir).sort()) {
    const pack = /^([a-z]+)\.vi\.json$/.exec(name)?.[1];
    if (pack) packs[pack] = read(name);
  }
  return { main: read('vi.json'), packs };
}

const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;

/** `{{count}}`, `{{ date, short }}` → the set of names, sorted. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((m) => m[1]!))].sort().join(', ');

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : leaves(v, `${prefix}${k}.`)));
}

/**
 * Checks `given` against the Vietnamese `vi` at the same place, key by key; returns the strings kept, in the same
 * shape. A plural form (`copies_one`) stands for Vietnamese's one form (`copies_other`): each language has its own
 * forms. `where` is the key's path in the file, so a problem names what to fix.
 */
function checkTree(given: Tree, vi: Tree, where: string, problem: (key: string, text: string) => void): Tree {
  const kept: Tree = {};
  for (const [key, value] of Object.entries(given)) {
    const path = `${where}.${key}`;
    const plural = PLURAL.exec(key);
    const own = vi[key] ?? (plural ? vi[`${plural[1]}_other`] : undefined);
    if (own === undefined) {
      problem(path, 'no such key in the Vietnamese strings');
    } else if (typeof own === 'string') {
      if (typeof value !== 'string') problem(path, 'must be text, as in Vietnamese');
      else if (value.trim() === '') problem(path, 'is empty: leave the key out to show the Vietnamese');
      else if (placeholders(value) !== placeholders(own))
        problem(path, `placeholders {{${placeholders(value) || ''}}} differ from the Vietnamese {{${placeholders(own)}}}`);
      else kept[key] = value;
    } else if (!isTree(value)) {
      problem(path, 'must be an object of strings, as in Vietnamese');
    } else {
      const inner = checkTree(value, own, path, problem);
      if (Object.keys(inner).length) kept[key] = inner;
    }
  }
  return kept;
}

/** How many Vietnamese strings `kept` gives; a plural key counts once, whichever of its forms are given. */
function covered(kept: Tree, vi: Tree): number {
  const given = new Set(leaves(kept).map((k) => k.replace(PLURAL, '$1')));
  return leaves(vi).filter((k) => given.has(k.replace(PLURAL, '$1'))).length;
}

/**
 * One language file: `{ "name": "<own name>", "strings": { … } }`. `strings` has vi.json's shape; a pack's strings
 * go under the pack's name, beside vi.json's own keys of that name (`strings.dossier.draft…` is the dossier pack's
 * `draft…`, `strings.dossier.copies_other` vi.json's `dossier.copies_other`): no pack's top key is also a key of
 * vi.json under the pack's name, so each key has one meaning. Problems name the file and the key.
 */
export function checkLanguageFile(file: string, text: string, vietnamese: Vietnamese): { language: BuiltLanguage | null; problems: string[] } {
  const problems: string[] = [];
  const problem = (key: string, message: string) => problems.push(`${file}: ${key}: ${message}`);
  const tag = /^procedures\/languages\/([^/]+)\.json$/.exec(file)?.[1];
  if (!tag) return { language: null, problems: [`${file}: not a language file (use ${LANGUAGES_DIR}/<tag>.json)`] };
  if (!LANGUAGE_TAG.test(tag)) problem('(file name)', `"${tag}" is not a language tag like hmn, km or zh-Hant`);
  else if (RESERVED.has(tag.split('-')[0]!)) problem('(file name)', `"${tag}": Vietnamese and English are built in (src/i18n), not added here`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { language: null, problems: [`${file}: not valid JSON (${(e as Error).message})`] };
  }
  if (!isTree(json)) return { language: null, problems: [`${file}: (top level): must be { "name": …, "strings": { … } }`] };
  for (const key of Object.keys(json))
    if (key !== 'name' && key !== 'strings') problem(key, 'unknown key (a language file has "name" and "strings")');
  const name = typeof json.name === 'string' ? json.name.trim() : '';
  if (!name) problem('name', "must be the language's own name, as its readers write it");
  const strings = json.strings ?? {};
  if (!isTree(strings)) problem('strings', 'must be an object of strings, in the shape of src/i18n/vi.json');
  if (problems.length || !isTree(strings)) return { language: null, problems };

  const main: Tree = {};
  const packs: Record<string, Tree> = {};
  for (const [key, value] of Object.entries(strings)) {
    const pack = vietnamese.packs[key];
    if (pack && isTree(value)) {
      const own = Object.fromEntries(Object.entries(value).filter(([k]) => k in pack));
      const rest = Object.fromEntries(Object.entries(value).filter(([k]) => !(k in pack)));
      const kept = checkTree(own, pack, `strings.${key}`, problem);
      if (Object.keys(kept).length) packs[key] = kept;
      // vi.json may have no key of the pack's name (posters): then each of the others is unknown by its own path.
      const beside = isTree(vietnamese.main[key]) ? vietnamese.main[key] : {};
      if (Object.keys(rest).length) Object.assign(main, checkTree({ [key]: rest }, { [key]: beside }, 'strings', problem));
    } else {
      Object.assign(main, checkTree({ [key]: value } as Tree, vietnamese.main, 'strings', problem));
    }
  }
  const total = [vietnamese.main, ...Object.values(vietnamese.packs)].reduce((n, tree) => n + leaves(tree).length, 0);
  const translated = covered(main, vietnamese.main) + Object.entries(packs).reduce((n, [p, tree]) => n + covered(tree, vietnamese.packs[p]!), 0);
  return { language: problems.length ? null : { tag: tag!, name, main, packs, translated, total }, problems };
}

/** Every file under procedures/languages/, checked; the languages in tag order. */
export function checkLanguages(files: DataFiles, vietnamese: Vietnamese): { languages: BuiltLanguage[]; problems: string[] } {
  const languages: BuiltLanguage[] = [];
  const problems: string[] = [];
  for (const file of Object.keys(files).sort()) {
    if (!file.startsWith(`${LANGUAGES_DIR}/`)) continue;
    const result = checkLanguageFile(file, files[file]!, vietnamese);
    problems.push(...result.problems);
    if (result.language) languages.push(result.language);
  }
  return { languages, problems };
}

/** The build's line for a language: "hmn Hmoob: 212/499 strings (42 %)". */
export const coverageLine = (l: BuiltLanguage) =>
  `${l.tag} ${l.name}: ${l.translated}/${l.total} strings (${Math.floor((100 * l.translated) / l.total)} %)`;
