import catalogue from 'virtual:catalogue';
import { T } from '../app/Text';
import type { IndexEntry } from '../data/types';
import { t } from '../i18n';

/**
 * The commune's two promises at a glance: paperless filing and same-day handling on Friday. The full form also says
 * which case the promise holds for, so that it is never read as wider than the commune made it.
 */
export function Badges({ entry, compact = false }: { entry: IndexEntry; compact?: boolean }) {
  if (!entry.paperless && !entry.sameDayFriday) return null;
  const conditions = catalogue.commune.badges.conditions[entry.code];
  return (
    <ul class={`badges${compact ? ' compact' : ''}`}>
      {entry.paperless && (
        <li class="badge paperless">
          <strong>{t('badge.paperless')}</strong>
          {!compact && <span>{t('badge.paperlessDetail')}</span>}
          {!compact && conditions?.paperless && (
            <span>
              <T value={conditions.paperless} />
            </span>
          )}
          {!compact && (
            <span class="note">
              <T value={catalogue.commune.badges.basis.paperless} />
            </span>
          )}
        </li>
      )}
      {entry.sameDayFriday && (
        <li class="badge same-day">
          <strong>{t('badge.sameDay')}</strong>
          {!compact && <span>{t('badge.sameDayDetail')}</span>}
          {!compact && conditions?.sameDayFriday && (
            <span>
              <T value={conditions.sameDayFriday} />
            </span>
          )}
          {!compact && (
            <span class="note">
              <T value={catalogue.commune.badges.basis.sameDayFriday} />
            </span>
          )}
        </li>
      )}
    </ul>
  );
}
