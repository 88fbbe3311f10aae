import { formatDate } from '../app/format';
import { PORTAL_LOOKUP_URL } from '../catalogue/portal';
import { language, t } from '../i18n';
import type { Dossier } from '../schema/dossier';

/** What the person recorded after filing on the portal, with the way to look the dossier up there. */
export function SubmittedNotice({ submission }: { submission: NonNullable<Dossier['submission']> }) {
  return (
    <p class="notice ok">
      {t('draft.handOn.submitted', { number: submission.number, date: formatDate(submission.date, language()) })}{' '}
      <a href={PORTAL_LOOKUP_URL} target="_blank" rel="noopener noreferrer">
        {t('draft.handOn.lookUp')}
      </a>
    </p>
  );
}
