import { useLazyPage } from '../app/lazyPage';
import { loadPack } from '../i18n';
import { inApp } from './here';

const load = () => Promise.all([import('./InAppLine'), loadPack('inapp')]).then(([m]) => m);

function Loaded() {
  const Line = useLazyPage(load);
  return typeof Line === 'function' ? <Line /> : null;
}

/**
 * On the first screen, so it stays this small: nothing at all in a real browser; inside an app, the line, loaded
 * with its words once the page is up. It shows nothing while loading and nothing if it cannot load: the sheet matters more.
 */
export const InAppNotice = () => (inApp ? <Loaded /> : null);
