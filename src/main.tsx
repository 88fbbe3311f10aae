import { render } from 'preact';
import { App } from './app/App';
import { parseRoute } from './app/routes';
import { interceptLinks } from './app/router';
import { prefetchSheet } from './catalogue/useSheet';
import './app/styles.css';

// A sheet opened from a QR code is the commonest first visit: fetch its data now, not after the first paint.
const first = parseRoute(location.pathname);
if (first.name === 'procedure') prefetchSheet(first.code);
interceptLinks();
render(<App />, document.getElementById('app')!);
