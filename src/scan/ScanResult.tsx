import { formatDate } from '../app/format';
import { portalSearchUrl } from '../catalogue/portal';
import { language, t } from '../i18n';
import type { IdCard } from './cccd';
import type { Payload } from './payload';

function IdCardDetails({ card }: { card: IdCard }) {
  const rows: [string, string][] = [
    ['scan.card.fullName', card.fullName],
    ['scan.card.idNumber', card.idNumber],
    ['scan.card.dateOfBirth', formatDate(card.dateOfBirth, language())],
    ['scan.card.sex', t(`scan.card.sex_${card.sex}`)],
    ['scan.card.address', card.address],
  ];
  if (card.issueDate) rows.push(['scan.card.issueDate', formatDate(card.issueDate, language())]);
  return (
    <>
      <h2>{t('scan.card.title')}</h2>
      <dl class="facts">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p class="note">{t('scan.card.private')}</p>
    </>
  );
}

/** What a scanned code held, when it is not one of this app's sheets. Everything is shown as text, never run. */
export function ScanResult({ payload }: { payload: Exclude<Payload, { kind: 'procedure' }> }) {
  switch (payload.kind) {
    case 'idCard':
      return <IdCardDetails card={payload.card} />;
    case 'badIdCard':
      return (
        <>
          <h2>{t('scan.badCard.title')}</h2>
          <p>{t('scan.badCard.body', { field: t(`scan.badCard.field.${payload.error}`) })}</p>
        </>
      );
    case 'notInCatalogue':
      return (
        <>
          <h2>{t('notInCatalogue.title')}</h2>
          {payload.code && <p>{t('scan.codeRead', { code: payload.code })}</p>}
          <p>
            <a class="button primary" href={payload.portalUrl ?? portalSearchUrl(payload.code ?? '')} target="_blank" rel="noopener noreferrer">
              {t('scan.openPortal')}
            </a>
          </p>
          <p class="note">{t('online.needsNetwork')}</p>
        </>
      );
    case 'link':
      return (
        <>
          <h2>{t('scan.link.title')}</h2>
          <p class="warning">{t('scan.link.warning', { host: payload.host })}</p>
          <p class="raw" data-testid="scanned-text">
            {payload.url}
          </p>
        </>
      );
    case 'text':
      return (
        <>
          <h2>{t('scan.text.title')}</h2>
          <p class="raw" data-testid="scanned-text">
            {payload.text}
          </p>
          {payload.cut && <p class="note">{t('scan.text.cut')}</p>}
        </>
      );
  }
}
