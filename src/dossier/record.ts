/** Making and changing a dossier record. Pure: every change returns a new record with its derived parts brought up to date. */
import type { Dossier } from '../schema/dossier';
import type { FormTemplate } from '../schema/form';
import type { Procedure } from '../schema/procedure';
import { applicantOf, localDate, neededDocuments, readiness, statusOf, type Answers, type Readiness } from './answers';

/** 16 base-36 characters (~82 bits): ids made on two devices that later meet on one tablet do not collide. */
export function newDossierId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return Array.from(random(new Uint8Array(16)), (b) => (b % 36).toString(36)).join('');
}

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

/** What a dossier is checked against: its procedure, its forms, and whether the commune runs it paperless. */
export interface DossierContext {
  procedure: Procedure;
  forms: FormTemplate[];
  paperless: boolean;
}

export const answersOf = (dossier: Dossier) => (formId: string): Answers => dossier.answers[formId] ?? {};

export function readinessOf(dossier: Dossier, context: DossierContext, now: Date): Readiness {
  const needed = neededDocuments(context.procedure, context.paperless);
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
