/**
 * What a value must look like for each field type of a form template. Pure: used at build time to check
 * every template's `example`, and by the dossier screens to check what a person typed.
 * Rules return an error key (worded under `draft.error.` in the dossier strings) or null; the caller words it.
 */
import { checkDate, type DateErrorKey } from './dateParts';

export const FIELD_TYPES = ['text', 'textarea', 'name', 'date', 'year', 'idNumber', 'phone', 'number', 'select', 'radio', 'checkbox'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export type FieldErrorKey = 'required' | 'idNumber' | DateErrorKey | 'year' | 'phone' | 'name' | 'number' | 'option' | 'tooLong';

export interface RuleField {
  type: FieldType;
  required: boolean;
  options?: readonly { value: string }[];
  maxLength?: number;
  /** A date that may be a month and year, or a year alone. */
  partial?: boolean;
}

/** A personal ID number (số định danh cá nhân / CCCD) is exactly 12 digits. */
const ID_NUMBER = /^\d{12}$/;
/** Vietnamese mobile and landline numbers, domestic (0…) or international (+84…) form. */
const PHONE = /^(?:\+84|0)\d{9,10}$/;
/** Letters of any script (Vietnamese has many precomposed ones), with spaces, apostrophes and hyphens between. */
const NAME = /^\p{L}+(?:[ '-]\p{L}+)*$/u;
const DEFAULT_MAX_LENGTH = 500;

export function checkFieldValue(field: RuleField, raw: string): FieldErrorKey | null {
  const value = field.type === 'phone' ? raw.replace(/[\s.]/g, '') : raw.trim();
  if (value === '') return field.required ? 'required' : null;
  if (value.length > (field.maxLength ?? DEFAULT_MAX_LENGTH)) return 'tooLong';
  switch (field.type) {
    case 'idNumber':
      return ID_NUMBER.test(value) ? null : 'idNumber';
    case 'date':
      return checkDate(value, field.partial === true);
    case 'year': {
      const year = Number(value);
      return /^\d{4}$/.test(value) && year >= 1850 && year <= 2200 ? null : 'year';
    }
    case 'phone':
      return PHONE.test(value) ? null : 'phone';
    case 'name':
      return NAME.test(value.replace(/\s+/g, ' ')) ? null : 'name';
    case 'number':
      return /^\d{1,6}$/.test(value) ? null : 'number';
    case 'select':
    case 'radio':
    case 'checkbox':
      return (field.options ?? [{ value: 'yes' }]).some((o) => o.value === value) ? null : 'option';
    case 'text':
    case 'textarea':
      return null;
  }
}
