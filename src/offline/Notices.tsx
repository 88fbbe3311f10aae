import { t } from '../i18n';
import { inApp } from '../inapp/here';
import { applyUpdate, offlineStatus } from './status';

/**
 * The calm, small notices about working offline, in one live region so screen readers hear them. Inside an app's
 * browser (Zalo, Facebook…) the app may clear what was stored at any time, so nothing promises offline use there.
 */
export function Notices() {
  const s = offlineStatus.use();
  return (
    <div class="notices no-print" role="status" aria-live="polite">
      {!s.online && <p class="notice offline">{t(s.ready && !inApp ? 'offline.nowOfflineReady' : 'offline.nowOffline')}</p>}
      {s.needsNetwork && <p class="notice warn">{t('offline.needsNetwork')}</p>}
      {s.justReady && !inApp && (
        <p class="notice ok">
          {t('offline.ready')}{' '}
          <button type="button" class="link-button" onClick={() => offlineStatus.set({ justReady: false })}>
            {t('offline.dismiss')}
          </button>
        </p>
      )}
      {s.storing && !s.ready && !inApp && (
        // Its count is not read out at every file (aria-live off); "ready" is, once everything is stored.
        <p class="notice storing" aria-live="off">
          {t('offline.storing', { stored: s.storing.stored, of: s.storing.of })}
          <progress max={s.storing.of} value={s.storing.stored} aria-hidden="true" />
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
