/**
 * A last-moment copy of unsaved changes. When a page is hidden or closed, an IndexedDB write started then is
 * dropped (measured in Chromium: a put issued in pagehide is gone after a reload), while localStorage writes
 * synchronously. So the pending version goes to localStorage at that moment, and is moved into IndexedDB the next
 * time the app opens a dossier screen.
 */
import { JOURNAL_PREFIX, journalKeys, readLocal, removeLocal, writeLocal } from '../app/localStore';
import { checkDossier, type Dossier } from '../schema/dossier';
import { getDossier, saveDossier } from './dossiers';

/** If there is no room or no localStorage, the regular save (at most ~300 ms behind) is all there is. */
export function writeJournal(dossier: Dossier): void {
  writeLocal(`${JOURNAL_PREFIX}${dossier.id}`, JSON.stringify(dossier));
}

/** Stores every journalled version that is newer than the stored one, then forgets the journal. */
export async function recoverJournal(): Promise<void> {
  for (const key of journalKeys()) {
    let value: unknown;
    try {
      value = JSON.parse(readLocal(key) ?? 'null');
    } catch {
      value = null;
    }
    const checked = checkDossier(value);
    if (checked.ok && key === `${JOURNAL_PREFIX}${checked.dossier.id}`) {
      const stored = await getDossier(checked.dossier.id);
      // A dossier deleted since is not brought back; a damaged record is replaced by the good copy. The journal holds
      // the page's last state, so it wins unless the stored copy is newer (saved later from another tab).
      const stale =
        stored === 'damaged' ||
        (stored !== null && stored.updatedAt <= checked.dossier.updatedAt && JSON.stringify(stored) !== JSON.stringify(checked.dossier));
      if (stale) await saveDossier(checked.dossier);
    }
    removeLocal(key);
  }
}

/** Forgets a dossier's journalled copy: after the end of a desk visit nothing of it may stay on the device. */
export function dropJournal(id: string): void {
  removeLocal(`${JOURNAL_PREFIX}${id}`);
}
