import './inapp.css';
import { t } from '../i18n';
import { CopyButton } from './CopyButton';
import { inApp } from './here';
import { chromeIntentUrl } from './intent';
import { names } from './names';

/**
 * The way out to the phone's browser, at an address (this page by default). Android: a link that opens it in Chrome,
 * followed only when tapped. iPhone and iPad have no such link: the steps in the app's own menu. Everywhere, the
 * address to copy, for an app that handles neither.
 */
export function OpenInBrowser({ href = location.href, copyLink = true }: { href?: string; copyLink?: boolean }) {
  const here = inApp!;
  const words = names(here);
  const copy = copyLink && <CopyButton text={href} label={t('inapp.copyLink')} done={t('inapp.linkCopied', words)} />;
  if (here.platform === 'android') {
    return (
      <span class="open-in-browser">
        <a class="button primary" href={chromeIntentUrl(href)}>
          {t('inapp.open', words)}
        </a>{' '}
        {copy}
      </span>
    );
  }
  return (
    <span class="open-in-browser">
      <span class="steps">{t(here.platform === 'ios' ? 'inapp.iosSteps' : 'inapp.otherSteps')}</span> {copy}
    </span>
  );
}
