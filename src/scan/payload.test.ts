import { describe, expect, it } from 'vitest';
import { classifyPayload, isReadable, type Known, MAX_PAYLOAD, nationalCode, ownTarget } from './payload';

const known: Known = {
  codes: new Set(['1.001193', '1.004873', '2.000815']),
  uuids: new Map([['019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7', '1.001193']]),
};
const classify = (raw: string) => classifyPayload(raw, known);

describe('classifyPayload', () => {
  it("opens this app's own links, from this or another deployment", () => {
    expect(classify('https://motcua.example.vn/p/1.001193')).toEqual({ kind: 'procedure', code: '1.001193' });
    expect(classify('http://localhost:4173/p/2.000815')).toEqual({ kind: 'procedure', code: '2.000815' });
    expect(classify('https://other-commune.vn/p/1.004873.H42')).toEqual({ kind: 'procedure', code: '1.004873' });
  });
  it('maps the national portal uuid route through the data', () => {
    expect(classify('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7')).toEqual({
      kind: 'procedure',
      code: '1.001193',
    });
    expect(classify('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019D2BFD-3FE0-70AC-B9D6-5E9E20D6EEF7')).toEqual({
      kind: 'procedure',
      code: '1.001193',
    });
    const unknown = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-0000-70ac-b9d6-5e9e20d6eef7';
    expect(classify(unknown)).toEqual({ kind: 'notInCatalogue', code: null, portalUrl: unknown });
  });
  it('reads the older portal routes and ministry pages that carry the national code', () => {
    const old = 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.004873';
    expect(classify(old)).toEqual({ kind: 'procedure', code: '1.004873' });
    expect(classify('https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-nganh-doc.html?ma_thu_tuc=2.000815')).toEqual({
      kind: 'procedure',
      code: '2.000815',
    });
    expect(classify('https://dichvucongbnv.moha.gov.vn/thu-tuc?MaTTHC=1.001193')).toEqual({ kind: 'procedure', code: '1.001193' });
    expect(classify('https://dichvucong.moh.gov.vn/x?maThuTuc=1.001193.000.00.00.H01')).toEqual({ kind: 'procedure', code: '1.001193' });
    const elsewhere = 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.010915';
    expect(classify(elsewhere)).toEqual({ kind: 'notInCatalogue', code: '1.010915', portalUrl: elsewhere });
  });
  it('never mistakes the province-specific numeric ma_thu_tuc for a national code', () => {
    const url = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=187805';
    expect(classify(url)).toEqual({ kind: 'notInCatalogue', code: null, portalUrl: url });
    expect(classify('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1001193').kind).toBe('notInCatalogue');
  });
  it('reads bare codes, with or without a provincial suffix', () => {
    expect(classify(' 1.001193 ')).toEqual({ kind: 'procedure', code: '1.001193' });
    expect(classify('1.004873.000.00.00.H15')).toEqual({ kind: 'procedure', code: '1.004873' });
    expect(classify('2.000815.H38')).toEqual({ kind: 'procedure', code: '2.000815' });
    expect(classify('9.999999')).toEqual({ kind: 'notInCatalogue', code: '9.999999', portalUrl: null });
    expect(nationalCode('1.0011930')).toBeNull();
  });
  it('recognises a chip ID card code, and a damaged one', () => {
    const card = classify('001095012345||Nguyễn Thị Lan|14031995|Nữ|Thôn Đông|20062021');
    expect(card).toMatchObject({ kind: 'idCard', card: { idNumber: '001095012345', fullName: 'Nguyễn Thị Lan' } });
    expect(classify('001095012345|x')).toEqual({ kind: 'badIdCard', error: 'fields' });
  });
  it('shows other links, scripts, data URLs and text as text, never as something to open', () => {
    expect(classify('https://example.com/p/x')).toEqual({ kind: 'link', url: 'https://example.com/p/x', host: 'example.com' });
    expect(classify('javascript:alert(1)')).toEqual({ kind: 'text', text: 'javascript:alert(1)', cut: false });
    expect(classify('data:text/html,<script>alert(1)</script>').kind).toBe('text');
    expect(classify('<img src=x onerror=alert(1)>').kind).toBe('text');
    expect(classify('Xin chào')).toEqual({ kind: 'text', text: 'Xin chào', cut: false });
    const long = classify('1.001193' + 'x'.repeat(MAX_PAYLOAD));
    expect(long).toMatchObject({ kind: 'text', cut: true });
  });
  it('does not open a look-alike of the portal', () => {
    expect(classify('https://dichvucong.gov.vn.evil.example/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7').kind).toBe('link');
  });
});

describe('classifyPayload under thousands of random and malformed inputs', () => {
  const seeds = [
    'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7',
    'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.004873',
    'https://x.vn/p/1.001193',
    '001095012345|123456789|Nguyễn Thị Lan|14031995|Nữ|Thôn Đông|20062021',
    '1.001193.000.00.00.H01',
    'javascript:location="https://evil"',
  ];
  const alphabet = 'abcxyz0123456789.|/:?=&%#@-_ \t\n\u0000\u202eđĐứ<>"\'\\𝕏';
  let state = 42;
  const random = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const mutate = (s: string) => {
    const chars = [...s];
    for (let i = random(6); i >= 0; i--) {
      const at = random(chars.length + 1);
      const op = random(3);
      if (op === 0) chars.splice(at, 1);
      else if (op === 1) chars.splice(at, 0, alphabet[random(alphabet.length)]!);
      else chars[at] = alphabet[random(alphabet.length)]!;
    }
    return chars.join('');
  };

  it('never throws, and goes by itself only to sheets of the catalogue', () => {
    const inputs: string[] = [];
    for (let i = 0; i < 3000; i++) inputs.push(mutate(seeds[random(seeds.length)]!));
    for (let i = 0; i < 2000; i++) inputs.push(Array.from({ length: random(80) }, () => alphabet[random(alphabet.length)]).join(''));
    for (const input of inputs) {
      const payload = classifyPayload(input, known);
      const target = ownTarget(payload);
      if (target !== null) {
        expect(target).toMatch(/^\/p\/\d\.\d{6}$/);
        expect(known.codes.has(target.slice(3))).toBe(true);
      }
      if (payload.kind === 'notInCatalogue' && payload.portalUrl) expect(new URL(payload.portalUrl).hostname).toMatch(/(^|\.)gov\.vn$/);
    }
  });
});

describe('what counts as a read', () => {
  it('is text with something visible in it', () => {
    expect(isReadable('1.001193')).toBe(true);
    expect(isReadable('あ')).toBe(true);
    expect(isReadable('  x ')).toBe(true);
  });
  it('is not the empty text jsQR gives for bytes that are not UTF-8, nor the control characters and spaces ZXing gives for them', () => {
    expect(isReadable('')).toBe(false);
    expect(isReadable('\x82\xa0')).toBe(false);
    expect(isReadable(' \n\t\u200b\u202e')).toBe(false);
  });
});
