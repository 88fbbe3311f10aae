import { describe, expect, it } from 'vitest';
import { validateData } from '../src/schema/validate';
import { emitCatalogue, endingSoon } from './proceduresPlugin';
import { readDataFiles } from './readData';

const files = readDataFiles(new URL('..', import.meta.url).pathname);

function withCommune(change: (commune: Record<string, any>) => void) {
  const commune = JSON.parse(files['procedures/commune.json']!);
  change(commune);
  return emitCatalogue(validateData({ ...files, 'procedures/commune.json': JSON.stringify(commune) }));
}

describe('emitCatalogue', () => {
  it('emits one content-hashed file per sheet and per form, and an index that points at them', () => {
    const { index, files: out } = emitCatalogue(validateData(files));
    expect(index.procedures).toHaveLength(24);
    for (const entry of index.procedures) {
      expect(entry.sheetUrl).toMatch(new RegExp(`^/data/p/${entry.code.replace('.', '\\.')}\\.[0-9a-f]{10}\\.json$`));
      expect(out.has(entry.sheetUrl.slice(1))).toBe(true);
    }
    for (const [id, url] of Object.entries(index.formUrls)) expect(out.get(url.slice(1))).toContain(`"id":"${id}"`);
  });

  it("names each procedure's forms in the index, and keeps the portal's record ids out of it", () => {
    const { index, portalUuids } = emitCatalogue(validateData(files));
    const kethon = index.procedures.find((p) => p.code === '1.000894')!;
    expect(kethon.formIds).toEqual(['to-khai-dang-ky-ket-hon']);
    for (const entry of index.procedures) for (const id of entry.formIds) expect(index.formUrls[id], `${entry.code}: ${id}`).toBeDefined();
    expect(JSON.stringify(index)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
    expect(Object.keys(portalUuids).length).toBeGreaterThan(20);
    for (const [uuid, code] of Object.entries(portalUuids)) {
      expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(index.procedures.map((p) => p.code)).toContain(code);
    }
  });

  it("applies the commune's fee override to that procedure's sheet only, with its source", () => {
    const source = { url: 'https://example.gov.vn/nghi-quyet', title: 'Nghị quyết HĐND tỉnh', checkedAt: '2026-11-01' };
    const fees = [{ name: { vi: 'Lệ phí đăng ký khai sinh quá hạn', en: 'Late birth registration' }, amount: 10000 }];
    const { index, files: out } = withCommune((c) => (c.feeOverrides['1.001193'] = { fees, source }));
    const sheet = (code: string) => JSON.parse(out.get(index.procedures.find((p) => p.code === code)!.sheetUrl.slice(1))!);
    expect(sheet('1.001193').procedure.fees).toEqual(fees);
    expect(sheet('1.001193').feeOverrideSource).toEqual(source);
    expect(sheet('1.000894').feeOverrideSource).toBeNull();
  });

  it("changes only the corrected sheet's file name when one procedure changes", () => {
    const before = emitCatalogue(validateData(files)).index;
    const changed = JSON.parse(files['procedures/1.000894.json']!);
    changed.verifiedAt = '2026-12-02';
    const after = emitCatalogue(validateData({ ...files, 'procedures/1.000894.json': JSON.stringify(changed) })).index;
    const moved = after.procedures.filter((p, i) => p.sheetUrl !== before.procedures[i]!.sheetUrl).map((p) => p.code);
    expect(moved).toEqual(['1.000894']);
  });

  it('gives each badge to exactly the codes the commune lists', () => {
    const { index } = withCommune((c) => (c.badges = { ...c.badges, paperless: ['1.004837'], sameDayFriday: [], conditions: {} }));
    expect(index.procedures.filter((p) => p.paperless).map((p) => p.code)).toEqual(['1.004837']);
    expect(index.procedures.some((p) => p.sameDayFriday)).toBe(false);
  });
});

describe('endingSoon', () => {
  it('lists every dated fact that ends within 90 days, naming file and field, and those already ended', () => {
    const data = validateData(files);
    const sheet = JSON.parse(files['procedures/1.001193.json']!);
    const dated = (value: object, until: string) => ({ ...value, valid: { until } });
    sheet.notes = [];
    sheet.present = sheet.present.map((p: object) => ({ name: (p as { name: object }).name }));
    sheet.legalBasis = sheet.legalBasis.map(({ valid: _v, ...d }: { valid?: unknown }) => d);
    sheet.filing = { ...sheet.filing, valid: undefined };
    sheet.components = sheet.components.map(({ notNeeded: _n, ...c }: { notNeeded?: unknown }) => c);
    sheet.fees = [dated(sheet.fees[0], '2027-01-15'), dated(sheet.fees[1], '2027-01-15')];
    sheet.legalBasis[0] = dated(sheet.legalBasis[0], '2027-06-30');
    const lines = endingSoon({ ...data, procedures: [sheet], forms: [] }, '2026-12-01');
    expect(lines).toEqual(['procedures/1.001193.json: ends 2027-01-15 (in 45 days): fees[0], fees[1]']);
    expect(endingSoon({ ...data, procedures: [sheet], forms: [] }, '2027-02-01')).toEqual([
      'procedures/1.001193.json: ran out on 2027-01-15: fees[0], fees[1]',
    ]);
  });
});
