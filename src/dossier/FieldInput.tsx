import { useState } from 'preact/hooks';
import { formatDate } from '../app/format';
import { T } from '../app/Text';
import { pick, t } from '../i18n';
import type { FormField } from '../schema/form';
import { cleanText } from '../schema/text';
import type { FieldProblems } from './answers';
import { DateInput } from './DateInput';
import { FieldMessages } from './FieldMessages';

/** The keyboard a phone should offer, and the browser's autofill hint where it helps. */
function inputProps(field: FormField) {
  switch (field.type) {
    case 'idNumber':
      return { type: 'text', inputMode: 'numeric', autoComplete: 'off', maxLength: 12, pattern: '[0-9]*' } as const;
    case 'phone':
      return { type: 'tel', inputMode: 'tel', autoComplete: 'tel' } as const;
    case 'year':
      return { type: 'text', inputMode: 'numeric', maxLength: 4, pattern: '[0-9]*' } as const;
    case 'number':
      return { type: 'text', inputMode: 'numeric', pattern: '[0-9]*' } as const;
    case 'name':
      return { type: 'text', autoCapitalize: 'words', spellcheck: false, autoComplete: 'off' } as const;
    default:
      return { type: 'text' } as const;
  }
}

// The date boxes are in Vietnamese order in every language, and so is the example beside them.
const exampleText = (field: FormField) => (field.type === 'date' ? formatDate(field.example, 'vi') : field.example);

interface Props {
  field: FormField;
  /** The answer as the dossier holds it. */
  value: string;
  problems: FieldProblems | undefined;
  /** `committed`: the person left the field (or picked a choice), not one keystroke among others. */
  onChange: (value: string, committed: boolean) => void;
}

/** One question: label, help in plain words with an example, what to fix (if anything), and the input itself. */
export function FieldInput({ field, value, problems, onChange: tell }: Props) {
  // What is typed shows from this question's own state: a keystroke re-renders this question only, while the dossier
  // takes the answer without re-rendering the step (FieldStepView). An answer written elsewhere (the chip ID card)
  // arrives as a new `value` and replaces it.
  const [local, setLocal] = useState({ given: value, shown: value });
  const shown = local.given === value ? local.shown : value;
  const onChange = (next: string, committed = true) => {
    setLocal({ given: value, shown: next });
    tell(next, committed);
  };
  const id = `f-${field.id}`;
  const hintId = `${id}-hint`;
  const messageId = `${id}-msg`;
  const described = [hintId, problems ? messageId : ''].filter(Boolean).join(' ');
  const invalid = problems?.error ? true : undefined;
  const label = (
    <>
      <T value={field.label} />
      {!field.required && <span class="optional"> {t('draft.optional')}</span>}
    </>
  );
  const hint = (
    <p class="hint" id={hintId}>
      <T value={field.help} />
      {field.example && !field.options && field.type !== 'checkbox' && ` ${t('draft.example', { value: exampleText(field) })}`}
    </p>
  );
  const messages = problems && <FieldMessages id={messageId} problems={problems} />;
  const onInput = (e: Event) => onChange((e.currentTarget as HTMLInputElement).value, false);
  // When the person leaves the field, what they typed or pasted gets the rule every answer gets (schema/text.ts);
  // not on each key, which would eat the space being typed between two words.
  const onCommit = (e: Event) => {
    const raw = (e.currentTarget as HTMLInputElement).value;
    onChange(cleanText(raw, field.type === 'textarea'));
  };

  // A question answered in several inputs is a group: its label is the legend, and the hint and messages describe it.
  const group =
    field.type === 'date' ? (
      <DateInput id={id} name={field.id} partial={field.partial === true} value={shown} error={problems?.error ?? null} onChange={onChange} />
    ) : field.type === 'radio' && field.options ? (
      <div class="radios">
        {field.options.map((o, i) => (
          <label key={o.value} class="radio">
            <input
              type="radio"
              name={field.id}
              id={i === 0 ? id : undefined}
              value={o.value}
              checked={shown === o.value}
              onChange={() => onChange(o.value)}
            />
            <span>
              <T value={o.label} />
            </span>
          </label>
        ))}
      </div>
    ) : null;
  if (group) {
    return (
      <fieldset class={`question${invalid ? ' has-error' : ''}`} id={`q-${field.id}`} aria-describedby={described}>
        <legend class="question-label">{label}</legend>
        {hint}
        {messages}
        {group}
      </fieldset>
    );
  }
  if (field.type === 'checkbox') {
    return (
      <div class={`question${invalid ? ' has-error' : ''}`} id={`q-${field.id}`}>
        {messages}
        <label class="checkbox">
          <input
            type="checkbox"
            id={id}
            name={field.id}
            value="yes"
            checked={shown === 'yes'}
            aria-describedby={described}
            onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked ? 'yes' : '')}
          />
          <span>{label}</span>
        </label>
        {hint}
      </div>
    );
  }
  // What a typed answer's box is, in one line or several.
  const typed = {
    id,
    name: field.id,
    value: shown,
    maxLength: field.maxLength,
    'aria-describedby': described,
    'aria-invalid': invalid,
    onInput,
    onChange: onCommit,
  };
  return (
    <div class={`question${invalid ? ' has-error' : ''}`} id={`q-${field.id}`}>
      <label class="question-label" for={id}>
        {label}
      </label>
      {hint}
      {messages}
      {field.type === 'select' && field.options ? (
        <select
          id={id}
          name={field.id}
          value={shown}
          aria-describedby={described}
          aria-invalid={invalid}
          onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t('draft.choose')}</option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {pick(o.label).text}
            </option>
          ))}
        </select>
      ) : field.type === 'textarea' ? (
        <textarea rows={3} {...typed} />
      ) : (
        <input {...typed} {...inputProps(field)} />
      )}
    </div>
  );
}
