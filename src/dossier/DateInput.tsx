import { useState } from 'preact/hooks';
import { DATE_PARTS, partsAt, partsOf, storedDate } from '../forms/dateParts';
import { t } from '../i18n';
import type { FieldError } from './answers';

const EMPTY = { day: '', month: '', year: '' };

interface Props {
  /** The day box's id: the error summary's links and focus lead to it. */
  id: string;
  name: string;
  partial: boolean;
  value: string;
  /** The error shown for this question, if any: it marks the boxes it is about. */
  error: FieldError | null;
  /** `committed`: the person left a box, not one keystroke among others. */
  onChange: (value: string, committed: boolean) => void;
}

/**
 * A date people know (a birthday, a day written on a paper) typed as day, month and year in three boxes, in
 * Vietnamese order whatever the phone's language: a date picker follows the phone's language (mm/dd/yyyy on a phone
 * set to English) and makes someone born in 1948 scroll back decades. Goes inside the question's fieldset.
 */
export function DateInput({ id, name, partial, value, error, onChange }: Props) {
  const [typed, setTyped] = useState(() => partsOf(value) ?? EMPTY);
  // The boxes keep what was typed while the answer is what they store, so "7" never turns into "07" under the
  // person's finger; an answer written elsewhere (a chip ID card, an import) is read back into them.
  const parts = storedDate(typed, partial) === value ? typed : (partsOf(value) ?? EMPTY);
  const wrong = error ? partsAt(error) : [];
  return (
    <div class="date-input">
      {DATE_PARTS.map((part) => {
        const boxId = part === 'day' ? id : `${id}-${part}`;
        return (
          <div key={part} class={`date-part date-${part}`}>
            <label for={boxId}>{t(`draft.date.${part}`)}</label>
            <input
              id={boxId}
              name={`${name}-${part}`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={parts[part]}
              aria-invalid={wrong.includes(part) || undefined}
              onInput={(e) => {
                const next = { ...parts, [part]: e.currentTarget.value };
                setTyped(next);
                onChange(storedDate(next, partial), false);
              }}
              onChange={() => onChange(value, true)}
            />
          </div>
        );
      })}
    </div>
  );
}
