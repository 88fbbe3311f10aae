/** Pure, and apart from detect.ts: only the lazily loaded in-app parts need it, not the first screen. */

/**
 * A link that, tapped on Android, opens the same address in Chrome (Chrome's `intent:` syntax); if Chrome is not there,
 * the WebView goes to `S.browser_fallback_url`, the page itself. The address's fragment cannot travel: `#` starts the
 * intent's own part.
 */
export function chromeIntentUrl(href: string): string {
  const url = new URL(href);
  const scheme = url.protocol.slice(0, -1);
  url.hash = '';
  return `intent://${url.host}${url.pathname}${url.search}#Intent;scheme=${scheme};package=com.android.chrome;S.browser_fallback_url=${encodeURIComponent(url.href)};end`;
}
