/** Dossiers on the device. Every record read back is checked against the schema: storage is outside data too. */
import { checkDossier, type Dossier } from '../schema/dossier';
import { database, StorageError, storageProblem } from './database';

const STORE = 'dossiers';

async function run<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    throw error instanceof StorageError ? error : new StorageError(storageProblem(error), error);
  }
}

export interface DossierList {
  /** Newest change first. */
  dossiers: Dossier[];
  /** Records that no longer pass the schema: kept aside, never shown as if they were fine. */
  damaged: number;
}

export const listDossiers = () =>
  run(async (): Promise<DossierList> => {
    const records: unknown[] = await (await database()).getAll(STORE);
    const dossiers: Dossier[] = [];
    let damaged = 0;
    for (const record of records) {
      const checked = checkDossier(record);
      if (checked.ok) dossiers.push(checked.dossier);
      else damaged++;
    }
    dossiers.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    return { dossiers, damaged };
  });

/** The dossier, null when there is none with this id, or 'damaged' when its record fails the schema. */
export const getDossier = (id: string) =>
  run(async (): Promise<Dossier | null | 'damaged'> => {
    const record: unknown = await (await database()).get(STORE, id);
    if (record === undefined) return null;
    const checked = checkDossier(record);
    return checked.ok ? checked.dossier : 'damaged';
  });

export const saveDossier = (dossier: Dossier) =>
  run(async () => {
    await (await database()).put(STORE, dossier);
  });

export const deleteDossier = (id: string) =>
  run(async () => {
    await (await database()).delete(STORE, id);
  });
