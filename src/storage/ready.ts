/**
 * The storage's start-up, owned here rather than by each screen: the probe that storage works at all runs once a
 * page (again after it failed: room may have been freed), and the journal of last-moment changes is stored whenever it
 * holds any, before a screen lists or opens dossiers.
 */
import { checkStorage, type StorageProblem } from './database';
import { recoverJournal } from './journal';

let probed: Promise<StorageProblem | null> | null = null;

/** Null when dossiers can be read and saved; otherwise the reason, in the words the screens use. */
export async function storageReady(): Promise<StorageProblem | null> {
  probed ??= checkStorage();
  const problem = await probed;
  if (problem) {
    probed = null;
    return problem;
  }
  // With nothing journalled it reads nothing.
  await recoverJournal().catch(() => undefined);
  return null;
}
