import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from './text';

const BAD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

describe('cleanText', () => {
  it('keeps every Vietnamese letter, in NFC', () => {
    const name = 'Nguyễn Thị Ánh Tuyết, Đặng Văn Ưng, Hồ Ngọc Hà';
    expect(cleanText(name)).toBe(name);
    // The same name typed with combining marks (NFD) comes out as the precomposed letters.
    expect(cleanText(name.normalize('NFD'))).toBe(name);
  });

  it('removes control characters and the marks that reorder or hide text, and folds whitespace', () => {
    expect(cleanText('  Số 12\u202Egnal\u202C  Thôn\tĐông\u0007 ')).toBe('Số 12gnal Thôn Đông');
    expect(cleanText('Trần\u200B Thị\uFEFF\u2066Hoa\u2069')).toBe('Trần ThịHoa');
    expect(cleanText('a\u0000b\u009Fc')).toBe('abc');
  });

  it('keeps lines apart in a multi-line answer, at most one empty line between', () => {
    expect(cleanText(' Dòng một \r\n\r\n\r\n  Dòng   hai\u2028ba ', true)).toBe('Dòng một\n\nDòng hai\nba');
  });

  it('never leaves a control or invisible mark, never starts or ends with a space, and is stable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.boolean(), (raw, multiline) => {
        const clean = cleanText(raw, multiline);
        expect(BAD.test(clean)).toBe(false);
        expect(clean).toBe(clean.trim());
        expect(clean.normalize('NFC')).toBe(clean);
        expect(cleanText(clean, multiline)).toBe(clean);
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  });
});
