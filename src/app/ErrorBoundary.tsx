import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { t } from '../i18n';

/**
 * If a page fails to render (a damaged stored file, a bug), the person still gets the header, a plain explanation
 * and a way on, never a blank screen.
 */
export function ErrorBoundary({ children }: { children: ComponentChildren }) {
  const [error, reset] = useErrorBoundary();
  if (!error) return <>{children}</>;
  return (
    <section class="error" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p class="links">
        <button type="button" class="button" onClick={reset}>
          {t('status.retry')}
        </button>
        <a class="button primary" href="/" onClick={reset}>
          {t('notInCatalogue.catalogue')}
        </a>
      </p>
    </section>
  );
}
