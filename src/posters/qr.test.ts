import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrModules, qrPath } from './qr';

/** Rasterises the modules as a scanner would see them, and decodes them back. */
function decode(modules: boolean[][], scale = 4, quiet = 4): string | null {
  const size = (modules.length + quiet * 2) * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [y, row] of modules.entries()) {
    for (const [x, dark] of row.entries()) {
      if (!dark) continue;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + quiet) * scale + dy) * size + (x + quiet) * scale + dx) * 4;
          pixels.fill(0, i, i + 3);
        }
    }
  }
  return jsQR(pixels, size, size)?.data ?? null;
}

describe('qr', () => {
  it('encodes a sheet link that decodes back exactly', () => {
    const url = 'https://motcua.dinhhung.gov.vn/p/1.001193';
    expect(decode(qrModules(url))).toBe(url);
  });
  it('survives damage: a block of modules wiped out still decodes (error correction H)', () => {
    const url = 'https://motcua.dinhhung.gov.vn/p/2.000815';
    const modules = qrModules(url);
    const n = modules.length;
    // A scratch across the lower right, away from the finder patterns.
    for (let y = Math.floor(n * 0.55); y < Math.floor(n * 0.75); y++)
      for (let x = Math.floor(n * 0.5); x < Math.floor(n * 0.8); x++) modules[y]![x] = false;
    expect(decode(modules)).toBe(url);
  });
  it('encodes Vietnamese text as UTF-8', () => {
    const text = '001095012345||Nguyễn Thị Lan|14031995|Nữ|Thôn Đông|20062021';
    expect(decode(qrModules(text))).toBe(text);
  });
  it('draws one square per dark module', () => {
    const modules = qrModules('1.001193');
    const dark = modules.flat().filter(Boolean).length;
    expect(qrPath(modules).match(/M/g)).toHaveLength(dark);
  });
});
