import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeIdCard, parseIdCard } from './cccd';

const VALID = '001095012345|123456789|Nguyễn Thị Lan|14031995|Nữ|Thôn Đông, Xã Định Hưng, Tỉnh Thanh Hóa|20062021';

describe('parseIdCard', () => {
  it('reads the seven fields of a chip ID card code', () => {
    expect(parseIdCard(VALID)).toEqual({
      ok: true,
      card: {
        idNumber: '001095012345',
        oldIdNumber: '123456789',
        fullName: 'Nguyễn Thị Lan',
        dateOfBirth: '1995-03-14',
        sex: 'nu',
        address: 'Thôn Đông, Xã Định Hưng, Tỉnh Thanh Hóa',
        issueDate: '2021-06-20',
      },
    });
  });
  it('accepts the known variants: no old ID, six fields, DD/MM/YYYY dates, "Nam"', () => {
    const r = parseIdCard('001093054321||Trần Văn Hùng|02/10/1993|Nam|Thôn Tây, Xã Định Hưng');
    expect(r).toMatchObject({ ok: true, card: { oldIdNumber: null, dateOfBirth: '1993-10-02', sex: 'nam', issueDate: null } });
    expect(parseIdCard('001093054321|||02101993|Nam||15/06/2021')).toMatchObject({ ok: false, error: 'fullName' });
    expect(parseIdCard('001093054321||Lò Văn A|02101993|Nam||')).toMatchObject({ ok: true, card: { address: '', issueDate: null } });
  });
  it('refuses what is not an ID card code, saying which field is wrong', () => {
    expect(parseIdCard('hello')).toEqual({ ok: false, error: 'fields' });
    expect(parseIdCard(VALID.replace('001095012345', '00109501234'))).toEqual({ ok: false, error: 'idNumber' });
    expect(parseIdCard(VALID.replace('123456789', '12345'))).toEqual({ ok: false, error: 'oldIdNumber' });
    expect(parseIdCard(VALID.replace('14031995', '31021995'))).toEqual({ ok: false, error: 'dateOfBirth' });
    expect(parseIdCard(VALID.replace('|Nữ|', '|X|'))).toEqual({ ok: false, error: 'sex' });
    expect(parseIdCard(VALID.replace('20062021', '2006202'))).toEqual({ ok: false, error: 'issueDate' });
    expect(parseIdCard(VALID + '|extra|more')).toEqual({ ok: false, error: 'fields' });
  });
  it('refuses markup in the name or the address, and removes control and bidirectional marks', () => {
    expect(parseIdCard(VALID.replace('Thôn Đông', '<script>alert(1)</script>Số 12'))).toEqual({ ok: false, error: 'address' });
    expect(parseIdCard(VALID.replace('Nguyễn Thị Lan', 'Nguyễn <b>Lan</b>'))).toEqual({ ok: false, error: 'fullName' });
    const hidden = parseIdCard(
      VALID.replace('Thôn Đông', 'Thôn\u202E Đông\u0007').replace('Nguyễn Thị Lan', 'Nguyễn\u200B  Thị Lan'.normalize('NFD')),
    );
    expect(hidden).toMatchObject({ ok: true, card: { fullName: 'Nguyễn Thị Lan', address: 'Thôn Đông, Xã Định Hưng, Tỉnh Thanh Hóa' } });
    expect(parseIdCard(VALID + 'x'.repeat(2000))).toEqual({ ok: false, error: 'fields' });
  });
  it('never throws, and whatever it accepts is clean, on seeded random and crafted codes', () => {
    const field = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('', 'Nữ', 'Nam', '14031995', '001095012345', '<b>', '\u202E'),
    );
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 9 }), (parts) => {
        const result = parseIdCard(parts.join('|'));
        if (result.ok)
          for (const value of Object.values(result.card)) if (value) expect(value).not.toMatch(/[<>\u0000-\u001F\u202A-\u202E\u2066-\u2069]/);
      }),
      { seed: 15, numRuns: 3000 },
    );
  });
  it('tells an ID card code apart quickly', () => {
    expect(looksLikeIdCard(VALID)).toBe(true);
    expect(looksLikeIdCard('1.001193')).toBe(false);
  });
});
