import { formatDate } from '../app/format';
import { lawToday } from '../app/lawDate';
import { language, t } from '../i18n';
import { firstDayAfter, type Validity, validityOn } from '../schema/validity';

/**
 * The days a rule holds, beside the rule, judged on the device's own date: until its end only the end date shows,
 * and after it that the rule has run out and to ask the officer.
 */
export function RuleDates({ valid }: { valid: Validity | undefined }) {
  if (!valid) return null;
  const lang = language();
  switch (validityOn(valid, lawToday())) {
    case 'expired':
      return (
        <strong class="rule-expired" data-rule="expired">
          {' '}
          {t('rule.expired', { date: formatDate(firstDayAfter(valid.until!), lang) })}
        </strong>
      );
    case 'notYet':
      return <span class="rule-dates"> {t('rule.from', { date: formatDate(valid.from!, lang) })}</span>;
    case 'inForce':
      return valid.until ? <span class="rule-dates"> {t('rule.until', { date: formatDate(valid.until, lang) })}</span> : null;
  }
}
