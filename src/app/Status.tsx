import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import { useHoldsScreen } from './screenShown';

export function Loading() {
  useHoldsScreen();
  return (
    <p class="status" role="status" data-loading>
      {t('status.loading')}
    </p>
  );
}

/** Data or code that could not be fetched (offline before it was ever stored, or a server fault). */
export function LoadFailed({ onRetry }: { onRetry?: () => void }) {
  return (
    <div class="error" role="alert">
      <p>{t('status.loadFailed')}</p>
      {onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          {t('status.retry')}
        </button>
      )}
    </div>
  );
}

/** Something that does not exist here, with the way back to the catalogue. */
export function NotFoundPage({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <section class="not-found">
      <h1>{title}</h1>
      {children}
      <p>
        <a class="button primary" href="/">
          {t('notInCatalogue.catalogue')}
        </a>
      </p>
    </section>
  );
}
