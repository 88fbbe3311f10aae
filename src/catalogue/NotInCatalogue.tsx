import { t } from '../i18n';
import { portalSearchUrl } from './portal';

/** A code someone typed or scanned that this commune's catalogue does not hold. */
export function NotInCatalogue({ code }: { code: string }) {
  return (
    <section class="not-found">
      <h1>{t('notInCatalogue.title')}</h1>
      <p>{t('notInCatalogue.body', { code })}</p>
      <ul class="links">
        <li>
          <a class="button primary" href={portalSearchUrl(code)} target="_blank" rel="noopener noreferrer">
            {t('notInCatalogue.searchPortal')}
          </a>
        </li>
        <li>
          <a class="button" href="/">
            {t('notInCatalogue.catalogue')}
          </a>
        </li>
      </ul>
      <p class="note">{t('online.needsNetwork')}</p>
    </section>
  );
}
