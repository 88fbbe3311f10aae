import { t } from '../i18n';
import { installState, promptInstall } from './install';

/** "Cài đặt ứng dụng": the browser's own dialog where it offers one, the iOS steps on Safari, nothing once installed. */
export function InstallCard() {
  const state = installState.use();
  if (state.installed || (!state.canPrompt && !state.iosSteps)) return null;
  return (
    <section class="install-card" aria-labelledby="install-title">
      <h2 id="install-title">{t('install.title')}</h2>
      <p>{t('install.why')}</p>
      {state.canPrompt ? (
        <button type="button" class="button primary" onClick={() => void promptInstall()}>
          {t('install.button')}
        </button>
      ) : (
        <ol>
          <li>{t('install.ios1')}</li>
          <li>{t('install.ios2')}</li>
          <li>{t('install.ios3')}</li>
        </ol>
      )}
    </section>
  );
}
