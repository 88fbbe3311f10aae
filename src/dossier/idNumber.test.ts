import { describe, expect, it } from 'vitest';
import { describeIdNumber, idNumberWarnings, PROVINCES } from './idNumber';

// A woman born 11/02/1975 whose birth was registered in Thanh Hóa (038): century/sex digit 1, year 75.
const THANH_HOA_WOMAN = '038175012345';

describe('describeIdNumber', () => {
  it('reads province, sex and full birth year', () => {
    expect(describeIdNumber(THANH_HOA_WOMAN)).toEqual({ provinceCode: '038', province: 'Thanh Hóa', sex: 'nu', birthYear: 1975 });
    expect(describeIdNumber('001089004321')).toEqual({ provinceCode: '001', province: 'Hà Nội', sex: 'nam', birthYear: 1989 });
  });

  it('reads the 2000s digits: 2 for a boy, 3 for a girl', () => {
    expect(describeIdNumber('079203001234')).toEqual({ provinceCode: '079', province: 'Hồ Chí Minh', sex: 'nam', birthYear: 2003 });
    expect(describeIdNumber('096318005678')).toEqual({ provinceCode: '096', province: 'Cà Mau', sex: 'nu', birthYear: 2018 });
  });

  it('maps every century/sex digit: even is male, each pair a century from 1900 to 2300', () => {
    const decoded = [...'0123456789'].map((digit) => describeIdNumber(`001${digit}00000001`));
    expect(decoded.map((d) => [d?.sex, d?.birthYear])).toEqual([
      ['nam', 1900],
      ['nu', 1900],
      ['nam', 2000],
      ['nu', 2000],
      ['nam', 2100],
      ['nu', 2100],
      ['nam', 2200],
      ['nu', 2200],
      ['nam', 2300],
      ['nu', 2300],
    ]);
  });

  it('keeps decoding when the province code is unknown', () => {
    expect(describeIdNumber('003190012345')).toEqual({ provinceCode: '003', province: null, sex: 'nu', birthYear: 1990 });
  });

  it('returns null for anything but exactly 12 digits', () => {
    for (const id of ['', '03817501234', '0381750123456', '03817501234a', ' 038175012345', '038 175 012 345']) {
      expect(describeIdNumber(id)).toBeNull();
    }
  });
});

describe('idNumberWarnings', () => {
  it('finds nothing when the number agrees with the person', () => {
    expect(idNumberWarnings(THANH_HOA_WOMAN, { dateOfBirth: '1975-02-11', sex: 'nu' })).toEqual([]);
    expect(idNumberWarnings('079203001234', { dateOfBirth: '2003-09-30', sex: 'nam' })).toEqual([]);
  });

  it("warns 'province' for a code that is not one of the 63 provinces", () => {
    expect(idNumberWarnings('003175012345', { dateOfBirth: '1975-02-11', sex: 'nu' })).toEqual(['province']);
    expect(idNumberWarnings('097175012345', {})).toEqual(['province']);
  });

  it("warns 'birthYear' when the two year digits differ from the date of birth", () => {
    expect(idNumberWarnings(THANH_HOA_WOMAN, { dateOfBirth: '1976-02-11', sex: 'nu' })).toEqual(['birthYear']);
  });

  it("warns 'birthYear' when only the century is wrong (digit 3 means a girl born in the 2000s)", () => {
    expect(idNumberWarnings('038375012345', { dateOfBirth: '1975-02-11', sex: 'nu' })).toEqual(['birthYear']);
    expect(idNumberWarnings('079003001234', { dateOfBirth: '2003-09-30', sex: 'nam' })).toEqual(['birthYear']);
  });

  it("warns 'sex' when the digit's parity disagrees with the person's sex", () => {
    expect(idNumberWarnings(THANH_HOA_WOMAN, { dateOfBirth: '1975-02-11', sex: 'nam' })).toEqual(['sex']);
    expect(idNumberWarnings('079203001234', { sex: 'nu' })).toEqual(['sex']);
  });

  it('can give all three at once, in a stable order', () => {
    expect(idNumberWarnings('003175012345', { dateOfBirth: '1980-01-01', sex: 'nam' })).toEqual(['province', 'birthYear', 'sex']);
  });

  it('ignores a date of birth that is missing, empty or not a real YYYY-MM-DD date', () => {
    for (const dateOfBirth of [undefined, '', '1980-02-30', '11/02/1980', '1980']) {
      expect(idNumberWarnings(THANH_HOA_WOMAN, { dateOfBirth, sex: 'nu' })).toEqual([]);
    }
  });

  it("ignores a sex other than 'nam' or 'nu'", () => {
    for (const sex of [undefined, '', 'Nữ', 'Nam', 'khac']) {
      expect(idNumberWarnings(THANH_HOA_WOMAN, { dateOfBirth: '1975-02-11', sex })).toEqual([]);
    }
  });

  it('returns nothing for a value that is not 12 digits, even when the person disagrees with it', () => {
    for (const id of ['', '0381750123', '03817501234x', '0031750123456']) {
      expect(idNumberWarnings(id, { dateOfBirth: '1990-01-01', sex: 'nam' })).toEqual([]);
    }
  });
});

describe('PROVINCES', () => {
  const codes = Object.keys(PROVINCES);

  it('has the 63 pre-2025 provinces, each a 3-digit code from 001 to 096', () => {
    expect(codes).toHaveLength(63);
    for (const code of codes) expect(code).toMatch(/^0\d\d$/);
    expect(codes.every((code) => Number(code) >= 1 && Number(code) <= 96)).toBe(true);
  });

  it('has unique codes and unique names', () => {
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(Object.values(PROVINCES)).size).toBe(codes.length);
  });

  it('skips the unused codes: the list is not contiguous', () => {
    for (const unused of ['003', '005', '039', '097']) expect(PROVINCES[unused]).toBeUndefined();
  });
});
