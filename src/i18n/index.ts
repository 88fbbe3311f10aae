/**
 * The one place that talks to i18next. The rest of the app calls `t`, `loadLanguage`, `setLanguage` and `pick`, so
 * the library stays replaceable. Vietnamese is in the first screen's bundle; English is its own chunk, loaded when
 * chosen and precached with everything else, so a language switch works offline.
 */
import i18next from 'i18next';
import type { LocalizedText } from '../schema/common';
import vi from './vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

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
const loadedPacks = new Set<string>();

async function addPack(pack: Pack, lang: Language): Promise<void> {
  if (loadedPacks.has(`${pack}.${lang}`)) return;
  i18n.addResourceBundle(lang, 'translation', (await PACKS[pack][lang]()).default, true, false);
  plain.clear();
  loadedPacks.add(`${pack}.${lang}`);
}

/** A screen's loader that also loads the packs of strings it shows, side by side with its code. */
export const withPacks =
  <M>(load: () => Promise<M>, ...packs: Pack[]) =>
  () =>
    Promise.all([load(), ...packs.map(loadPack)]).then(([m]) => m);

/** Loads a pack in Vietnamese and, when English is in use, in English; call before showing its screens. */
export async function loadPack(pack: Pack): Promise<void> {
  wantedPacks.add(pack);
  await Promise.all([addPack(pack, 'vi'), language() === 'en' ? addPack(pack, 'en') : undefined]);
}

/** Makes a language's strings available, with every pack already in use; call (and wait) before setLanguage. */
export async function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    i18n.addResourceBundle('en', 'translation', (await import('./en.json')).default, true, false);
    plain.clear();
  }
  await Promise.all([...wantedPacks].map((pack) => addPack(pack, lang)));
}

export function setLanguage(lang: Language): void {
  void i18n.changeLanguage(lang);
  plain.clear();
}

export function language(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

/**
 * The text of a procedure fact in the current language. `fallback` is true when English was asked for but only
 * Vietnamese exists: the caller marks it so the reader knows why it is not in English.
 */
export function pick(text: LocalizedText): { text: string; lang: Language; fallback: boolean } {
  if (language() === 'en' && text.en) return { text: text.en, lang: 'en', fallback: false };
  return { text: text.vi, lang: 'vi', fallback: language() === 'en' };
}
