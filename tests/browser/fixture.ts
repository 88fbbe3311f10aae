import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, serveDist } from './chromium';

/** One Chromium and one server of dist/ for a test file, started before its tests and stopped after them. */
export function browserAndServer(): { browser: Browser; server: Awaited<ReturnType<typeof serveDist>> } {
  const shared = {} as ReturnType<typeof browserAndServer>;
  beforeAll(async () => {
    [shared.browser, shared.server] = await Promise.all([launch(), serveDist()]);
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
