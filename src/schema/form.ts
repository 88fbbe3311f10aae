import * as v from 'valibot';
import { FIELD_TYPES } from '../forms/fieldRules';
import { FormId, IsoDate, LocalizedText, Source, Unverified } from './common';

/** A field is shown only when another field of the same form has one of these values. */
const ShowIf = v.strictObject({
  field: v.string(),
  equals: v.union([v.string(), v.pipe(v.array(v.string()), v.minLength(1))]),
});

/** Which value of a chip ID card (CCCD) can fill this field; the dossier screens use it. */
export const AUTOFILL_KEYS = ['idNumber', 'fullName', 'dateOfBirth', 'sex', 'address', 'idIssueDate'] as const;

const Option = v.strictObject({ value: v.string(), label: LocalizedText });

export const FormField = v.strictObject({
  /** Becomes the dossier input's `name`: keep it stable once dossiers exist. */
  id: v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9]*$/, 'must be camelCase letters and digits')),
  label: LocalizedText,
  type: v.picklist(FIELD_TYPES),
  required: v.boolean(),
  help: LocalizedText,
  /** A realistic value that passes this field's validation; browser tests fill every form from these. */
  example: v.string(),
  options: v.optional(v.pipe(v.array(Option), v.minLength(2))),
  maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** A date that may be answered with its month and year, or its year alone: for old records whose day is not known. */
  partial: v.optional(v.literal(true)),
  showIf: v.optional(ShowIf),
  autofill: v.optional(v.picklist(AUTOFILL_KEYS)),
  /** false: a question the screens ask to guide the person (e.g. "is there a father to name?") that the paper form does not have, so it is not printed. */
  onPaper: v.optional(v.literal(false)),
  unverified: Unverified,
});
export type FormField = v.InferOutput<typeof FormField>;

export const FormSection = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9]*$/, 'must be camelCase letters and digits')),
  title: LocalizedText,
  /** A block about one person: the dossier offers "fill from CCCD" here. */
  person: v.optional(v.boolean()),
  showIf: v.optional(ShowIf),
  fields: v.pipe(v.array(FormField), v.minLength(1)),
});
export type FormSection = v.InferOutput<typeof FormSection>;

/**
 * A rule the law sets between answers, checked when the person moves on. It warns and cites the law rather than
 * refusing: the officer decides, and a dossier may be prepared ahead of the day.
 */
const MinAge = v.strictObject({
  rule: v.literal('minAge'),
  /** A date-of-birth field of this form. */
  field: v.string(),
  /** Full years the person must have reached on the day the dossier is filed. */
  years: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The article that sets the age, as a reader would cite it. */
  law: LocalizedText,
});

export const FormTemplate = v.strictObject({
  id: FormId,
  title: LocalizedText,
  /** The form's number in its legal text (e.g. "Mẫu số 01"), or null when the reference could not confirm it. */
  formNumber: v.nullable(v.string()),
  /** The legal text that issues this form. */
  legalSource: LocalizedText,
  /** "Kính gửi: …" line at the top of the printed form. */
  addressee: v.nullable(LocalizedText),
  sections: v.pipe(v.array(FormSection), v.minLength(1)),
  /** Sworn statement (lời cam đoan) printed above the signatures. */
  declaration: v.nullable(LocalizedText),
  signatures: v.pipe(v.array(LocalizedText), v.minLength(1)),
  /**
   * The fields the template prints in its "Làm tại: …, ngày … tháng … năm …" line above the signatures, rather than
   * as lines of their own: the place (a text field) and, where the form asks it, the date (a date field).
   */
  madeAt: v.optional(v.strictObject({ place: v.string(), date: v.optional(v.string()) })),
  checks: v.optional(v.array(MinAge)),
  /**
   * Dossiers outlive corrections to their forms. A field whose id changed names its old id here (old → new), so a
   * dossier saved before opens with the answer in its new place; a field taken off the form keeps its label in
   * `retiredFields`, so its answer is shown as "no longer on the new form" instead of vanishing.
   */
  renamedFields: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9]*$/)), v.string())),
  retiredFields: v.optional(
    v.array(v.strictObject({ id: v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9]*$/, 'must be camelCase letters and digits')), label: LocalizedText })),
  ),
  unverified: Unverified,
  sources: v.pipe(v.array(Source), v.minLength(1)),
  verifiedAt: IsoDate,
});
export type FormTemplate = v.InferOutput<typeof FormTemplate>;
