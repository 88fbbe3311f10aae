/**
 * The pages carry their first stylesheets inline (build/firstScreen.ts). vite's loader for lazy screens fetches a
 * stylesheet unless a <link> to it is in the page, so each inline copy gets a disabled one: made by a script, which no
 * browser fetches, where one in the HTML was fetched by Chromium 153 and older WebViews.
 */
export function linkInlinedStylesheets(): void {
  for (const style of document.querySelectorAll<HTMLStyleElement>('style[data-href]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.disabled = true;
    link.href = style.dataset.href!;
    document.head.append(link);
  }
}
