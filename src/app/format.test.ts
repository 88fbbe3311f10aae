import { describe, expect, it } from 'vitest';
import { formatDate, formatMegabytes, formatVnd, locale } from './format';

describe('format', () => {
  it('writes đồng the Vietnamese and the English way', () => {
    expect(formatVnd(8000, 'vi')).toBe('8.000 đ');
    expect(formatVnd(200000, 'en')).toBe('200,000 VND');
    expect(formatVnd(0, 'vi')).toBe('0 đ');
    expect(formatVnd(999, 'vi')).toBe('999 đ');
    expect(formatVnd(1000, 'en')).toBe('1,000 VND');
    expect(formatVnd(1234567, 'vi')).toBe('1.234.567 đ');
    for (const amount of [5, 42, 100, 8000, 50000, 123456, 1000000, 98765432]) {
      expect(formatVnd(amount, 'vi')).toBe(`${amount.toLocaleString('vi-VN')} đ`);
      expect(formatVnd(amount, 'en')).toBe(`${amount.toLocaleString('en-GB')} VND`);
    }
  });
  it('writes megabytes with one decimal in each language', () => {
    expect(formatMegabytes(10737418240 + 943718, 'vi')).toBe('10.240,9');
    expect(formatMegabytes(10737418240 + 943718, 'en')).toBe('10,240.9');
    expect(formatMegabytes(0, 'vi')).toBe('0');
  });
  it('writes dates without shifting the day across time zones', () => {
    expect(formatDate('2026-07-18', 'vi')).toBe('18/07/2026');
    expect(formatDate('2026-07-18', 'en')).toBe('18 Jul 2026');
    expect(formatDate('2026-11', 'vi')).toBe('11/2026');
    expect(formatDate('2026-11', 'en')).toBe('Nov 2026');
    expect(formatDate('1948', 'vi')).toBe('1948');
    expect(formatDate('1948', 'en')).toBe('1948');
  });
  it('leaves a date still being typed (day/month/year) as it was typed', () => {
    for (const draft of ['12/13/1998', '12//1998', '1-2/3/1998', '/03/']) {
      expect(formatDate(draft, 'vi')).toBe(draft);
      expect(formatDate(draft, 'en')).toBe(draft);
    }
  });
  it("writes an added language's way where Intl knows it, and the Vietnamese way where it does not", () => {
    expect(locale('km')).toBe('km');
    expect(formatDate('2026-07-18', 'km')).toBe(
      new Date(Date.UTC(2026, 6, 18)).toLocaleDateString('km', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
    );
    expect(formatVnd(8000, 'km')).toBe((8000).toLocaleString('km', { style: 'currency', currency: 'VND' }));
    // qaa is private use: no device has data for it.
    expect(locale('qaa')).toBe('vi-VN');
    expect(formatDate('2026-07-18', 'qaa')).toBe('18/07/2026');
    expect(formatVnd(8000, 'qaa')).toBe('8.000 đ');
    expect(formatMegabytes(10737418240 + 943718, 'qaa')).toBe('10.240,9');
  });
});
