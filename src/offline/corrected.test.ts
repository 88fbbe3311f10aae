import { describe, expect, it } from 'vitest';
import { correctedCodes } from './corrected';

describe('which sheets a waiting version corrects', () => {
  const procedures = [
    { code: '1.001193', sheetUrl: '/data/p/1.001193.aaaa.json', formIds: ['to-khai-dang-ky-khai-sinh'] },
    { code: '1.000894', sheetUrl: '/data/p/1.000894.bbbb.json', formIds: ['to-khai-dang-ky-ket-hon'] },
    { code: '2.000815', sheetUrl: '/data/p/2.000815.cccc.json', formIds: [] },
  ];
  const formUrls = { 'to-khai-dang-ky-khai-sinh': '/data/forms/ks.1111.json', 'to-khai-dang-ky-ket-hon': '/data/forms/kh.2222.json' };
  it('names a procedure whose sheet file or one of whose form files the new version no longer holds', () => {
    const held = [
      'https://x.vn/data/p/1.001193.aaaa.json',
      'https://x.vn/data/p/1.000894.bbbb.json',
      'https://x.vn/data/p/2.000815.zzzz.json',
      'https://x.vn/data/forms/ks.9999.json',
      'https://x.vn/data/forms/kh.2222.json',
    ];
    expect(correctedCodes(held, procedures, formUrls)).toEqual(['1.001193', '2.000815']);
  });
  it('names none when the new version holds the same files', () => {
    const held = [
      '/data/p/1.001193.aaaa.json',
      '/data/p/1.000894.bbbb.json',
      '/data/p/2.000815.cccc.json',
      '/data/forms/ks.1111.json',
      '/data/forms/kh.2222.json',
    ];
    expect(correctedCodes(held, procedures, formUrls)).toEqual([]);
  });
});
