/** Dossiers on the device. Every record read back is checked against the schema: storage is outside data too. */
import { checkDossier, type Dossier } from '../schema/dossier';
import { DOSSIERS, database, QUARANTINE, quarantined, readAllChecked, storageTask as run } from './database';

export interface DossierList {
  /** Newest change first. */
  dossiers: Dossier[];
  /** Records that failed the schema, kept aside in quarantine: reported, never shown as if they were fine. */
  damaged: number;
}

/** Moves a record that fails the schema out of the dossiers, keeping it and the reason. */
async function quarantine(key: string, record: unknown, problem: string): Promise<void> {
  const tx = (await database()).transaction([DOSSIERS, QUARANTINE], 'readwrite');
  await Promise.all([tx.objectStore(QUARANTINE).add(quarantined(record, problem)), tx.objectStore(DOSSIERS).delete(key), tx.done]);
}

export const listDossiers = () =>
  run(async (): Promise<DossierList> => {
    const dossiers = (await readAllChecked(DOSSIERS, checkDossier)).map((checked) => checked.dossier);
    dossiers.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    // Damaged receipts are the desk's, not anyone's dossier.
    const kept = await (await database()).getAll(QUARANTINE);
    return { dossiers, damaged: kept.filter((q) => q.from === undefined).length };
  });

/** The dossier, null when there is none with this id, or 'damaged' when its record fails the schema. */
export const getDossier = (id: string) =>
  run(async (): Promise<Dossier | null | 'damaged'> => {
    const record: unknown = await (await database()).get(DOSSIERS, id);
    if (record === undefined) return null;
    const checked = checkDossier(record);
    if (checked.ok) return checked.dossier;
    await quarantine(id, record, checked.problem);
    return 'damaged';
  });

export const saveDossier = (dossier: Dossier) =>
  run(async () => {
    await (await database()).put(DOSSIERS, dossier);
  });

export const deleteDossier = (id: string) =>
  run(async () => {
    await (await database()).delete(DOSSIERS, id);
  });
