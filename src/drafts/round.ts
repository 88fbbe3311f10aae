/**
 * The outreach round new dossiers join, by name, or null: an outreach worker's phone remembers it between visits to
 * households. A staff device's other state (name, idle timeout, the desk visit) is src/desk/deskState.ts's.
 */
import { LOCAL_KEYS, readLocal, readLocalRecord, writeLocal } from '../app/localStore';

const MAX = 100;

const clean = (name: unknown): string | null => (typeof name === 'string' && name.trim() ? name.trim().slice(0, MAX) : null);

export function readRound(): string | null {
  const stored = readLocal(LOCAL_KEYS.round);
  // Until the round had its own key it was a field of the desk's record: a device upgraded mid-round keeps it.
  return stored === null ? clean(readLocalRecord(LOCAL_KEYS.desk).round) : clean(stored);
}

/** Starts the round `name`, or ends the one in progress with null; returns the round now in progress. */
export function writeRound(name: string | null): string | null {
  const round = clean(name);
  writeLocal(LOCAL_KEYS.round, round ?? '');
  return round;
}
