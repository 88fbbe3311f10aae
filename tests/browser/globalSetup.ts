import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium';

/**
 * Fails the browser tests at once, in one line, when there is no build or no Chromium to run them in; unpacks the
 * bundled Chromium here, once, before any test file asks for it.
 */
export default async function setup(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('No production build in dist/: run "npm run build" (npm test does it for you).');
  await chromiumPath();
}
