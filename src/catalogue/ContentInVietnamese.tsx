import { inVietnamese, t } from '../i18n';
import type { LocalizedText } from '../schema/common';

/** In a language a commune added, one line saying the procedure facts below are in Vietnamese (where they are). */
export function ContentInVietnamese({ texts }: { texts: readonly LocalizedText[] }) {
  return inVietnamese(texts) ? <p class="notice content-lang">{t('content.inVietnamese')}</p> : null;
}
