/**
 * The outreach round new dossiers join, by name, or null: an outreach worker's phone remembers it between visits to
 * households. A staff device's other state (name, idle timeout, the desk visit) is src/desk/deskState.ts's.
 */
import { LOCAL_KEYS, readLocal, writeLocal } from '../app/localStore';

const MAX = 100;

const clean = (name: unknown): string | null => (typeof name === 'string' && name.trim() ? name.trim().slice(0, MAX) : null);

/** Until the round had its own key it was a field of the desk's record; a device upgraded mid-round keeps it. */
function fromDeskRecord(): string | null {
  try {
    const desk: unknown = JSON.parse(readLocal(LOCAL_KEYS.desk) ?? 'null');
    return typeof desk === 'object' && desk !== null ? clean((desk as { round?: unknown }).round) : null;
  } catch {
    return null;
  }
}

export function readRound(): string | null {
  const stored = readLocal(LOCAL_KEYS.round);
  return stored === null ? fromDeskRecord() : clean(stored);
}

/** Starts the round `name`, or ends the one in progress with null; returns the round now in progress. */
export function writeRound(name: string | null): string | null {
  const round = clean(name);
  writeLocal(LOCAL_KEYS.round, round ?? '');
  return round;
}
