import { useEffect } from 'preact/hooks';

const SETTLE_MS = 500;

/** How many "loading" placeholders are on screen (Status.tsx's Loading), and whether the app has rendered at all. */
let loading = 0;
let rendered = false;
let wake = () => {};

/** Marks its component as a placeholder: the screen is not yet what the person came for while one is shown. */
export function useHoldsScreen(): void {
  useEffect(() => {
    loading++;
    return () => {
      loading--;
      wake();
    };
  }, []);
}

/** Called by the app after each render of its frame: its placeholders' effects have run by then. */
export function screenRendered(): void {
  rendered = true;
  wake();
}

const settled = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, SETTLE_MS)));

/**
 * Resolves once the page has loaded and its screen shows what it is for rather than "loading", half a second after
 * the frame that drew it, so that background work (storing the app for offline use) does not share a slow link or a
 * slow CPU with the screen the person is waiting for, nor delay their first taps. A placeholder can give way to
 * another (a new dossier's screen hands over to the dossier's), so the screen must still be free of them once
 * settled. `limitMs` caps the wait, for a screen that never gets there or a page that is hidden (it does not paint).
 */
export async function whenScreenShown(limitMs = 10_000): Promise<void> {
  const limit = new Promise<void>((resolve) => setTimeout(resolve, limitMs));
  const shown = async () => {
    if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
    for (;;) {
      if (!rendered || loading > 0) await new Promise<void>((resolve) => (wake = resolve));
      else if ((await settled(), rendered && loading === 0)) return;
    }
  };
  await Promise.race([shown(), limit]);
  wake = () => {};
}
