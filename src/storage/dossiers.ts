/** Dossiers on the device. Every record read back is checked against the schema: storage is outside data too. */
import { checkDossier, type Dossier } from '../schema/dossier';
import { database, QUARANTINE, quarantined, storageTask as run } from './database';

const STORE = 'dossiers';

export interface DossierList {
  /** Newest change first. */
  dossiers: Dossier[];
  /** Records that failed the schema, kept aside in quarantine: reported, never shown as if they were fine. */
  damaged: number;
}

/** Moves a record that fails the schema out of the dossiers, keeping it and the reason. */
async function quarantine(key: IDBValidKey, record: unknown, problem: string): Promise<void> {
  const tx = (await database()).transaction([STORE, QUARANTINE], 'readwrite');
  await Promise.all([tx.objectStore(QUARANTINE).add(quarantined(record, problem)), tx.objectStore(STORE).delete(key), tx.done]);
}

export const listDossiers = () =>
  run(async (): Promise<DossierList> => {
    const db = await database();
    const [keys, records] = await Promise.all([db.getAllKeys(STORE), db.getAll(STORE) as Promise<unknown[]>]);
    const dossiers: Dossier[] = [];
    for (const [i, record] of records.entries()) {
      const checked = checkDossier(record);
      if (checked.ok) dossiers.push(checked.dossier);
      else await quarantine(keys[i]!, record, checked.problem);
    }
    dossiers.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    // Damaged receipts are the desk's, not anyone's dossier.
    const kept = (await db.getAll(QUARANTINE)) as { from?: string }[];
    return { dossiers, damaged: kept.filter((q) => q.from === undefined).length };
  });

/** The dossier, null when there is none with this id, or 'damaged' when its record fails the schema. */
export const getDossier = (id: string) =>
  run(async (): Promise<Dossier | null | 'damaged'> => {
    const record: unknown = await (await database()).get(STORE, id);
    if (record === undefined) return null;
    const checked = checkDossier(record);
    if (checked.ok) return checked.dossier;
    await quarantine(id, record, checked.problem);
    return 'damaged';
  });

export const saveDossier = (dossier: Dossier) =>
  run(async () => {
    await (await database()).put(STORE, dossier);
  });

export const deleteDossier = (id: string) =>
  run(async () => {
    await (await database()).delete(STORE, id);
  });
