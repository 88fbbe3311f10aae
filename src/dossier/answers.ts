/**
 * What a dossier's answers mean: which questions show, what is wrong or worth a second look, how the questions are
 * split into steps, and when the dossier is ready. Pure: the screens, the tests and the bench share it.
 */
import { isAfter, isRealIsoDate } from '../forms/dateParts';
import { checkFieldValue, type FieldErrorKey } from '../forms/fieldRules';
import type { LocalizedText } from '../schema/common';
import type { DossierStatus } from '../schema/dossier';
import type { FormField, FormSection, FormTemplate } from '../schema/form';
import type { Procedure } from '../schema/procedure';
import { validityOn } from '../schema/validity';
import { type IdNumberWarning, idNumberWarnings } from './idNumber';

/** One form's answers: field id → text. */
export type Answers = Readonly<Record<string, string>>;

type ShowIf = FormField['showIf'];

const holds = (showIf: ShowIf, answers: Answers) =>
  showIf === undefined ||
  (Array.isArray(showIf.equals) ? showIf.equals.includes(answers[showIf.field] ?? '') : answers[showIf.field] === showIf.equals);

/** The questions some rule of the form reads (whether a section or a question is shown): answering one can change the steps. */
export function ruledBy(form: FormTemplate): Set<string> {
  const read = new Set<string>();
  for (const section of form.sections) {
    if (section.showIf) read.add(section.showIf.field);
    for (const field of section.fields) if (field.showIf) read.add(field.showIf.field);
  }
  return read;
}

export const sectionShown = (section: FormSection, answers: Answers) => holds(section.showIf, answers);
export const fieldShown = (section: FormSection, field: FormField, answers: Answers) =>
  sectionShown(section, answers) && holds(field.showIf, answers);

export type FieldError = FieldErrorKey | 'future';
export type FieldWarning = { kind: 'idNumber'; which: IdNumberWarning } | { kind: 'minAge'; years: number; law: LocalizedText };
export interface FieldProblems {
  error: FieldError | null;
  warnings: FieldWarning[];
}

/** Full years between a birth date and a day, both YYYY-MM-DD. */
export function ageOn(birth: string, day: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The answer of the field in the same person block that a chip ID card would fill with `key`. */
const personValue = (section: FormSection, answers: Answers, key: FormField['autofill']) => {
  const field = section.fields.find((f) => f.autofill === key);
  return field ? answers[field.id] : undefined;
};

/** `today` is the local date, YYYY-MM-DD: no date that has not happened yet is asked for by any form. */
export function checkField(form: FormTemplate, section: FormSection, field: FormField, answers: Answers, today: string): FieldProblems {
  const value = (answers[field.id] ?? '').trim();
  let error: FieldError | null = checkFieldValue(field, answers[field.id] ?? '');
  if (!error && field.type === 'date' && isAfter(value, today)) error = 'future';
  const warnings: FieldWarning[] = [];
  if (!error && value !== '') {
    if (field.type === 'idNumber') {
      const person = { dateOfBirth: personValue(section, answers, 'dateOfBirth'), sex: personValue(section, answers, 'sex') };
      for (const which of idNumberWarnings(value, person)) warnings.push({ kind: 'idNumber', which });
    }
    for (const rule of form.checks ?? []) {
      // An age needs the whole date of birth: a year alone does not say whether the birthday has passed.
      if (rule.field === field.id && isRealIsoDate(value) && ageOn(value, today) < rule.years) {
        warnings.push({ kind: 'minAge', years: rule.years, law: rule.law });
      }
    }
  }
  return { error, warnings };
}

/** Problems of the shown fields among `fields`, keyed by field id; fields without any are left out. */
export function checkFields(
  form: FormTemplate,
  section: FormSection,
  fields: readonly FormField[],
  answers: Answers,
  today: string,
): Map<string, FieldProblems> {
  const found = new Map<string, FieldProblems>();
  for (const field of fields) {
    if (!fieldShown(section, field, answers)) continue;
    const problems = checkField(form, section, field, answers, today);
    if (problems.error || problems.warnings.length) found.set(field.id, problems);
  }
  return found;
}

/**
 * A long section is split so that a phone shows a short group of questions per step. The split counts every field,
 * shown or not, so a step keeps its key (and its place in the URL) when an answer shows or hides a question.
 */
export const FIELDS_PER_STEP = 6;

export interface FieldStep {
  kind: 'fields';
  key: string;
  form: FormTemplate;
  section: FormSection;
  fields: FormField[];
  part: number;
  parts: number;
}
export type Step = FieldStep | { kind: 'documents'; key: 'documents' } | { kind: 'check'; key: 'check' };

export function planSteps(forms: readonly FormTemplate[], answersOf: (formId: string) => Answers): Step[] {
  const steps: Step[] = [];
  forms.forEach((form, formIndex) => {
    const answers = answersOf(form.id);
    for (const section of form.sections) {
      if (!sectionShown(section, answers)) continue;
      const parts = Math.ceil(section.fields.length / FIELDS_PER_STEP);
      for (let part = 1; part <= parts; part++) {
        const fields = section.fields.slice((part - 1) * FIELDS_PER_STEP, part * FIELDS_PER_STEP);
        if (!fields.some((f) => fieldShown(section, f, answers))) continue;
        steps.push({ kind: 'fields', key: `${formIndex + 1}-${section.id}-${part}`, form, section, fields, part, parts });
      }
    }
  });
  steps.push({ kind: 'documents', key: 'documents' }, { kind: 'check', key: 'check' });
  return steps;
}

type Component = Procedure['components'][number];

/**
 * Whether a paper may not be asked for on `today` (Vietnam's date), because the office reads its data from a
 * national database. Once the rule that says so has run out, the paper counts again.
 */
export const notNeededOn = (item: Pick<Component, 'notNeeded'>, today: string) =>
  !!item.notNeeded && validityOn(item.notNeeded.valid, today) === 'inForce';

/**
 * Documents a dossier needs in hand: those always required, less those the office may not ask for on `today`.
 * A paperless procedure needs none: the person brings only the chip ID card or VNeID.
 */
export function neededDocuments(procedure: Procedure, paperless: boolean, today: string): string[] {
  if (paperless) return [];
  return procedure.components.filter((c) => !c.when && !notNeededOn(c, today)).map((c) => c.name.vi);
}

export interface Readiness {
  /** Required questions not answered, or answered wrongly, as form id and field id. */
  fields: { formId: string; fieldId: string }[];
  documents: string[];
}

export function readiness(
  forms: readonly FormTemplate[],
  answersOf: (formId: string) => Answers,
  documents: readonly string[],
  needed: readonly string[],
  today: string,
): Readiness {
  const fields: Readiness['fields'] = [];
  for (const form of forms) {
    const answers = answersOf(form.id);
    for (const section of form.sections) {
      for (const [fieldId, problems] of checkFields(form, section, section.fields, answers, today)) {
        if (problems.error) fields.push({ formId: form.id, fieldId });
      }
    }
  }
  return { fields, documents: needed.filter((d) => !documents.includes(d)) };
}

export const isReady = (r: Readiness) => r.fields.length === 0 && r.documents.length === 0;

export function statusOf(r: Readiness, submitted: boolean): DossierStatus {
  if (submitted) return 'submitted';
  return isReady(r) ? 'ready' : 'draft';
}

/** The name of the first person of the first form: who the dossier is for, in the list of dossiers. */
export function applicantOf(forms: readonly FormTemplate[], answersOf: (formId: string) => Answers): string | null {
  for (const form of forms) {
    const answers = answersOf(form.id);
    for (const section of form.sections) {
      const name = section.fields.find((f) => f.type === 'name' && (answers[f.id] ?? '').trim() !== '');
      if (name) return (answers[name.id] ?? '').trim().replace(/\s+/g, ' ');
    }
  }
  return null;
}

/** The local calendar date, YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
