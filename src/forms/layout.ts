/**
 * How a form's questions sit on paper, decided from the template alone (pure): which share a line, and which runs
 * of questions become a grid of tick boxes.
 */
import type { FormField } from '../schema/form';

const SHORT_TYPES: ReadonlySet<FormField['type']> = new Set(['date', 'year', 'number', 'idNumber', 'phone']);

/**
 * Whether a field shares its line: as on the official forms, short answers (dates, numbers, a sex, an ethnicity)
 * sit two to a line, and names, addresses and long choices take a line of their own. Judged from the field's type,
 * its length and its example, so a template needs no layout of its own.
 */
export function isShort(field: FormField): boolean {
  if (field.label.vi.length > 30) return false;
  if (SHORT_TYPES.has(field.type)) return true;
  if (field.options) return field.options.every((o) => o.label.vi.length <= 16);
  if (field.type !== 'text') return false;
  return (field.maxLength ?? Infinity) <= 40 || field.example.length <= 20;
}

/** Runs of at least three questions with the same three or more answers become a grid; the rest stay lines. */
export function groupChoices(fields: FormField[]): (FormField | FormField[])[] {
  const key = (f: FormField) => (f.options && f.options.length >= 3 ? f.options.map((o) => o.value).join('\u0000') : null);
  const out: (FormField | FormField[])[] = [];
  let run: FormField[] = [];
  const flush = () => {
    if (run.length >= 3) out.push(run);
    else out.push(...run);
    run = [];
  };
  for (const field of fields) {
    if (run.length && key(field) !== key(run[0]!)) flush();
    if (key(field) !== null) run.push(field);
    else out.push(field);
  }
  flush();
  return out;
}
