import { pick, t } from '../i18n';
import type { FieldProblems, FieldWarning } from './answers';

export function warningText(warning: FieldWarning): string {
  if (warning.kind === 'idNumber') return t(`draft.warning.idNumber.${warning.which}`);
  return t('draft.warning.minAge', { years: warning.years, law: pick(warning.law).text });
}

export const errorText = (error: NonNullable<FieldProblems['error']>) => t(`draft.error.${error}`);

/** What to fix, and what to look at again, right above the input it is about. */
export function FieldMessages({ id, problems }: { id: string; problems: FieldProblems }) {
  return (
    <div id={id}>
      {problems.error && (
        <p class="field-error">
          <span class="visually-hidden">{t('draft.errorPrefix')} </span>
          {errorText(problems.error)}
        </p>
      )}
      {problems.warnings.map((w, i) => (
        <p key={i} class="field-warning">
          {warningText(w)}
        </p>
      ))}
    </div>
  );
}
