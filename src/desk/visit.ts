/** A desk visit's dossiers and what clearing them would lose. Pure. */
import type { Dossier } from '../schema/dossier';

export const ofVisit = (dossiers: readonly Dossier[], visit: string | null) => (visit ? dossiers.filter((d) => d.visit === visit) : []);

/** A dossier nobody printed, handed on (QR or file) or recorded as filed on the portal: clearing it loses the work. */
export const notHandedOn = (d: Dossier) => !d.printedAt && !d.sentAt && !d.submission;
