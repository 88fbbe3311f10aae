/**
 * The reader's choices that outlive a visit: language and text size. Kept in localStorage, which may be missing
 * or full (private mode, storage pressure): then the choice still applies for this visit.
 */
import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, setLanguage, type Language } from '../i18n';

export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  lang: Language;
  textSize: TextSize;
}

const KEY = 'motcua.settings';
const listeners = new Set<() => void>();

function read(): Settings {
  const fallback: Settings = { lang: 'vi', textSize: 'normal' };
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return fallback;
    const { lang, textSize } = raw as Record<string, unknown>;
    return {
      lang: LANGUAGES.find((l) => l === lang) ?? fallback.lang,
      textSize: TEXT_SIZES.find((s) => s === textSize) ?? fallback.textSize,
    };
  } catch {
    return fallback;
  }
}

let current = read();

function apply(settings: Settings): void {
  setLanguage(settings.lang);
  document.documentElement.lang = settings.lang;
  document.documentElement.dataset.textSize = settings.textSize;
}

apply(current);

export function updateSettings(change: Partial<Settings>): void {
  current = { ...current, ...change };
  apply(current);
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Storage refused: the choice holds until the page closes, which is all we can offer.
  }
  listeners.forEach((l) => l());
}

/** Re-renders the caller when a setting changes; returns the settings. */
export function useSettings(): Settings {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return current;
}
