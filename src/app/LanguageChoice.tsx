import { LANGUAGES, languageName, t } from '../i18n';
import { updateSettings, useSettings } from './settings';

/**
 * The header's language control. With Vietnamese and English alone, one tap switches to the other. With a language
 * a commune added, a native select: one hand and a screen reader know it, it grows with the text size, and it
 * lists every language in its own name and its own `lang`, however many there are.
 */
export function LanguageChoice() {
  const { lang } = useSettings();
  if (LANGUAGES.length === 2) {
    const other = lang === 'vi' ? 'en' : 'vi';
    return (
      <button type="button" class="control" lang={other} onClick={() => updateSettings({ lang: other })}>
        {t('settings.switchLanguage')}
      </button>
    );
  }
  return (
    <label class="control language-menu">
      <span>{t('settings.language')}</span>
      <select value={lang} onChange={(e) => updateSettings({ lang: e.currentTarget.value })}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageName(l)}
          </option>
        ))}
      </select>
    </label>
  );
}
