import { useEffect, useRef } from 'preact/hooks';
import { pick, t } from '../i18n';
import type { FormField } from '../schema/form';
import type { FieldProblems } from './answers';
import { errorText, warningText } from './FieldMessages';

interface Props {
  kind: 'error' | 'warning';
  problems: Map<string, FieldProblems>;
  fields: readonly FormField[];
}

/**
 * The list at the top of a step of what to fix (or look at again), each linking to its question. It takes focus
 * when shown, so a screen reader reads it and a keyboard user starts from it.
 */
export function ProblemSummary({ kind, problems, fields }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [problems]);
  const items = fields.flatMap((field) => {
    const p = problems.get(field.id);
    if (!p) return [];
    const texts = kind === 'error' ? (p.error ? [errorText(p.error)] : []) : p.warnings.map(warningText);
    return texts.map((text, i) => ({ key: `${field.id}-${i}`, field, text }));
  });
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: aria-labelledby is a global ARIA property that alert and status take (axe, run by the tests, agrees)
    <div ref={box} class={`problem-summary ${kind}`} tabIndex={-1} role={kind === 'error' ? 'alert' : 'status'} aria-labelledby="summary-title">
      <h2 id="summary-title">{t(kind === 'error' ? 'draft.summary.errors' : 'draft.summary.warnings')}</h2>
      {kind === 'warning' && <p>{t('draft.summary.warningsHelp')}</p>}
      <ul>
        {items.map(({ key, field, text }) => (
          <li key={key}>
            <a
              href={`#f-${field.id}`}
              onClick={(e) => {
                e.preventDefault();
                const input = document.getElementById(`f-${field.id}`);
                input?.scrollIntoView({ block: 'center' });
                input?.focus();
              }}
            >
              {pick(field.label).text}: {text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
