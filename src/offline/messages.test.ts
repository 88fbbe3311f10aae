import { describe, expect, it } from 'vitest';
import { isStoreForWorker, STORE_FOR_WORKER } from './messages';

describe("an installing worker's request to store its files", () => {
  const good = { type: STORE_FOR_WORKER, cache: 'workbox-precache-v2', files: [['/shell.html', '/shell.html?__WB_REVISION__=1']] };

  it('is taken when it names this origin’s paths only', () => {
    expect(isStoreForWorker(good)).toBe(true);
    expect(isStoreForWorker({ ...good, files: [] })).toBe(true);
  });

  it('is refused when a file is on another origin, or the message is not one', () => {
    expect(isStoreForWorker({ ...good, files: [['https://example.com/x.js', '/x.js']] })).toBe(false);
    expect(isStoreForWorker({ ...good, files: [['//example.com/x.js', '/x.js']] })).toBe(false);
    expect(isStoreForWorker({ ...good, files: [['/x.js']] })).toBe(false);
    expect(isStoreForWorker({ ...good, cache: 1 })).toBe(false);
    expect(isStoreForWorker({ type: 'OTHER' })).toBe(false);
    expect(isStoreForWorker(null)).toBe(false);
  });
});
