/**
 * The one place that talks to i18next. The rest of the app calls `t`, `loadLanguage`, `setLanguage` and `pick`, so
 * the library stays replaceable. Vietnamese is in the first screen's bundle; English, and each language a commune
 * added in procedures/languages/, is its own chunk, loaded when chosen and precached with everything else, so a
 * language switch works offline.
 */

import added from 'virtual:languages';
import i18next from 'i18next';
import type { LocalizedText } from '../schema/common';
import vi from './vi.json';

/** A language tag: `vi`, `en`, or one a commune added (`hmn`, `km`…). */
export type Language = string;
/** Vietnamese, English, then the added languages in tag order: what the header and /settings offer. */
export const LANGUAGES: readonly Language[] = ['vi', 'en', ...added.map((l) => l.tag)];
const addedLanguage = (lang: Language) => added.find((l) => l.tag === lang);

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'vi',
  fallbackLng: 'vi',
  resources: { vi: { translation: vi } },
  initAsync: false,
  interpolation: { escapeValue: false },
  // Keys are dotted paths and never name a namespace. Said outright, i18next skips guessing whether each key is a
  // sentence (a regular expression per call, hundreds of calls in a sheet's first render).
  nsSeparator: false,
  keySeparator: '.',
  returnNull: false,
  showSupportNotice: false,
});

/**
 * Most strings take no values; each i18next look-up does work that adds up on a cheap phone, and a sheet
 * makes hundreds. Those answers are kept until the strings or the language change.
 */
const plain = new Map<string, string>();

export function t(key: string, values?: Record<string, unknown>): string {
  if (values) return i18n.t(key, values);
  let text = plain.get(key);
  if (text === undefined) {
    text = i18n.t(key, {});
    plain.set(key, text);
  }
  return text;
}

/**
 * Strings of screens the first screen does not need, loaded with those screens (each is a few kilobytes a phone
 * on 2G should not pay for before it needs them). Every pack is precached, so it loads offline.
 */
const PACKS = {
  dossier: { vi: () => import('./dossier.vi.json'), en: () => import('./dossier.en.json') },
  /** The scanner's, for /scan and the ID-card reader of the dossier screens. */
  scan: { vi: () => import('./scan.vi.json'), en: () => import('./scan.en.json') },
  posters: { vi: () => import('./posters.vi.json'), en: () => import('./posters.en.json') },
  /** The settings screen's, storage included. */
  settings: { vi: () => import('./settings.vi.json'), en: () => import('./settings.en.json') },
  /** Only a page open inside Zalo, Facebook and the like loads these (src/inapp). */
  inapp: { vi: () => import('./inapp.vi.json'), en: () => import('./inapp.en.json') },
} as const;
export type Pack = keyof typeof PACKS;
const wantedPacks = new Set<Pack>();
const loaded = new Set<string>();

/** A pack's strings in a language; nothing when an added language has none (its Vietnamese then shows). */
function packStrings(pack: Pack, lang: Language): Promise<{ default: object }> | undefined {
  if (lang === 'vi' || lang === 'en') return PACKS[pack][lang]();
  return addedLanguage(lang)?.packs[pack]?.();
}

async function addStrings(id: string, lang: Language, strings: Promise<{ default: object }> | undefined): Promise<void> {
  if (loaded.has(id)) return;
  if (strings) i18n.addResourceBundle(lang, 'translation', (await strings).default, true, false);
  plain.clear();
  loaded.add(id);
}

const addPack = (pack: Pack, lang: Language) => addStrings(`${pack}.${lang}`, lang, packStrings(pack, lang));

/** A screen's loader that also loads the packs of strings it shows, side by side with its code. */
export const withPacks =
  <M>(load: () => Promise<M>, ...packs: Pack[]) =>
  () =>
    Promise.all([load(), ...packs.map(loadPack)]).then(([m]) => m);

/** Loads a pack in Vietnamese and in the language in use; call before showing its screens. */
export async function loadPack(pack: Pack): Promise<void> {
  wantedPacks.add(pack);
  await Promise.all([addPack(pack, 'vi'), language() === 'vi' ? undefined : addPack(pack, language())]);
}

/**
 * Makes a language's strings available, with every pack already in use; call (and wait) before setLanguage. A string
 * the language lacks shows in Vietnamese (i18next's fallback), one by one. Rejects a language not built in.
 */
export async function loadLanguage(lang: Language): Promise<void> {
  if (!LANGUAGES.includes(lang)) throw new Error(`no language "${lang}" in this build`);
  if (lang !== 'vi') await addStrings(lang, lang, lang === 'en' ? import('./en.json') : addedLanguage(lang)!.strings());
  await Promise.all([...wantedPacks].map((pack) => addPack(pack, lang)));
}

export function setLanguage(lang: Language): void {
  void i18n.changeLanguage(lang);
  plain.clear();
}

export function language(): Language {
  return LANGUAGES.includes(i18n.language) ? i18n.language : 'vi';
}

/** A language's own name: Vietnamese's and English's from the strings, an added one's from its file. */
export const languageName = (lang: Language) => addedLanguage(lang)?.name ?? t(`settings.languageName.${lang}`);

/**
 * The text of a procedure fact in the current language. `fallback` is true when English was asked for but only
 * Vietnamese exists: the caller marks it so the reader knows why it is not in English. In a language a commune
 * added, sheets are in Vietnamese nearly throughout: the screen says so once (`inVietnamese`), not beside each fact.
 */
export function pick(text: LocalizedText): { text: string; lang: Language; fallback: boolean } {
  const lang = language();
  const own = text[lang];
  if (lang !== 'vi' && own) return { text: own, lang, fallback: false };
  return { text: text.vi, lang: 'vi', fallback: lang === 'en' };
}

/** Whether a screen of these facts shows them in Vietnamese although a language a commune added is chosen. */
export function inVietnamese(texts: readonly LocalizedText[]): boolean {
  const lang = language();
  return lang !== 'vi' && lang !== 'en' && texts.some((text) => !text[lang]);
}
