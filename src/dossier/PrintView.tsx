import { usePageTitle } from '../app/usePageTitle';
import { FormSheet } from '../forms/FormSheet';
import { t } from '../i18n';
import type { FormTemplate } from '../schema/form';
import { type Answers, fieldShown } from './answers';
import { RetiredAnswers } from './RetiredAnswers';
import { answersOf } from './record';
import type { Mark, OpenDossier } from './useDossier';

/** Only what the form would show: answers to questions hidden by a later change are not printed. */
function printedAnswers(form: FormTemplate, answers: Answers): Record<string, string> {
  const values: Record<string, string> = {};
  for (const section of form.sections) {
    for (const field of section.fields) {
      const value = answers[field.id];
      if (value && fieldShown(section, field, answers)) values[field.id] = value;
    }
  }
  return values;
}

/** The official forms with the answers written in, on A4, ready to sign: what the desk prints on no-writing Monday. */
export function PrintView({ open, mark }: { open: OpenDossier; mark: Mark }) {
  usePageTitle(t('draft.print.title'));
  const worksheet = open.procedure.filing.mode === 'onlineOnly';
  return (
    <>
      {worksheet && (
        <p class="notice warn worksheet print-face" data-worksheet>
          <strong>{t('draft.print.worksheet')}</strong>
        </p>
      )}
      <div class="form-tools no-print">
        <h2 class="step-title">{t('draft.print.title')}</h2>
        <p>{t('draft.print.help')}</p>
        <p>
          <button
            type="button"
            class="button primary"
            onClick={() => {
              // Marked as printed for the end of a desk visit, which warns about dossiers nobody printed.
              mark({ printedAt: new Date().toISOString() });
              print();
            }}
          >
            {t('form.print')}
          </button>
        </p>
      </div>
      {open.forms.map((form) => (
        <div key={form.id} class="printed-form">
          <FormSheet form={form} values={printedAnswers(form, answersOf(open.dossier)(form.id))} />
        </div>
      ))}
      <RetiredAnswers open={open} />
    </>
  );
}
