import { describe, expect, it } from 'vitest';
import { decodersWanted, isDecoderFile, splitDecoders } from './decoders';

describe("the scanner's bundled decoders", () => {
  it('are the html5-qrcode and jsQR chunks, and nothing else', () => {
    expect(isDecoderFile('assets/html5Scanner-DRBGO_X2.js')).toBe(true);
    expect(isDecoderFile('/assets/jsQR-D28phs_i.js')).toBe(true);
    expect(isDecoderFile('assets/nativeScanner-Cr-52IMt.js')).toBe(false);
    expect(isDecoderFile('assets/useCamera-D3p7ygkr.js')).toBe(false);
    expect(isDecoderFile('data/p/jsQR-1.json')).toBe(false);
    expect(isDecoderFile('assets/jsQR-D28phs_i.js.map')).toBe(false);
  });

  it('are split from the rest of the precache list, in its order', () => {
    const list = [{ url: 'shell.html' }, { url: 'assets/jsQR-a.js' }, { url: 'assets/index-b.js' }, { url: 'assets/html5Scanner-c.js' }];
    expect(splitDecoders(list)).toEqual({
      decoders: [{ url: 'assets/jsQR-a.js' }, { url: 'assets/html5Scanner-c.js' }],
      rest: [{ url: 'shell.html' }, { url: 'assets/index-b.js' }],
    });
  });

  it('are stored as the page said on a first install, and as the version before did on an update', () => {
    const none = { cacheExists: false, stored: 0 };
    expect(decodersWanted(true, none)).toBe(false);
    expect(decodersWanted(false, { cacheExists: true, stored: 0 })).toBe(true);
    // No word from a page: the version before stored them, or predates their cache, or stored none.
    expect(decodersWanted(undefined, { cacheExists: true, stored: 2 })).toBe(true);
    expect(decodersWanted(undefined, none)).toBe(true);
    expect(decodersWanted(undefined, { cacheExists: true, stored: 0 })).toBe(false);
  });
});
