import { describe, expect, it } from 'vitest';
import { anyRunOut, boundaries, datedFacts, daysBetween, endingWithin, firstDayAfter, validityOn, validityStamp, vietnamDate } from './validity';

describe("Vietnam's date on the device's clock", () => {
  it('turns at midnight in UTC+7, not at UTC midnight', () => {
    expect(vietnamDate(new Date('2027-02-28T16:59:59Z'))).toBe('2027-02-28');
    expect(vietnamDate(new Date('2027-02-28T17:00:00Z'))).toBe('2027-03-01');
  });
  it('is the same whatever zone the device is set to: the instant decides, not the local wall clock', () => {
    // 23:30 on 28/02 in Hà Nội is 16:30 UTC and 11:30 in New York: all the same instant.
    expect(vietnamDate(new Date('2027-02-28T23:30:00+07:00'))).toBe('2027-02-28');
    expect(vietnamDate(new Date('2027-02-28T11:30:00-05:00'))).toBe('2027-02-28');
    expect(vietnamDate(new Date('2027-02-28T12:30:00-05:00'))).toBe('2027-03-01');
  });
});

describe('whether a rule holds on a day', () => {
  const nq667 = { until: '2027-02-28' };
  it('holds through its last day and has run out from the next', () => {
    expect(validityOn(nq667, '2026-12-01')).toBe('inForce');
    expect(validityOn(nq667, '2027-02-28')).toBe('inForce');
    expect(validityOn(nq667, '2027-03-01')).toBe('expired');
  });
  it('does not hold before its first day', () => {
    const standard = { from: '2027-01-01' };
    expect(validityOn(standard, '2026-12-31')).toBe('notYet');
    expect(validityOn(standard, '2027-01-01')).toBe('inForce');
  });
  it('holds always when it carries no dates', () => {
    expect(validityOn(undefined, '2099-01-01')).toBe('inForce');
  });
  it('names the first day it no longer holds, across month and year ends', () => {
    expect(firstDayAfter('2027-02-28')).toBe('2027-03-01');
    expect(firstDayAfter('2028-02-28')).toBe('2028-02-29');
    expect(firstDayAfter('2026-12-31')).toBe('2027-01-01');
  });
});

describe('the rules about to end', () => {
  const sheet = {
    fees: [{ amount: 8000, valid: { until: '2026-12-31' } }, { amount: 0 }],
    legalBasis: [{ number: '120/2025/NĐ-CP', valid: { until: '2027-02-28' } }],
    filing: { valid: { from: '2025-10-01' } },
  };
  const facts = datedFacts(sheet);
  it('finds every dated fact with the field it sits in', () => {
    expect(facts.map((f) => f.path)).toEqual(['fees[0].valid', 'legalBasis[0].valid', 'filing.valid']);
  });
  it('lists those ending within the window, soonest first, and those already ended', () => {
    expect(endingWithin(facts, '2026-12-01', 90).map((f) => [f.path, f.inDays])).toEqual([
      ['fees[0].valid', 30],
      ['legalBasis[0].valid', 89],
    ]);
    expect(endingWithin(facts, '2026-12-01', 60).map((f) => f.path)).toEqual(['fees[0].valid']);
    expect(endingWithin(facts, '2027-01-05', 10).map((f) => [f.path, f.inDays])).toEqual([['fees[0].valid', -5]]);
  });
  it('says whether a rule among these last days has run out, from the day after its last', () => {
    expect(anyRunOut(['2026-12-31', '2027-02-28'], '2026-12-31')).toBe(false);
    expect(anyRunOut(['2026-12-31', '2027-02-28'], '2027-01-01')).toBe(true);
    expect(anyRunOut([], '2099-01-01')).toBe(false);
  });
  it('counts whole days', () => {
    expect(daysBetween('2026-12-01', '2027-02-28')).toBe(89);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
  it('stamps a page with the boundaries its day has passed, so a later day renders it again', () => {
    const b = boundaries(facts);
    expect(b).toEqual({ starts: ['2025-10-01'], ends: ['2026-12-31', '2027-02-28'] });
    expect(validityStamp(b, '2026-12-01')).toBe('1.0');
    expect(validityStamp(b, '2026-12-31')).toBe('1.0');
    expect(validityStamp(b, '2027-01-01')).toBe('1.1');
    expect(validityStamp(b, '2027-03-01')).toBe('1.2');
  });
});
