/** Which answers of a person block a chip ID card fills. Pure. */

import type { IdCard } from '../scan/cccd';
import type { FormField, FormSection } from '../schema/form';

/** Field id → value, for the fields of `section` that name a card value in `autofill` and that the card carries. */
export function fillFromCard(section: FormSection, card: IdCard): Record<string, string> {
  const fromCard: Record<NonNullable<FormField['autofill']>, string | null> = {
    idNumber: card.idNumber,
    fullName: card.fullName,
    dateOfBirth: card.dateOfBirth,
    sex: card.sex,
    address: card.address,
    idIssueDate: card.issueDate,
  };
  const values: Record<string, string> = {};
  for (const field of section.fields) {
    const value = field.autofill ? fromCard[field.autofill] : null;
    // A choice is filled only with one of its own options: a form may word sex differently.
    if (value && (!field.options || field.options.some((o) => o.value === value))) values[field.id] = value;
  }
  return values;
}
