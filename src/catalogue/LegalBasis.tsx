import { formatDate } from '../app/format';
import { T, Unverified } from '../app/Text';
import { language, t } from '../i18n';
import type { Procedure } from '../schema/procedure';
import { RuleDates } from './RuleDates';

export function LegalBasis({ documents }: { documents: Procedure['legalBasis'] }) {
  return (
    <ul class="legal">
      {documents.map((d) => (
        <li key={d.number}>
          <strong>{d.number}</strong>
          {' · '}
          {d.date ? t('legal.dated', { date: formatDate(d.date, language()) }) : t('legal.dateUnknown')}
          <br />
          <T value={d.title} />
          <RuleDates valid={d.valid} />
          <Unverified value={d.unverified} />
        </li>
      ))}
    </ul>
  );
}
