/**
 * Dossiers outlive corrections to their forms: a dossier saved with last year's tờ khai opens with this year's.
 * Answers follow a renamed field to its new id; answers whose field left the form stay in the record and are shown
 * apart as "no longer on the new form", never dropped. Pure.
 */
import type { LocalizedText } from '../schema/common';
import type { Dossier } from '../schema/dossier';
import type { FormTemplate } from '../schema/form';

export interface RetiredAnswer {
  formId: string;
  fieldId: string;
  /** The field's label on the form it was answered on, when the corrected form keeps it; else null. */
  label: LocalizedText | null;
  value: string;
}

const fieldIds = (form: FormTemplate) => new Set(form.sections.flatMap((s) => s.fields.map((f) => f.id)));

/** The dossier with each renamed field's answer under its new id; the same object when nothing moved. */
export function followRenames(dossier: Dossier, forms: readonly FormTemplate[]): Dossier {
  let answers: Dossier['answers'] | null = null;
  for (const form of forms) {
    const renamed = Object.entries(form.renamedFields ?? {});
    const own = dossier.answers[form.id];
    if (!own || renamed.length === 0) continue;
    const moved = { ...own };
    let changed = false;
    for (const [old, now] of renamed) {
      // An answer already given under the new id wins; the old one is then kept as retired, not overwritten.
      if (moved[old] === undefined || moved[now] !== undefined) continue;
      moved[now] = moved[old]!;
      delete moved[old];
      changed = true;
    }
    if (changed) answers = { ...(answers ?? dossier.answers), [form.id]: moved };
  }
  return answers ? { ...dossier, answers } : dossier;
}

/** Answers kept in the record whose field is not on the current form (or whose form the dossier no longer has). */
export function retiredAnswers(dossier: Dossier, forms: readonly FormTemplate[]): RetiredAnswer[] {
  const byId = new Map(forms.map((f) => [f.id, f]));
  const found: RetiredAnswer[] = [];
  for (const [formId, answers] of Object.entries(dossier.answers)) {
    const form = byId.get(formId);
    const current = form ? fieldIds(form) : new Set<string>();
    for (const [fieldId, value] of Object.entries(answers)) {
      if (current.has(fieldId)) continue;
      const label = form?.retiredFields?.find((r) => r.id === fieldId)?.label ?? null;
      found.push({ formId, fieldId, label, value });
    }
  }
  return found;
}
