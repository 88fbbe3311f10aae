/**
 * The reader's choices that outlive a visit: language and text size. Kept in localStorage, which may be missing
 * or full (private mode, storage pressure): then the choice still applies for this visit.
 */
import { LANGUAGES, type Language, loadLanguage, setLanguage } from '../i18n';
import { LOCAL_KEYS, readLocalRecord, writeLocal } from './localStore';
import { createStore } from './store';

export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  lang: Language;
  textSize: TextSize;
}

function read(): Settings {
  const { lang, textSize } = readLocalRecord(LOCAL_KEYS.settings);
  return { lang: LANGUAGES.find((l) => l === lang) ?? 'vi', textSize: TEXT_SIZES.find((s) => s === textSize) ?? 'normal' };
}

function apply(settings: Settings): void {
  setLanguage(settings.lang);
  // Only real changes: touching <html> restyles the whole page, which a prerendered page has already laid out.
  const root = document.documentElement;
  if (root.lang !== settings.lang) root.lang = settings.lang;
  if ((root.dataset.textSize ?? 'normal') !== settings.textSize) root.dataset.textSize = settings.textSize;
}

const store = createStore(read());

/** Loads the remembered language's strings; the app renders once this is done, so it never flashes the other one. */
export async function startSettings(): Promise<void> {
  await loadLanguage(store.get().lang).catch(() => store.set({ lang: 'vi' }));
  apply(store.get());
}

export async function updateSettings(change: Partial<Settings>): Promise<void> {
  if (change.lang) {
    // Offline before the app was ever stored, another language's strings may not load: stay in the current one.
    const loaded = await loadLanguage(change.lang).then(
      () => true,
      () => false,
    );
    if (!loaded) return;
  }
  store.set(change);
  apply(store.get());
  writeLocal(LOCAL_KEYS.settings, JSON.stringify(store.get()));
}

/** The choices the build's prerendered pages were rendered with. */
export const settingsAsBuilt = () => store.get().lang === 'vi' && store.get().textSize === 'normal';

/** Re-renders the caller when a setting changes; returns the settings. */
export const useSettings = store.use;
export const watchSettings = store.watch;
