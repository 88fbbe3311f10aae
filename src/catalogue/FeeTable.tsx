import { formatVnd } from '../app/format';
import { T, Unverified } from '../app/Text';
import type { SheetData } from '../data/types';
import { language, t } from '../i18n';
import type { Fee } from '../schema/procedure';
import { RuleDates } from './RuleDates';

function Amount({ fee }: { fee: Fee }) {
  if (fee.amount === null) return <>{t('fees.unknownAmount')}</>;
  if (fee.amount === 0) return <strong>{t('fees.free')}</strong>;
  return (
    <>
      <strong>{formatVnd(fee.amount, language())}</strong>
      {fee.unit && (
        <>
          {' / '}
          <T value={fee.unit} />
        </>
      )}
    </>
  );
}

export function FeeTable({ sheet }: { sheet: SheetData }) {
  const { fees, feeExemptions } = sheet.procedure;
  return (
    <>
      {fees.length === 0 ? (
        <p>
          <strong>{t('fees.none')}</strong>
        </p>
      ) : (
        <table class="fees">
          <thead>
            <tr>
              <th scope="col">{t('fees.item')}</th>
              <th scope="col">{t('fees.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {fees.map((fee, i) => (
              <tr key={i}>
                <th scope="row">
                  <T value={fee.name} />
                  {fee.note && (
                    <span class="note">
                      <T value={fee.note} />
                    </span>
                  )}
                  <RuleDates valid={fee.valid} />
                  <Unverified value={fee.unverified} />
                </th>
                <td>
                  <Amount fee={fee} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sheet.feeOverrideSource && (
        <p class="note">
          {t('fees.communeOverride')}{' '}
          <a href={sheet.feeOverrideSource.url} target="_blank" rel="noopener noreferrer">
            {sheet.feeOverrideSource.title ?? sheet.feeOverrideSource.url}
          </a>
        </p>
      )}
      {feeExemptions.length > 0 && (
        <>
          <h3>{t('fees.exemptions')}</h3>
          <ul>
            {feeExemptions.map((e, i) => (
              <li key={i}>
                <T value={e} />
                <RuleDates valid={e.valid} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
