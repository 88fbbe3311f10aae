import { lawToday } from '../app/lawDate';
import { sheetPath } from '../app/routes';
import { T } from '../app/Text';
import type { IndexEntry } from '../data/types';
import { t } from '../i18n';
import { anyRunOut } from '../schema/validity';
import { Badges } from './Badges';

export function ProcedureCard({ entry }: { entry: IndexEntry }) {
  return (
    <li class="card">
      <a href={sheetPath(entry.code)}>
        <span class="card-name">
          <T value={entry.name} />
        </span>
        <span class="card-code">
          {t('sheet.code')}: {entry.code}
        </span>
      </a>
      <Badges entry={entry} compact />
      {anyRunOut(entry.ends, lawToday()) && <p class="card-expired">{t('rule.cardExpired')}</p>}
    </li>
  );
}
