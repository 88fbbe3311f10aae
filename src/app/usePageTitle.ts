import { useEffect } from 'preact/hooks';
import { t } from '../i18n';

export const pageTitle = (title: string) => `${title} · ${t('app.name')}`;

/** Names the browser tab (and what a screen reader announces on arrival) after the screen: "<title> · Một Cửa". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
