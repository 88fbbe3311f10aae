import { useEffect, useRef } from 'preact/hooks';
import { T } from '../app/Text';
import { entryFor } from '../catalogue/entries';
import { t } from '../i18n';
import type { ImportPlan } from './importPlan';

/** What an import would do, dossier by dossier, before anything is stored. Shared by the file and the QR hand-off. */
export function ImportSummary({ plan, onConfirm, onCancel }: { plan: ImportPlan; onConfirm: () => void; onCancel: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const incoming = [...plan.added, ...plan.updated];
  return (
    <section class="import-summary" aria-labelledby="import-title">
      <h3 id="import-title" ref={heading} tabIndex={-1}>
        {t('drafts.import.title')}
      </h3>
      <p>{t('drafts.import.counts', { added: plan.added.length, updated: plan.updated.length, skipped: plan.skipped.length })}</p>
      {incoming.length > 0 && (
        <ul>
          {incoming.map((d) => {
            const entry = entryFor(d.code);
            return (
              <li key={d.id}>
                {entry ? <T value={entry.name} /> : d.code} — {d.applicant ?? t('drafts.noName')} ({t(`drafts.status.${d.status}`)})
              </li>
            );
          })}
        </ul>
      )}
      <p class="links">
        {incoming.length > 0 && (
          <button type="button" class="button primary" onClick={onConfirm}>
            {t('drafts.import.confirm', { count: incoming.length })}
          </button>
        )}
        <button type="button" class="button" onClick={onCancel}>
          {t('drafts.import.cancel')}
        </button>
      </p>
    </section>
  );
}
