import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's findings on the page as it is now, one line each, so a failure names the rule and the element. */
export async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    // AAA contrast too (7:1 for body text): the app is read outdoors in bright sun on cheap screens.
    return (await axe.run(document, { resultTypes: ['violations'], rules: { 'color-contrast-enhanced': { enabled: true } } })).violations;
  });
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`));
}

/**
 * Opens each address, waits for what shows its screen is there, and finds no violation on it; `also` checks more of
 * each screen, named by its path.
 */
export async function expectScreensClean(
  page: Page,
  origin: string,
  screens: readonly (readonly [path: string, ready: string])[],
  also: (path: string) => Promise<void> = async () => {},
): Promise<void> {
  for (const [path, ready] of screens) {
    await page.goto(origin + path);
    await page.waitForSelector(ready);
    expect(await violations(page), path).toEqual([]);
    await also(path);
  }
}
