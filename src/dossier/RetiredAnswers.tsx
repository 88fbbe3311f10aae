import { T } from '../app/Text';
import { t } from '../i18n';
import { retiredAnswers } from './formChanges';
import type { OpenDossier } from './useDossier';

/** Answers whose question left the form since they were typed: kept, and shown so nothing is lost unseen. */
export function RetiredAnswers({ open }: { open: OpenDossier }) {
  const retired = retiredAnswers(open.dossier, open.forms);
  if (retired.length === 0) return null;
  return (
    <section class="answers-form retired" data-retired={retired.length}>
      <h3>{t('draft.check.retiredTitle')}</h3>
      <p class="hint">{t('draft.check.retiredHelp')}</p>
      <dl class="answers">
        {retired.map((r) => (
          <div key={`${r.formId}/${r.fieldId}`} data-retired-field={r.fieldId}>
            <dt>{r.label ? <T value={r.label} /> : t('draft.check.retiredUnknown', { id: r.fieldId })}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
