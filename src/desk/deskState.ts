/**
 * What a staff device remembers for the desk: the staff member's name, the idle timeout and the desk visit in
 * progress (one citizen at the counter); the outreach round is src/drafts/round.ts's. In localStorage, small and read synchronously, so the first
 * screen can watch for idleness cheaply.
 */
import { LOCAL_KEYS, readLocalRecord, writeLocal } from '../app/localStore';
import { randomId } from '../app/randomId';

export const IDLE_CHOICES = [0, 5, 10, 15, 30] as const;

export interface DeskState {
  staffName: string;
  /** Minutes without a touch after which the visit's dossiers are cleared; 0 is never. */
  idleMinutes: number;
  /** The visit in progress on this device, or null on a device that is not used as a desk. */
  visit: string | null;
}

export function readDesk(): DeskState {
  const { staffName, idleMinutes, visit } = readLocalRecord(LOCAL_KEYS.desk);
  return {
    staffName: typeof staffName === 'string' ? staffName.slice(0, 100) : '',
    idleMinutes: IDLE_CHOICES.find((c) => c === idleMinutes) ?? 0,
    visit: typeof visit === 'string' && /^[a-z0-9]{8,32}$/.test(visit) ? visit : null,
  };
}

export function writeDesk(change: Partial<DeskState>): DeskState {
  const next = { ...readDesk(), ...change };
  // What the record holds besides is kept: the outreach round of a device upgraded mid-round (drafts/round.ts).
  writeLocal(LOCAL_KEYS.desk, JSON.stringify({ ...readLocalRecord(LOCAL_KEYS.desk), ...next }));
  return next;
}

/** The visit in progress, started now if there is none: opening /desk makes this device a desk. */
export function openVisit(): string {
  return readDesk().visit ?? writeDesk({ visit: randomId() }).visit!;
}

/** Starts a fresh visit: the next citizen's dossiers are kept apart from the last one's. */
export const nextVisit = () => writeDesk({ visit: randomId() }).visit!;
