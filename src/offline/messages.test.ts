import { describe, expect, it } from 'vitest';
import { isDone, isStoreForWorker, readsQrOf, STORE_FOR_WORKER } from './messages';

describe("an installing worker's request to store its files", () => {
  const good = {
    type: STORE_FOR_WORKER,
    cache: 'workbox-precache-v2',
    files: [['/shell.html', '/shell.html?__WB_REVISION__=1']],
    decoders: { cache: 'motcua-decoders', files: [['/assets/jsQR-a.js', '/assets/jsQR-a.js']] },
  };

  it('is taken when it names this origin’s paths only', () => {
    expect(isStoreForWorker(good)).toBe(true);
    expect(isStoreForWorker({ ...good, files: [] })).toBe(true);
  });

  it('is refused when a file is on another origin, or the message is not one', () => {
    expect(isStoreForWorker({ ...good, files: [['https://example.com/x.js', '/x.js']] })).toBe(false);
    expect(isStoreForWorker({ ...good, files: [['//example.com/x.js', '/x.js']] })).toBe(false);
    expect(isStoreForWorker({ ...good, files: [['/x.js']] })).toBe(false);
    expect(isStoreForWorker({ ...good, cache: 1 })).toBe(false);
    expect(isStoreForWorker({ ...good, decoders: { cache: 'motcua-decoders', files: [['https://example.com/x.js', '/x.js']] } })).toBe(false);
    expect(isStoreForWorker({ ...good, decoders: undefined })).toBe(false);
    expect(isStoreForWorker({ type: 'OTHER' })).toBe(false);
    expect(isStoreForWorker(null)).toBe(false);
  });
});

describe("the page's last word to the worker it stored for", () => {
  it('says whether the browser reads QR codes only when it is that word', () => {
    expect(readsQrOf({ done: true, readsQr: true })).toBe(true);
    expect(readsQrOf({ done: true, readsQr: false })).toBe(false);
    // A page of an older version says nothing of QR codes; progress is not the last word.
    expect(readsQrOf({ done: true })).toBeUndefined();
    expect(readsQrOf({ stored: 3, of: 9 })).toBeUndefined();
    expect(readsQrOf({ done: true, readsQr: 'yes' })).toBeUndefined();
    expect(readsQrOf(null)).toBeUndefined();
    expect([{ done: true }, { done: true, readsQr: false }].every(isDone)).toBe(true);
    expect([{ stored: 3, of: 9 }, { done: 'yes' }, null].some(isDone)).toBe(false);
  });
});
