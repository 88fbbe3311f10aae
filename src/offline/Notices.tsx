import { t } from '../i18n';
import { applyUpdate, offlineStatus } from './status';

/** The calm, small notices about working offline, in one live region so screen readers hear them. */
export function Notices() {
  const s = offlineStatus.use();
  return (
    <div class="notices no-print" role="status" aria-live="polite">
      {!s.online && <p class="notice offline">{t(s.ready ? 'offline.nowOfflineReady' : 'offline.nowOffline')}</p>}
      {s.needsNetwork && <p class="notice warn">{t('offline.needsNetwork')}</p>}
      {s.justReady && (
        <p class="notice ok">
          {t('offline.ready')}{' '}
          <button type="button" class="link-button" onClick={() => offlineStatus.set({ justReady: false })}>
            {t('offline.dismiss')}
          </button>
        </p>
      )}
      {s.storeFailed && <p class="notice warn">{t(s.storeFailed === 'storage' ? 'offline.storageFull' : 'offline.storeFailed')}</p>}
      {s.updateWaiting && (
        <p class="notice update">
          {t('update.available')}{' '}
          <button type="button" class="button small" onClick={applyUpdate}>
            {t('update.apply')}
          </button>
        </p>
      )}
    </div>
  );
}
