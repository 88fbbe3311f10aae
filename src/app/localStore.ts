/**
 * Small remembered values, and the one list of what this app keeps in localStorage. localStorage may be missing or
 * refuse writes (private mode, storage pressure): then the value is simply not remembered, and nothing fails.
 */
export const LOCAL_KEYS = {
  /** Language and text size (app/settings.ts). */
  settings: 'motcua.settings',
  /** A staff device's staff name, idle timeout and desk visit (desk/deskState.ts); before, the round too. */
  desk: 'motcua.desk',
  /** The outreach round in progress (drafts/round.ts). */
  round: 'motcua.round',
  /** The camera the scanner used last (scan/useCamera.ts). */
  camera: 'motcua.camera',
} as const;
type LocalKey = (typeof LOCAL_KEYS)[keyof typeof LOCAL_KEYS];

/** The last-moment copies of unsaved dossiers (storage/journal.ts): this prefix, then the dossier's id. */
export const JOURNAL_PREFIX = 'motcua.unsaved.';
type JournalKey = `${typeof JOURNAL_PREFIX}${string}`;

export function readLocal(key: LocalKey | JournalKey): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * A remembered record's fields, or none when it is missing, not JSON or not an object: each caller then checks the
 * fields it reads.
 */
export function readLocalRecord(key: LocalKey): Record<string, unknown> {
  try {
    const raw: unknown = JSON.parse(readLocal(key) ?? 'null');
    return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Whether the value was written; callers that only remember a choice can ignore it. */
export function writeLocal(key: LocalKey | JournalKey, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeLocal(key: LocalKey | JournalKey): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // No localStorage: there was nothing to remove.
  }
}

/** The journal's keys present now. */
export function journalKeys(): JournalKey[] {
  try {
    return Object.keys(localStorage).filter((k): k is JournalKey => k.startsWith(JOURNAL_PREFIX));
  } catch {
    return [];
  }
}
