/** History-API navigation for the single-page app: same-origin links change the view without a page load. */
import { useEffect, useState } from 'preact/hooks';
import { offlineStatus } from '../offline/status';
import { parseRoute, type Route } from './routes';

const current = () => parseRoute(location.pathname, location.search);

export function navigate(url: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

/**
 * The one document-level click handler. Ordinary <a href> links inside the app navigate in place; modified clicks go
 * to the browser. A link to another site (the national portal) cannot open offline: the app says so instead of
 * showing the browser's error page. Only web addresses need the network: an intent: link hands the page to the
 * phone's browser (src/inapp).
 */
export function interceptLinks(): void {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented) return;
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link) return;
    if (link.origin !== location.origin) {
      if (!navigator.onLine && /^https?:$/.test(link.protocol)) {
        event.preventDefault();
        offlineStatus.set({ needsNetwork: true });
      }
      return;
    }
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (link.target || link.hasAttribute('download')) return;
    const samePage = link.pathname + link.search === location.pathname + location.search;
    // A link into this very page (the skip link) is the browser's to follow: it scrolls there and moves focus.
    if (samePage && link.hash) return;
    event.preventDefault();
    if (!samePage) navigate(link.pathname + link.search + link.hash);
  });
}

/** `at` is the route to show before the browser's address is known (the build's prerender). */
export function useRoute(at?: Route): Route {
  const [route, setRoute] = useState(() => at ?? current());
  useEffect(() => {
    const update = () => {
      const next = current();
      setRoute((shown) => (JSON.stringify(shown) === JSON.stringify(next) ? shown : next));
    };
    addEventListener('popstate', update);
    // A link tapped while a prerendered page was being taken over moved the address before this listener existed.
    update();
    return () => removeEventListener('popstate', update);
  }, []);
  return route;
}
