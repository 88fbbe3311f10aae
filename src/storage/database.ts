/**
 * The one place that talks to IndexedDB (through idb): the schema version, one migration per version, and the
 * start-up check that storage works at all. Everything else asks `src/storage/dossiers.ts`.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import { checkDossier, type Dossier, type Receipt } from '../schema/dossier';

export const DB_NAME = 'motcua';
export const DB_VERSION = 3;

/**
 * The stores as the current version has them. A value type says what this code writes, not what a read gives back:
 * a record may come from an older version, another tab or a damaged disk, so reads of dossiers and receipts take the
 * record as `unknown` and run it through the schema check.
 */
export interface MotCuaDB extends DBSchema {
  /** Besides dossiers, the probe record `checkStorage()` writes and removes at once. */
  dossiers: { key: string; value: Dossier | { id: typeof PROBE } };
  quarantine: { key: number; value: Quarantined };
  receipts: { key: string; value: Receipt };
}

type Store = StoreNames<MotCuaDB>;

export const DOSSIERS = 'dossiers' satisfies Store;

export const RECEIPTS = 'receipts' satisfies Store;

export const QUARANTINE = 'quarantine' satisfies Store;

type Upgrade = (db: IDBPDatabase<MotCuaDB>, tx: IDBPTransaction<MotCuaDB, Store[], 'versionchange'>) => void | Promise<void>;

/** MIGRATIONS[n - 1] takes a database from version n - 1 to version n. Never edit one that has shipped: add one. */
const MIGRATIONS: Upgrade[] = [
  // 1: the first layout. Dossiers keyed by their own id, so a record handed over from another device keeps its id.
  (db) => {
    db.createObjectStore(DOSSIERS, { keyPath: 'id' });
  },
  // 2: a place for records that fail the schema. Listing skipped them silently and they stayed in the way; now they
  // are moved aside with the reason, kept (not deleted) so support can look at them, and counted on /drafts.
  async (db, tx) => {
    db.createObjectStore(QUARANTINE, { autoIncrement: true });
    let cursor = await tx.objectStore(DOSSIERS).openCursor();
    while (cursor) {
      const checked = checkDossier(cursor.value);
      if (!checked.ok) {
        await tx.objectStore(QUARANTINE).add(quarantined(cursor.value, checked.problem));
        await cursor.delete();
      }
      cursor = await cursor.continue();
    }
  },
  // 3: the desk's same-day receipts (no-appointment Friday), kept apart from dossiers: the end of a citizen's visit
  // clears their dossiers, while the desk still owes the result before closing time.
  (db) => {
    db.createObjectStore(RECEIPTS, { keyPath: 'id' });
  },
];

/** How a record that failed the schema is kept aside; one from another store than dossiers says which. */
export const quarantined = (record: unknown, problem: string, from?: typeof RECEIPTS) => ({
  record,
  problem,
  at: new Date().toISOString(),
  ...(from ? { from } : {}),
});

export type Quarantined = ReturnType<typeof quarantined>;

/** A schema check of a record read back: passed (with the parsed record), or failed with the reason. */
type Check<T> = (record: unknown) => ({ ok: true } & T) | { ok: false; problem: string };

/**
 * Every record of `store` through `check`: the checks that passed, while each record that fails is moved to
 * quarantine with the reason (kept, not deleted), in the transaction that read it, so a record saved meanwhile is
 * never the one removed.
 */
export async function readAllChecked<T>(store: typeof DOSSIERS | typeof RECEIPTS, check: Check<T>): Promise<T[]> {
  const tx = (await database()).transaction([store, QUARANTINE], 'readwrite');
  const [keys, records]: [string[], unknown[]] = await Promise.all([tx.objectStore(store).getAllKeys(), tx.objectStore(store).getAll()]);
  const passed: T[] = [];
  for (const [i, record] of records.entries()) {
    const checked = check(record);
    if (checked.ok) {
      passed.push(checked);
      continue;
    }
    await tx.objectStore(QUARANTINE).add(quarantined(record, checked.problem, store === RECEIPTS ? RECEIPTS : undefined));
    await tx.objectStore(store).delete(keys[i]!);
  }
  await tx.done;
  return passed;
}

/** `blocked`: an older version of the app, open in another tab, holds the database and does not let it upgrade. */
export type StorageProblem = 'unavailable' | 'full' | 'newer' | 'blocked';

/** A storage failure in the words the screens explain. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause?: unknown,
  ) {
    super(problem, { cause });
  }
}

export function storageProblem(error: unknown): StorageProblem {
  if (error instanceof StorageError) return error.problem;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message))) return 'full';
  if (name === 'VersionError') return 'newer';
  return 'unavailable';
}

/** Runs a storage task, turning any failure into a StorageError with a reason the screens can say. */
export async function storageTask<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    throw error instanceof StorageError ? error : new StorageError(storageProblem(error), error);
  }
}

let opening: Promise<IDBPDatabase<MotCuaDB>> | null = null;

export function database(): Promise<IDBPDatabase<MotCuaDB>> {
  opening ??= new Promise<IDBPDatabase<MotCuaDB>>((resolve, reject) => {
    openDB<MotCuaDB>(DB_NAME, DB_VERSION, {
      async upgrade(db, oldVersion, newVersion, tx) {
        for (let version = oldVersion + 1; version <= (newVersion ?? DB_VERSION); version++) await MIGRATIONS[version - 1]!(db, tx);
      },
      // An older tab that will not close its connection would keep this one waiting with no end: say why instead.
      blocked() {
        reject(new StorageError('blocked'));
      },
      // A newer app version in another tab wants to upgrade: let it, and reopen on the next request.
      blocking(_current, _next, event) {
        (event.target as IDBDatabase).close();
        opening = null;
      },
      terminated() {
        opening = null;
      },
    }).then(resolve, (error: unknown) => reject(new StorageError(storageProblem(error), error)));
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

const PROBE = '~probe';

/**
 * Writes and removes a probe record, as the first thing a dossier screen does: private modes and full disks fail
 * here, with a reason the screen can say, rather than silently when the person's first answer is saved.
 */
export async function checkStorage(): Promise<StorageProblem | null> {
  try {
    const db = await database();
    const tx = db.transaction(DOSSIERS, 'readwrite');
    await tx.store.put({ id: PROBE });
    await tx.store.delete(PROBE);
    await tx.done;
    return null;
  } catch (error) {
    return storageProblem(error);
  }
}
