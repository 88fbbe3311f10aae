import { useEffect, useState } from 'preact/hooks';
import { StaffSettings } from '../desk/StaffSettings';
import { LANGUAGES, language, languageName, t } from '../i18n';
import { inApp } from '../inapp/here';
import { names } from '../inapp/names';
import { OpenInBrowser } from '../inapp/OpenInBrowser';
import { InstallCard } from '../offline/InstallCard';
import { offlineStatus } from '../offline/status';
import { requestPersistence, type StorageReport, storageReport } from '../offline/storage';
import { formatMegabytes } from './format';
import { TEXT_SIZES, updateSettings, useSettings } from './settings';
import { usePageTitle } from './usePageTitle';

const mb = (bytes: number) => formatMegabytes(bytes, language());

/** /settings: language, text size, and what the app keeps on this device. */
export default function SettingsPage() {
  const settings = useSettings();
  const status = offlineStatus.use();
  const [report, setReport] = useState<StorageReport | null>(null);
  const refresh = () => void storageReport().then(setReport);
  usePageTitle(t('settings.title'));
  useEffect(refresh, [status.ready]);

  return (
    <>
      <h1>{t('settings.title')}</h1>
      <section aria-labelledby="lang-title">
        <h2 id="lang-title">{t('settings.language')}</h2>
        <div class="choice-row">
          {LANGUAGES.map((lang) => (
            <button
              key={lang}
              type="button"
              class="button"
              lang={lang}
              aria-pressed={settings.lang === lang}
              onClick={() => updateSettings({ lang })}
            >
              {languageName(lang)}
            </button>
          ))}
        </div>
      </section>
      <section aria-labelledby="size-title">
        <h2 id="size-title">{t('settings.textSize')}</h2>
        <div class="choice-row">
          {TEXT_SIZES.map((size) => (
            <button
              key={size}
              type="button"
              class="button"
              aria-pressed={settings.textSize === size}
              onClick={() => updateSettings({ textSize: size })}
            >
              {t(`settings.size.${size}`)}
            </button>
          ))}
        </div>
      </section>
      <section aria-labelledby="storage-title">
        <h2 id="storage-title">{t('storage.title')}</h2>
        <dl class="facts">
          <div>
            <dt>{t('storage.offline')}</dt>
            <dd data-testid="offline-ready">
              {inApp ? (
                // Whatever is stored here, the app may clear it: the honest answer, and the way to where it holds.
                <>
                  {t(`inapp.offline.${inApp.offline}`, names(inApp))} <OpenInBrowser />
                </>
              ) : (
                t(
                  status.unsupported
                    ? 'storage.unsupported'
                    : status.ready
                      ? 'storage.offlineYes'
                      : status.storing
                        ? 'offline.storing'
                        : 'storage.offlineNo',
                  status.storing ?? {},
                )
              )}
            </dd>
          </div>
          <div>
            <dt>{t('storage.used')}</dt>
            <dd data-testid="storage-used">
              {report?.usage == null
                ? t('storage.unknown')
                : t('storage.usedOf', { used: mb(report.usage), quota: report.quota == null ? '?' : mb(report.quota) })}
            </dd>
          </div>
          <div>
            <dt>{t('storage.persistent')}</dt>
            <dd data-testid="storage-persistent">
              {report?.persisted == null ? t('storage.unknown') : t(report.persisted ? 'storage.persistentYes' : 'storage.persistentNo')}
            </dd>
          </div>
        </dl>
        {report?.persisted === false && (
          <p>
            <button type="button" class="button" onClick={() => void requestPersistence().then(refresh)}>
              {t('storage.askPersist')}
            </button>
          </p>
        )}
      </section>
      <InstallCard />
      <StaffSettings />
    </>
  );
}
