import { hydrate, render } from 'preact';
import { App } from './app/App';
import { linkInlinedStylesheets } from './app/inlinedCss';
import { lawToday, pageStamp } from './app/lawDate';
import { interceptLinks } from './app/router';
import { parseRoute } from './app/routes';
import { takeOver } from './app/ServerHtml';
import { whenScreenShown } from './app/screenShown';
import { settingsAsBuilt, startSettings } from './app/settings';
import { prefetchForms, prefetchSheet } from './catalogue/useSheet';
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
/** Lets the browser paint and answer taps between two pieces of start-up work. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

void startSettings().then(async () => {
  // The HTML may arrive with this very page already in it (build/prerender.ts): the app takes over that DOM as it is,
  // once the sheet's data is here to render the same. Any other case (the shell, English, larger text, a page the
  // host served for another address, a page written before one of its rules started or ran out) starts from an empty root.
  const prerendered =
    root.dataset.page === location.pathname + location.search &&
    root.dataset.stamp === pageStamp(first, lawToday()) &&
    settingsAsBuilt() &&
    (await sheet);
  // Loading the modules was one task; rendering in another keeps each short enough for a cheap phone to stay
  // responsive (a task over 50 ms on a phone 4x slower than this machine blocks input).
  await nextTask();
  if (prerendered) takeOver(() => hydrate(<App />, root));
  else {
    root.textContent = '';
    render(<App />, root);
  }
});

// Storing the app for offline use starts once the first screen is up, so it never delays what the person came for.
void whenScreenShown(root).then(() => import('./offline/register').then((m) => m.startOffline()));
