import { pick, t } from '../i18n';
import type { LocalizedText } from '../schema/common';

/**
 * A procedure fact in the reader's language; Vietnamese-only text is marked as such when English is chosen (in a
 * language a commune added, the screen says it once: ContentInVietnamese).
 */
export function T({ value }: { value: LocalizedText }) {
  const { text, lang, fallback } = pick(value);
  return (
    <>
      <span lang={lang}>{text}</span>
      {fallback && <span class="vi-only"> ({t('content.viOnly')})</span>}
    </>
  );
}

/** "chưa xác minh" beside a fact the sources could not confirm, with the reason when there is one. */
export function Unverified({ value }: { value: true | LocalizedText | undefined }) {
  if (!value) return null;
  return (
    <span class="unverified">
      <strong>{t('content.unverified')}</strong>
      {value !== true && (
        <>
          {': '}
          <T value={value} />
        </>
      )}
    </span>
  );
}
