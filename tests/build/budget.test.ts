import { describe, expect, it } from 'vitest';
import { BUDGET, firstScreenSize } from '../../build/budget';

describe('size budget of the first screen (/ and /p/<code>)', () => {
  const size = firstScreenSize('dist');
  it(`loads at most ${BUDGET.jsGzip / 1024} KB of JavaScript, gzipped`, () => {
    expect(size.js.gzip).toBeLessThanOrEqual(BUDGET.jsGzip);
  });
  it(`loads at most ${BUDGET.cssGzip / 1024} KB of CSS, gzipped`, () => {
    expect(size.css.gzip).toBeLessThanOrEqual(BUDGET.cssGzip);
  });
  it('keeps the print view out of the first screen', () => {
    expect(size.js.files.some((f) => /FormPage/.test(f))).toBe(false);
  });
});
