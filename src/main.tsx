import { render } from 'preact';
import { App } from './app/App';
import { parseRoute } from './app/routes';
import { interceptLinks } from './app/router';
import { startSettings } from './app/settings';
import { prefetchSheet } from './catalogue/useSheet';
import { watchIdle } from './desk/idle';
import './offline/install';
import './app/styles.css';

// A sheet opened from a QR code is the commonest first visit: fetch its data now, not after the first paint.
const first = parseRoute(location.pathname);
if (first.name === 'procedure') prefetchSheet(first.code);
interceptLinks();
watchIdle();
void startSettings().then(() => render(<App />, document.getElementById('app')!));

// Storing the app for offline use starts once the first screen is up, so it never delays what the person came for.
const startOffline = () => void import('./offline/register').then((m) => m.startOffline());
if (document.readyState === 'complete') startOffline();
else addEventListener('load', startOffline, { once: true });
