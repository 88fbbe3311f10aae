/** Which answers of a person block a chip ID card fills. Pure. */
import type { FormSection } from '../schema/form';
import type { IdCard } from '../scan/cccd';

/** Field id → value, for the fields of `section` that name a card value in `autofill` and that the card carries. */
export function fillFromCard(section: FormSection, card: IdCard): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of section.fields) {
    const value = (() => {
      switch (field.autofill) {
        case 'idNumber':
          return card.idNumber;
        case 'fullName':
          return card.fullName;
        case 'dateOfBirth':
          return card.dateOfBirth;
        case 'sex':
          return card.sex;
        case 'address':
          return card.address;
        case 'idIssueDate':
          return card.issueDate;
        case undefined:
          return null;
      }
    })();
    // A choice is filled only with one of its own options: a form may word sex differently.
    if (value && (!field.options || field.options.some((o) => o.value === value))) values[field.id] = value;
  }
  return values;
}
