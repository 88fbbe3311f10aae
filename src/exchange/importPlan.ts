/** What importing dossiers would do to the ones already on the device. Pure. */
import type { Dossier } from '../schema/dossier';

export interface ImportPlan {
  /** Not on the device yet. */
  added: Dossier[];
  /** On the device in an older version: the incoming one replaces it. */
  updated: Dossier[];
  /** On the device already, the same or newer: left as it is, so nothing is imported twice. */
  skipped: Dossier[];
}

const sameContent = (a: Dossier, b: Dossier) => JSON.stringify(a) === JSON.stringify(b);

export function planImport(existing: readonly Dossier[], incoming: readonly Dossier[]): ImportPlan {
  const byId = new Map(existing.map((d) => [d.id, d]));
  const plan: ImportPlan = { added: [], updated: [], skipped: [] };
  // A file or sequence could name one dossier twice; the newest copy counts.
  const newest = new Map<string, Dossier>();
  for (const d of incoming) {
    const seen = newest.get(d.id);
    if (!seen || d.updatedAt > seen.updatedAt) newest.set(d.id, d);
  }
  for (const d of newest.values()) {
    const mine = byId.get(d.id);
    if (!mine) plan.added.push(d);
    else if (!sameContent(mine, d) && d.updatedAt > mine.updatedAt) plan.updated.push(d);
    else plan.skipped.push(d);
  }
  return plan;
}
