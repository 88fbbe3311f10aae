import catalogue from 'virtual:catalogue';
import { t } from '../i18n';
import { LanguageChoice } from './LanguageChoice';
import { TEXT_SIZES, updateSettings, useSettings } from './settings';
import { T } from './Text';

function CommuneDetails() {
  const { commune } = catalogue;
  const details = [
    commune.address && { key: 'address', value: <T value={commune.address} /> },
    commune.deskHours && { key: 'hours', value: <T value={commune.deskHours} /> },
    commune.phone && { key: 'phone', value: <a href={`tel:${commune.phone.replace(/[\s.]/g, '')}`}>{commune.phone}</a> },
  ].filter((d) => !!d);
  if (details.length === 0) return null;
  return (
    <dl class="commune-details">
      {details.map((d) => (
        <div key={d.key}>
          <dt>{t(`commune.${d.key}`)}</dt>
          <dd>{d.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Header() {
  const settings = useSettings();
  return (
    <header class="site-header">
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <div class="bar">
        <a class="brand" href="/">
          <span class="brand-mark" aria-hidden="true">
            MC
          </span>
          <span>
            <span class="brand-name">{t('app.name')}</span>
            <span class="commune-name">
              <T value={catalogue.commune.centre} /> · <T value={catalogue.commune.name} />
            </span>
          </span>
        </a>
        <div class="controls">
          {/* biome-ignore lint/a11y/useAnchorContent: named by aria-label; the icon is decoration */}
          <a class="control icon" href="/settings" aria-label={t('settings.title')} title={t('settings.title')}>
            <svg
              viewBox="0 0 24 24"
              width="26"
              height="26"
              aria-hidden="true"
              fill="none"
              stroke="currentColor"
              stroke-width="2.2"
              stroke-linecap="round"
            >
              <path d="M4 6h16M4 12h16M4 18h16" />
              <circle cx="9" cy="6" r="2.3" fill="currentColor" />
              <circle cx="15" cy="12" r="2.3" fill="currentColor" />
              <circle cx="7" cy="18" r="2.3" fill="currentColor" />
            </svg>
          </a>
          <LanguageChoice />
          {/* biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons named by aria-label; a fieldset needs a visible legend */}
          <div class="text-size" role="group" aria-label={t('settings.textSize')}>
            {TEXT_SIZES.map((size) => (
              <button
                key={size}
                type="button"
                class={`control size-${size}`}
                aria-pressed={settings.textSize === size}
                aria-label={t(`settings.size.${size}`)}
                title={t(`settings.size.${size}`)}
                onClick={() => updateSettings({ textSize: size })}
              >
                A
              </button>
            ))}
          </div>
        </div>
      </div>
      <CommuneDetails />
    </header>
  );
}
