import { formatDate } from '../app/format';
import { language, pick, t } from '../i18n';
import type { FormField } from '../schema/form';

/** An answer as a person reads it back: option labels, dates in the local style. */
export function displayValue(field: FormField, value: string): string {
  if (value === '') return '';
  if (field.options) return pick(field.options.find((o) => o.value === value)?.label ?? { vi: value }).text;
  if (field.type === 'checkbox') return t('draft.yes');
  if (field.type === 'date') return formatDate(value, language());
  return value;
}
