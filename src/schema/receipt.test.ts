import { describe, expect, it } from 'vitest';
import { checkReceipt } from './dossier';

const receipt = {
  id: 'abcdefgh12345678',
  code: '1.000894',
  day: '2026-11-27',
  receivedAt: '2026-11-27T02:00:00.000Z',
  number: 1,
  checks: [],
  status: 'received',
};

describe('checkReceipt', () => {
  it('passes a receipt as the desk stores it', () => {
    expect(checkReceipt(receipt)).toEqual({ ok: true, receipt });
  });
  it('refuses a damaged one, naming the first field at fault', () => {
    expect(checkReceipt({ ...receipt, number: 'two' })).toEqual({ ok: false, problem: expect.stringMatching(/^number: /) });
    expect(checkReceipt({ ...receipt, day: '2026-02-31' })).toEqual({ ok: false, problem: expect.stringMatching(/^day: /) });
    expect(checkReceipt(null)).toMatchObject({ ok: false });
  });
});
