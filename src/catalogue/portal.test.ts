import { describe, expect, it } from 'vitest';
import { portalPageUrl, portalSearchUrl } from './portal';

describe('portal links', () => {
  it('builds the current uuid route', () => {
    expect(portalPageUrl('019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7')).toBe(
      'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7',
    );
  });
  it('builds the search fallback: lower-case, punctuation stripped, spaces as %20', () => {
    const url = new URL(portalSearchUrl('Đăng ký  khai sinh!'));
    expect(url.origin + url.pathname).toBe('https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh');
    expect(url.searchParams.get('keyword')).toBe('đăng ký khai sinh');
    expect(portalSearchUrl('a b')).toContain('keyword=a%20b');
  });
});
