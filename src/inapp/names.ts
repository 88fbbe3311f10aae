import { t } from '../i18n';
import type { InApp } from './detect';

/** The words every in-app message is made of: the app the page is in, and the phone's own browser. */
export const names = (here: InApp) => ({ app: t(`inapp.app.${here.app}`), browser: t(`inapp.browser.${here.platform}`) });
