import { describe, expect, it } from 'vitest';
import type { Dossier } from '../schema/dossier';
import type { FormTemplate } from '../schema/form';
import { followRenames, retiredAnswers } from './formChanges';

const field = (id: string) => ({ id, label: { vi: id }, type: 'text' as const, required: false, help: { vi: '' }, example: '' });
const form = (extra: Partial<FormTemplate>): FormTemplate => ({
  id: 'to-khai',
  title: { vi: 'Tờ khai' },
  formNumber: null,
  legalSource: { vi: 'x' },
  addressee: null,
  sections: [{ id: 'a', title: { vi: 'A' }, fields: [field('fullName'), field('residence')] }],
  declaration: null,
  signatures: [{ vi: 'Người khai' }],
  sources: [{ url: 'https://example.org', checkedAt: '2026-12-01' }],
  verifiedAt: '2026-12-01',
  ...extra,
});
const dossier = (answers: Record<string, string>): Dossier => ({
  id: 'abcdefgh12',
  code: '1.001193',
  forms: ['to-khai'],
  answers: { 'to-khai': answers },
  documents: [],
  status: 'draft',
  applicant: null,
  submission: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});

describe('a dossier saved before its form was corrected', () => {
  const corrected = form({ renamedFields: { address: 'residence' }, retiredFields: [{ id: 'oldIdCopy', label: { vi: 'Số bản sao CMND' } }] });
  it('moves the answer of a renamed field to its new id', () => {
    const moved = followRenames(dossier({ fullName: 'Lê An', address: 'Thôn Đông' }), [corrected]);
    expect(moved.answers['to-khai']).toEqual({ fullName: 'Lê An', residence: 'Thôn Đông' });
    expect(retiredAnswers(moved, [corrected])).toEqual([]);
  });
  it('keeps an answer given under the new id, and the old one as retired rather than overwriting', () => {
    const both = followRenames(dossier({ address: 'cũ', residence: 'mới' }), [corrected]);
    expect(both.answers['to-khai']).toEqual({ address: 'cũ', residence: 'mới' });
    expect(retiredAnswers(both, [corrected]).map((r) => [r.fieldId, r.value])).toEqual([['address', 'cũ']]);
  });
  it('keeps the answer of a field taken off the form, with its old label, and one of an unknown field without', () => {
    const saved = dossier({ fullName: 'Lê An', oldIdCopy: '2', mystery: 'x' });
    expect(followRenames(saved, [corrected])).toBe(saved);
    expect(retiredAnswers(saved, [corrected])).toEqual([
      { formId: 'to-khai', fieldId: 'oldIdCopy', label: { vi: 'Số bản sao CMND' }, value: '2' },
      { formId: 'to-khai', fieldId: 'mystery', label: null, value: 'x' },
    ]);
  });
  it('keeps the answers of a form the dossier no longer has', () => {
    expect(retiredAnswers(dossier({ fullName: 'Lê An' }), []).map((r) => r.fieldId)).toEqual(['fullName']);
  });
});
