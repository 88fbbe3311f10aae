import { formatDate } from '../app/format';
import type { FormField } from '../schema/form';

/** A written-in answer as the official (Vietnamese) form prints it: dates as the form writes them, the rest as typed. */
export function printedValue(field: FormField, value: string): string {
  return field.type === 'date' ? formatDate(value, 'vi') : value;
}
