import { lawToday } from '../app/lawDate';
import { T, Unverified } from '../app/Text';
import { t } from '../i18n';
import type { NotNeeded } from '../schema/procedure';
import { validityOn } from '../schema/validity';
import { RuleDates } from './RuleDates';

/**
 * "You need not bring this": the office reads the data itself. Always with the rule that says so, its end, and
 * what happens if the look-up fails, so nobody is turned away for trusting it.
 */
export function NotNeededNote({ notNeeded }: { notNeeded: NotNeeded }) {
  const expired = validityOn(notNeeded.valid, lawToday()) === 'expired';
  return (
    <span class={`not-needed${expired ? ' expired' : ''}`}>
      <strong>{t(expired ? 'dossier.notNeededBefore' : 'dossier.notNeeded')}</strong> <T value={notNeeded.reason} />{' '}
      {t('dossier.notNeededBasis', { basis: notNeeded.basis })}
      <RuleDates valid={notNeeded.valid} />
      {!expired && <> {t('dossier.notNeededFallback')}</>}
      <Unverified value={notNeeded.unverified} />
    </span>
  );
}
