import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../schema/text';
import { checkDate, DATE_PARTS, type DateParts, isAfter, isRealIsoDate, partsAt, partsOf, storedDate } from './dateParts';
import { checkFieldValue } from './fieldRules';

const parts = (day: string, month: string, year: string): DateParts => ({ day, month, year });

describe('storedDate', () => {
  it('stores a complete date as YYYY-MM-DD, padding day and month', () => {
    expect(storedDate(parts('21', '7', '1998'), false)).toBe('1998-07-21');
    expect(storedDate(parts(' 1 ', '01', '2000'), false)).toBe('2000-01-01');
    expect(storedDate(parts('29', '2', '2024'), false)).toBe('2024-02-29');
  });
  it('keeps anything else as typed, day/month/year, so nothing typed is lost', () => {
    expect(storedDate(parts('12', '13', '1998'), false)).toBe('12/13/1998');
    expect(storedDate(parts('12', '', '1998'), false)).toBe('12//1998');
    expect(storedDate(parts('', '', '1998'), false)).toBe('//1998');
    expect(storedDate(parts('29', '2', '2023'), false)).toBe('29/2/2023');
    expect(storedDate(parts('2', '', ''), false)).toBe('2//');
  });
  it('stores nothing when every box is empty', () => {
    expect(storedDate(parts('', ' ', ''), false)).toBe('');
  });
  it('takes a slash typed in a box as the separator it was meant as', () => {
    expect(storedDate(parts('21/', '7/', '1998'), false)).toBe('1998-07-21');
  });
  it('on a partial field, stores a year alone or a month and year', () => {
    expect(storedDate(parts('', '', '1948'), true)).toBe('1948');
    expect(storedDate(parts('', '3', '1948'), true)).toBe('1948-03');
    expect(storedDate(parts('5', '3', '1948'), true)).toBe('1948-03-05');
    // Never a day without its month.
    expect(storedDate(parts('5', '', '1948'), true)).toBe('5//1948');
  });
});

describe('partsOf', () => {
  it('reads a date, a month, a year and a draft into the boxes', () => {
    expect(partsOf('1975-02-11')).toEqual(parts('11', '02', '1975'));
    expect(partsOf('1948-03')).toEqual(parts('', '03', '1948'));
    expect(partsOf('1948')).toEqual(parts('', '', '1948'));
    expect(partsOf('12//1998')).toEqual(parts('12', '', '1998'));
  });
  it('reads no boxes out of text no version of the app stores', () => {
    expect(partsOf('21.07.1998')).toBeNull();
    expect(partsOf('1998-7-21')).toBeNull();
  });
});

describe('checkDate', () => {
  const error = (day: string, month: string, year: string, partial = false) => checkDate(storedDate(parts(day, month, year), partial), partial);
  it('accepts a real day, and refuses one that does not exist in its month', () => {
    expect(error('21', '7', '1998')).toBeNull();
    expect(error('29', '2', '2024')).toBeNull();
    expect(error('29', '2', '2023')).toBe('dateNoSuchDay');
    expect(error('31', '4', '2020')).toBe('dateNoSuchDay');
    expect(error('29', '2', '1900')).toBe('dateNoSuchDay');
  });
  it('says which part is missing, day first', () => {
    expect(error('', '7', '1998')).toBe('dateNoDay');
    expect(error('', '', '1998')).toBe('dateNoDay');
    expect(error('21', '', '1998')).toBe('dateNoMonth');
    expect(error('21', '7', '')).toBe('dateNoYear');
  });
  it('says which part is out of range', () => {
    expect(error('32', '7', '1998')).toBe('dateDay');
    expect(error('0', '7', '1998')).toBe('dateDay');
    expect(error('ab', '7', '1998')).toBe('dateDay');
    expect(error('21', '13', '1998')).toBe('dateMonth');
    expect(error('21', '00', '1998')).toBe('dateMonth');
    expect(error('21', '7', '98')).toBe('dateYear');
    expect(error('21', '7', '0998')).toBe('dateYear');
    expect(error('21', '7', '19988')).toBe('dateYear');
  });
  it('on a partial field, needs the year, and the month when there is a day', () => {
    expect(error('', '', '1948', true)).toBeNull();
    expect(error('', '3', '1948', true)).toBeNull();
    expect(error('', '3', '', true)).toBe('dateNoYear');
    expect(error('5', '', '1948', true)).toBe('dateNoMonth');
    expect(error('', '13', '1948', true)).toBe('dateMonth');
    expect(checkDate('1948', false)).toBe('dateNoDay');
    expect(checkDate('1948-03', false)).toBe('dateNoDay');
  });
  it('refuses text that is not a stored date, nor a draft the boxes would store', () => {
    expect(checkDate('21.07.1998', false)).toBe('date');
    expect(checkDate('21/7/1998', false)).toBe('date');
    expect(checkDate('1998-07-21T00:00', false)).toBe('date');
  });
  it('is the rule of a date field, partial or not', () => {
    expect(checkFieldValue({ type: 'date', required: true }, '12/13/1998')).toBe('dateMonth');
    expect(checkFieldValue({ type: 'date', required: false, partial: true }, '1948')).toBeNull();
    expect(checkFieldValue({ type: 'date', required: false }, '1948')).toBe('dateNoDay');
    expect(checkFieldValue({ type: 'date', required: true }, '')).toBe('required');
  });
});

describe('partsAt', () => {
  it('marks the box an error is about, or all three', () => {
    expect(partsAt('dateNoSuchDay')).toEqual(['day']);
    expect(partsAt('dateMonth')).toEqual(['month']);
    expect(partsAt('dateNoYear')).toEqual(['year']);
    expect(partsAt('future')).toEqual(['day', 'month', 'year']);
  });
});

describe('isAfter', () => {
  it('counts a year or a month as after today only when all of it is', () => {
    const today = '2026-11-23';
    expect(isAfter('2026-11-24', today)).toBe(true);
    expect(isAfter('2026-11-23', today)).toBe(false);
    expect(isAfter('2026', today)).toBe(false);
    expect(isAfter('2026-11', today)).toBe(false);
    expect(isAfter('2026-12', today)).toBe(true);
    expect(isAfter('2027', today)).toBe(true);
  });
});

describe('isRealIsoDate', () => {
  it('is the same rule as a date typed in the boxes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(isRealIsoDate(iso)).toBe(checkDate(iso, false) === null);
        const date = new Date(Date.UTC(y, m - 1, d));
        if (y >= 1000) expect(isRealIsoDate(iso)).toBe(date.getUTCMonth() === m - 1 && date.getUTCDate() === d);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('typing, storing and reading back', () => {
  const box = fc.oneof(fc.stringMatching(/^\d{0,5}$/), fc.string({ maxLength: 6 }));
  const clean = (text: string) => cleanText(text.replace(/\//g, ''));

  it('loses nothing: a draft reads back as typed, a date as the same date, and storing it again changes nothing', () => {
    fc.assert(
      fc.property(fc.record({ day: box, month: box, year: box }), fc.boolean(), (typed, partial) => {
        const value = storedDate(typed, partial);
        const want = { day: clean(typed.day), month: clean(typed.month), year: clean(typed.year) };
        if (!want.day && !want.month && !want.year) {
          expect(value).toBe('');
          return;
        }
        const back = partsOf(value)!;
        expect(storedDate(back, partial)).toBe(value);
        if (value.includes('/')) {
          expect(back).toEqual(want);
          expect(checkDate(value, partial)).not.toBeNull();
        } else {
          expect(checkDate(value, partial)).toBeNull();
          for (const part of DATE_PARTS) expect(Number(back[part] || 0)).toBe(Number(want[part] || 0));
        }
      }),
      { numRuns: 5000 },
    );
  });
});
