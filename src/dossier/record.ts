/** Making and changing a dossier record. Pure: every change returns a new record with its derived parts brought up to date. */
import { randomId } from '../app/randomId';
import type { Dossier } from '../schema/dossier';
import type { FormTemplate } from '../schema/form';
import type { Procedure } from '../schema/procedure';
import { vietnamDate } from '../schema/validity';
import { type Answers, applicantOf, localDate, neededDocuments, type Readiness, readiness, statusOf } from './answers';

export const newDossierId = () => randomId(16);

export function newDossier(id: string, procedure: Procedure, now: Date): Dossier {
  const at = now.toISOString();
  return {
    id,
    code: procedure.code,
    forms: [...procedure.forms],
    answers: {},
    documents: [],
    status: 'draft',
    applicant: null,
    submission: null,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * The marks a staff device puts on a dossier it starts or receives: the desk visit (so the end of the citizen's
 * visit clears it), the outreach round in progress, and, when staff fill it in for the citizen, who did.
 */
export function deskTags(
  desk: { staffName: string; visit: string | null; round: string | null },
  assisted: boolean,
): Pick<Dossier, 'visit' | 'assistedBy' | 'round'> {
  return {
    ...(desk.visit ? { visit: desk.visit } : {}),
    ...(desk.round ? { round: desk.round } : {}),
    ...(assisted && desk.staffName.trim() ? { assistedBy: desk.staffName.trim() } : {}),
  };
}

/** What a dossier is checked against: its procedure, its forms, and whether the commune runs it paperless. */
export interface DossierContext {
  procedure: Procedure;
  forms: FormTemplate[];
  paperless: boolean;
}

export const answersOf =
  (dossier: Dossier) =>
  (formId: string): Answers =>
    dossier.answers[formId] ?? {};

export function readinessOf(dossier: Dossier, context: DossierContext, now: Date): Readiness {
  const needed = neededDocuments(context.procedure, context.paperless, vietnamDate(now));
  return readiness(context.forms, answersOf(dossier), dossier.documents, needed, localDate(now));
}

/** Brings status, applicant and the time of change up to date after an edit. */
export function touched(dossier: Dossier, context: DossierContext, now: Date): Dossier {
  const status = statusOf(readinessOf(dossier, context, now), dossier.submission !== null);
  return { ...dossier, status, applicant: applicantOf(context.forms, answersOf(dossier)), updatedAt: now.toISOString() };
}

/** Sets answers of one form; an emptied answer is removed, so a record holds only what was entered. */
export function withAnswers(dossier: Dossier, formId: string, change: Record<string, string>): Dossier {
  const answers = { ...(dossier.answers[formId] ?? {}) };
  for (const [fieldId, value] of Object.entries(change)) {
    if (value === '') delete answers[fieldId];
    else answers[fieldId] = value;
  }
  return { ...dossier, answers: { ...dossier.answers, [formId]: answers } };
}

export function withDocument(dossier: Dossier, name: string, inHand: boolean): Dossier {
  const others = dossier.documents.filter((d) => d !== name);
  return { ...dossier, documents: inHand ? [...others, name] : others };
}
