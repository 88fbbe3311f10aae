import { useEffect, useRef } from 'preact/hooks';
import { T } from '../app/Text';
import { entryFor } from '../data/entries';
import { t } from '../i18n';
import type { Dossier } from '../schema/dossier';
import type { ImportPlan } from './importPlan';

/** How many of each procedure, and how many ready: the desk's summary of a round before it takes it. */
function byProcedure(dossiers: Dossier[]): { code: string; count: number; ready: number }[] {
  const counts = new Map<string, { code: string; count: number; ready: number }>();
  for (const d of dossiers) {
    const row = counts.get(d.code) ?? { code: d.code, count: 0, ready: 0 };
    row.count++;
    if (d.status !== 'draft') row.ready++;
    counts.set(d.code, row);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

interface Props {
  plan: ImportPlan;
  round?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What an import would do, before anything is stored. Shared by the file and the QR hand-off. */
export function ImportSummary({ plan, round, onConfirm, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const incoming = [...plan.added, ...plan.updated];
  const rows = byProcedure(incoming);
  return (
    <section class="import-summary" aria-labelledby="import-title">
      <h3 id="import-title" ref={heading} tabIndex={-1}>
        {round ? t('drafts.import.roundTitle', { round }) : t('drafts.import.title')}
      </h3>
      <p>{t('drafts.import.counts', { added: plan.added.length, updated: plan.updated.length, skipped: plan.skipped.length })}</p>
      {incoming.length > 0 && (
        <>
          <p>{t('drafts.import.ready', { ready: incoming.filter((d) => d.status !== 'draft').length, count: incoming.length })}</p>
          <ul>
            {rows.map((row) => {
              const entry = entryFor(row.code);
              return (
                <li key={row.code}>
                  {entry ? <T value={entry.name} /> : row.code}: {t('drafts.import.perProcedure', { count: row.count, ready: row.ready })}
                </li>
              );
            })}
          </ul>
          {incoming.length <= 5 && (
            <ul class="import-names">
              {incoming.map((d) => (
                <li key={d.id}>
                  {d.applicant ?? t('drafts.noName')} ({t(`drafts.status.${d.status}`)})
                </li>
              ))}
            </ul>
          )}
        </>
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
