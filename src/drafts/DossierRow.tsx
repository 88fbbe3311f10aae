import { locale } from '../app/format';
import { dossierPath } from '../app/routes';
import { T } from '../app/Text';
import { entryFor } from '../data/entries';
import { language, t } from '../i18n';
import type { Dossier } from '../schema/dossier';

// One formatter per language: making one per row (toLocaleString does) costs more than the rest of the row.
const formatters = new Map<string, Intl.DateTimeFormat>();
function changedAt(iso: string): string {
  const tag = locale(language());
  let format = formatters.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    formatters.set(tag, format);
  }
  return format.format(new Date(iso));
}

/** One dossier in the list: what it is for, whose it is, how far along, and when it last changed. */
export function DossierRow({ dossier, onDelete }: { dossier: Dossier; onDelete: () => void }) {
  const entry = entryFor(dossier.code);
  return (
    <li class="draft-row" data-dossier={dossier.id}>
      <a class="draft-link" href={dossierPath(dossier.id)}>
        <strong>{entry ? <T value={entry.name} /> : dossier.code}</strong>
        <span class="draft-applicant">{dossier.applicant ?? t('drafts.noName')}</span>
      </a>
      <span class={`draft-status status-${dossier.status}`}>{t(`drafts.status.${dossier.status}`)}</span>
      <span class="draft-time">{t('drafts.changed', { time: changedAt(dossier.updatedAt) })}</span>
      <button type="button" class="button small" onClick={onDelete}>
        {t('drafts.delete')}
        <span class="visually-hidden"> {dossier.applicant ?? dossier.code}</span>
      </button>
    </li>
  );
}
