/**
 * Taking over a prerendered page (scripts/prerender.mjs): the app adopts the DOM that came with the HTML instead of
 * building it again, when that DOM is what it would render now. Only main.tsx starts it; the sheet and the
 * catalogue wrap their read-only parts in `ServerHtml`.
 */
import { hydrate, render, type VNode } from 'preact';
import { lawToday, pageStamp } from './lawDate';
import type { Route } from './routes';
import { duringTakeOver } from './ServerHtml';
import { settingsAsBuilt } from './settings';

/** Lets the browser paint and answer taps between two pieces of start-up work. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Renders `app` into `root`, taking over what is there when it was prerendered for this address, on a day its
 * dated rules still read the same, in the settings it was written in, and once `dataReady` (the sheet's data is
 * here to render the same). Any other case (the shell, English, larger text, a page a host served for another
 * address) starts from an empty root.
 */
export async function startApp(root: HTMLElement, app: VNode, first: Route, dataReady: Promise<boolean>): Promise<void> {
  const prerendered =
    root.dataset.page === location.pathname + location.search &&
    root.dataset.stamp === pageStamp(first, lawToday()) &&
    settingsAsBuilt() &&
    (await dataReady);
  // Loading the modules was one task; rendering in another keeps each short enough for a cheap phone to stay
  // responsive.
  await nextTask();
  if (!prerendered) {
    root.textContent = '';
    render(app, root);
    return;
  }
  duringTakeOver(() => hydrate(app, root));
}
