import { App } from './app/App';
import { linkInlinedStylesheets } from './app/inlinedCss';
import { interceptLinks } from './app/router';
import { parseRoute } from './app/routes';
import { whenScreenShown } from './app/screenShown';
import { startSettings } from './app/settings';
import { startApp } from './app/takeOver';
import { prefetchForms, prefetchSheet } from './data/dataFiles';
import { watchIdle } from './desk/idle';
import './offline/install';
import './app/styles.css';

// A sheet opened from a QR code is the commonest first visit: fetch its data now, not after the first paint. A new
// dossier needs the same file and its forms, and would otherwise ask for them only once its screen's code has loaded.
const first = parseRoute(location.pathname, location.search);
const sheetCode = first.name === 'procedure' || first.name === 'dossierNew' ? first.code : null;
const sheet = sheetCode
  ? prefetchSheet(sheetCode).then(
      () => true,
      () => false,
    )
  : Promise.resolve(true);
if (first.name === 'dossierNew' && first.code) prefetchForms(first.code);
interceptLinks();
watchIdle();
linkInlinedStylesheets();

const root = document.getElementById('app')!;
void startSettings().then(() => startApp(root, <App />, first, sheet));

// Storing the app for offline use starts once the first screen is up, so it never delays what the person came for.
void whenScreenShown().then(() => import('./offline/register').then((m) => m.startOffline()));
