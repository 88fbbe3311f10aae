import { describe, expect, it } from 'vitest';
import { qrModules } from '../posters/qr';
import { PROBE, PROBE_MODULES } from './nativeQr';

describe("the code that proves a browser's own QR reader", () => {
  it('is the QR code of its text, as the app draws codes', () => {
    const drawn = qrModules(PROBE, { level: 'M' }).map((row) => row.map((dark) => (dark ? '#' : '.')).join(''));
    expect(PROBE_MODULES).toEqual(drawn);
  });
});
