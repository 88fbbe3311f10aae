/**
 * What a staff device remembers: the staff member's name, the idle timeout, the desk visit in progress (one citizen
 * at the counter) and the outreach round in progress. In localStorage, small and read synchronously, so the first
 * screen can watch for idleness cheaply.
 */
import { LOCAL_KEYS, readLocal, writeLocal } from '../app/localStore';
import { randomId } from '../app/randomId';

export const IDLE_CHOICES = [0, 5, 10, 15, 30] as const;

export interface DeskState {
  staffName: string;
  /** Minutes without a touch after which the visit's dossiers are cleared; 0 is never. */
  idleMinutes: number;
  /** The visit in progress on this device, or null on a device that is not used as a desk. */
  visit: string | null;
  /** The outreach round new dossiers join, by name, or null. */
  round: string | null;
}

export function readDesk(): DeskState {
  const state: DeskState = { staffName: '', idleMinutes: 0, visit: null, round: null };
  try {
    const raw: unknown = JSON.parse(readLocal(LOCAL_KEYS.desk) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return state;
    const { staffName, idleMinutes, visit, round } = raw as Record<string, unknown>;
    if (typeof staffName === 'string') state.staffName = staffName.slice(0, 100);
    if (IDLE_CHOICES.some((c) => c === idleMinutes)) state.idleMinutes = idleMinutes as number;
    if (typeof visit === 'string' && /^[a-z0-9]{8,32}$/.test(visit)) state.visit = visit;
    if (typeof round === 'string' && round.trim()) state.round = round.trim().slice(0, 100);
  } catch {
    // Unreadable: the defaults.
  }
  return state;
}

export function writeDesk(change: Partial<DeskState>): DeskState {
  const next = { ...readDesk(), ...change };
  writeLocal(LOCAL_KEYS.desk, JSON.stringify(next));
  return next;
}

/** The visit in progress, started now if there is none: opening /desk makes this device a desk. */
export function openVisit(): string {
  return readDesk().visit ?? writeDesk({ visit: randomId() }).visit!;
}

/** Starts a fresh visit: the next citizen's dossiers are kept apart from the last one's. */
export const nextVisit = () => writeDesk({ visit: randomId() }).visit!;
