const SETTLE_MS = 500;

/**
 * Resolves once the page has loaded and its screen has painted what it is for rather than "loading" (the Loading
 * component marks itself with data-loading). Background work started then, such as storing the app for offline use,
 * does not share a slow link or a slow CPU with the screen the person is waiting for. `limitMs` caps the wait, for a
 * screen that never gets there or a page that is hidden (it does not paint).
 */
export async function whenScreenShown(root: Element, limitMs = 10_000): Promise<void> {
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  const shown = () => root.querySelector('#main') !== null && root.querySelector('[data-loading]') === null;
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drawn = new Promise<void>((resolve) => {
    if (shown()) return resolve();
    observer = new MutationObserver(() => shown() && resolve());
    observer.observe(root, { childList: true, subtree: true });
  });
  // Half a second after the frame that drew it: the frame is then on screen (a callback right after it can run before
  // it is), and the person's first taps do not wait behind the work that follows.
  const painted = drawn.then(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, SETTLE_MS))));
  await Promise.race([painted, new Promise<void>((resolve) => (timer = setTimeout(resolve, limitMs)))]);
  observer?.disconnect();
  clearTimeout(timer);
}
