import { askWorker, REPAIR } from './messages';

/** How much room the app takes on the device, and whether the browser has promised to keep it. */
export interface StorageReport {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

export async function storageReport(): Promise<StorageReport> {
  const storage = navigator.storage;
  const estimate = await storage?.estimate?.().catch(() => null);
  const persisted = await storage?.persisted?.().catch(() => null);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted: persisted ?? null };
}

/** Asks the browser not to evict the stored app under storage pressure; browsers may say no without asking. */
export async function requestPersistence(): Promise<boolean> {
  return (await navigator.storage?.persist?.().catch(() => false)) ?? false;
}

/** Room for the whole app's offline store (its budget is tests/build/budget.ts's), with some to spare: less free room than this means the device is effectively full. */
const NEEDED_BYTES = 2 * 1024 * 1024;

export async function storageIsTight(): Promise<boolean> {
  const { usage, quota } = await storageReport();
  return usage !== null && quota !== null && quota - usage < NEEDED_BYTES;
}

/**
 * Asks the service worker to store a damaged file afresh (sw.ts owns the offline store); true once it has. Offline,
 * or with no service worker in charge, nothing is repaired and the caller reports the damage.
 */
export async function repairStoredCopy(url: string): Promise<boolean> {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return false;
  return askWorker(worker, { type: REPAIR, url: new URL(url, location.href).href }, 15_000, (data) => data === true, false);
}
