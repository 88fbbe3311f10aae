import { T, Unverified } from '../app/Text';
import { t } from '../i18n';
import type { Procedure } from '../schema/procedure';
import { portalPageUrl, portalSearchUrl } from './portal';

const PORTAL_STEPS = ['agency', 'submit', 'login', 'consent', 'fill', 'track'] as const;

/** How to file on the national portal: this procedure's page, the search fallback, and what the portal will ask. */
export function OnlineFiling({ procedure }: { procedure: Procedure }) {
  const { online, portalUuid } = procedure;
  return (
    <>
      <p>
        {t('online.channels')}: {online.channels.map((c) => t(`online.channel.${c}`)).join(', ')}.
      </p>
      {online.note && (
        <p>
          <T value={online.note} />
        </p>
      )}
      <ul class="links">
        {portalUuid && (
          <li>
            <a class="button primary" href={portalPageUrl(portalUuid)} target="_blank" rel="noopener noreferrer" data-portal="page">
              {t('online.openPortal')}
            </a>
          </li>
        )}
        <li>
          <a class="button" href={portalSearchUrl(online.searchKeywords)} target="_blank" rel="noopener noreferrer" data-portal="search">
            {t('online.searchPortal')}
          </a>
        </li>
        {online.route && (
          <li>
            <a class="button" href={online.route.url} target="_blank" rel="noopener noreferrer" data-portal="route">
              <T value={online.route.label} />
            </a>
            <Unverified value={online.route.unverified} />
          </li>
        )}
      </ul>
      <p class="note">{t('online.needsNetwork')}</p>
      <h3>{t('online.stepsTitle')}</h3>
      <ol>
        {PORTAL_STEPS.map((step) => (
          <li key={step}>{t(`online.step.${step}`, { system: t(`online.system.${procedure.field}`) })}</li>
        ))}
      </ol>
    </>
  );
}
