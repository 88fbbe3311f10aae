import { describe, expect, it } from 'vitest';
import { buildIndex, fold, search } from './search';

const index = buildIndex([
  { code: '1.001193', texts: ['Đăng ký khai sinh', 'Birth registration', 'làm giấy khai sinh', 'giấy khai sinh', 'Hộ tịch'] },
  { code: '1.000894', texts: ['Đăng ký kết hôn', 'Marriage registration', 'làm giấy đăng ký kết hôn', 'Hộ tịch'] },
  { code: '1.004873', texts: ['Cấp Giấy xác nhận tình trạng hôn nhân', 'Marital-status certificate', 'giấy xác nhận độc thân', 'Hộ tịch'] },
  { code: '1.004884', texts: ['Đăng ký lại khai sinh', 'Birth re-registration', 'mất giấy khai sinh', 'Hộ tịch'] },
  {
    code: '2.000635',
    texts: ['Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh', 'Copy of a civil-status extract', 'xin bản sao giấy khai sinh'],
  },
  { code: '2.000815', texts: ['Chứng thực bản sao từ bản chính', 'Certified copy', 'công chứng giấy tờ', 'Chứng thực'] },
]);

describe('fold', () => {
  it('removes Vietnamese accents, đ and case', () => {
    expect(fold('Đăng KÝ Kết Hôn')).toBe('dang ky ket hon');
    expect(fold('  Xác   nhận, độc-thân! ')).toBe('xac nhan doc than');
  });
  it('keeps the dot inside a procedure code but not around words', () => {
    expect(fold('mã 1.001193.')).toBe('ma 1.001193');
  });
  it('folds decomposed input the same as precomposed', () => {
    expect(fold('ke\u0302\u0301t ho\u0302n')).toBe(fold('kết hôn'));
  });
});

describe('search', () => {
  it('finds a procedure typed without accents', () => {
    expect(search(index, 'ket hon')[0]).toBe('1.000894');
  });
  it('ignores filler words and matches everyday phrases', () => {
    expect(search(index, 'làm giấy khai sinh')[0]).toBe('1.001193');
    expect(search(index, 'xin xác nhận độc thân')).toEqual(['1.004873']);
    expect(search(index, 'xin xac nhan doc than')).toEqual(['1.004873']);
  });
  it('ranks a procedure whose everyday phrase is exactly the query above names that merely share its words', () => {
    expect(search(index, 'làm giấy khai sinh').slice(0, 2)).toEqual(['1.001193', '2.000635']);
    expect(search(index, 'lam giay khai sinh')[0]).toBe('1.001193');
  });
  it('matches word prefixes as the user types', () => {
    expect(search(index, 'chung th')).toEqual(['2.000815']);
  });
  it('requires every meaningful word to match', () => {
    expect(search(index, 'khai sinh ket hon')).toEqual([]);
  });
  it('ranks the exact name above a longer name sharing its words', () => {
    expect(search(index, 'dang ky khai sinh').slice(0, 2)).toEqual(['1.001193', '1.004884']);
  });
  it('finds by full or partial national code', () => {
    expect(search(index, '1.001193')).toEqual(['1.001193']);
    expect(search(index, '004873')).toEqual(['1.004873']);
  });
  it('finds English names', () => {
    expect(search(index, 'certified copy')).toEqual(['2.000815']);
  });
  it('returns nothing for an empty, blank or unmatched query', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'xyz quantum')).toEqual([]);
  });
  it('does not throw on hostile input', () => {
    for (const q of ['.', '...', '\u0300', '((', '\\', '💥'.repeat(100), 'a'.repeat(10_000)]) {
      expect(() => search(index, q)).not.toThrow();
    }
  });
});
