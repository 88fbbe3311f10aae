import { formatDate } from '../app/format';
import { T, Unverified } from '../app/Text';
import { language, t } from '../i18n';
import type { Filing } from '../schema/procedure';
import { RuleDates } from './RuleDates';

/**
 * How to file today, at the top of the sheet: paper accepted, or online only with staff at the centre helping. It
 * says where it comes from and when it was checked, and where another source disagrees it says that too.
 */
export function FilingNotice({ filing }: { filing: Filing }) {
  return (
    <section class={`filing ${filing.mode}`} aria-labelledby="filing-title" data-filing={filing.mode}>
      <h2 id="filing-title" class="small">
        {t('filing.title')}: <span class="filing-mode">{t(`filing.mode.${filing.mode}`)}</span>
      </h2>
      <p>
        <T value={filing.text} />
        <RuleDates valid={filing.valid} />
      </p>
      {filing.conflict && (
        <p class="note">
          <strong>{t('filing.conflict')}</strong> <T value={filing.conflict} />
        </p>
      )}
      <p class="note">
        {t('filing.basis')} <T value={filing.basis} /> · {t('filing.checkedAt', { date: formatDate(filing.checkedAt, language()) })}
        <Unverified value={filing.unverified} />
      </p>
    </section>
  );
}
