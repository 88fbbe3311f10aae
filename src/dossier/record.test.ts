import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../build/readData';
import { FILE_VERSION, makeExport, makeExportFile, readExport, readExportFile } from '../exchange/exportFile';
import { planImport } from '../exchange/importPlan';
import { decodeTransfer, encodeTransfer } from '../handoff/transfer';
import { parseIdCard } from '../scan/cccd';
import { checkDossier, type Dossier } from '../schema/dossier';
import { validateData } from '../schema/validate';
import { fillFromCard } from './idCardFill';
import { newDossier, newDossierId, touched, withAnswers, withDocument } from './record';

const { procedures, forms } = validateData(readDataFiles(new URL('../..', import.meta.url).pathname));
const marriage = procedures.find((p) => p.code === '1.000894')!;
const context = { procedure: marriage, forms: marriage.forms.map((id) => forms.find((f) => f.id === id)!), paperless: true };
const NOW = new Date('2026-11-23T08:00:00Z');
const LATER = new Date('2026-11-23T09:00:00Z');

function sample(id = 'abcdefgh12345678'): Dossier {
  const d = withAnswers(newDossier(id, marriage, NOW), 'to-khai-dang-ky-ket-hon', { wifeFullName: 'Lê Thị Hồng', husbandFullName: 'Trần Văn An' });
  return touched(d, context, NOW);
}

describe('dossier records', () => {
  it('newDossierId makes 16 base-36 characters that pass the schema', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newDossierId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{16}$/);
  });
  it('a new dossier and every edit pass the one schema', () => {
    const d = sample();
    expect(checkDossier(d)).toEqual({ ok: true, dossier: d });
    expect(d.applicant).toBe('Lê Thị Hồng');
    expect(d.status).toBe('draft');
  });
  it('an emptied answer is removed, and documents toggle', () => {
    const d = withAnswers(sample(), 'to-khai-dang-ky-ket-hon', { wifeFullName: '' });
    expect(d.answers['to-khai-dang-ky-ket-hon']).toEqual({ husbandFullName: 'Trần Văn An' });
    const withDoc = withDocument(d, 'Giấy A', true);
    expect(withDoc.documents).toEqual(['Giấy A']);
    expect(withDocument(withDoc, 'Giấy A', false).documents).toEqual([]);
  });
  it('checkDossier names the field of a bad record', () => {
    expect(checkDossier({ ...sample(), id: 'X' })).toMatchObject({ ok: false, problem: expect.stringMatching(/^id: /) });
    expect(checkDossier({ ...sample(), answers: { 'to-khai-dang-ky-ket-hon': { wifeFullName: 5 } } })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^answers\.to-khai-dang-ky-ket-hon\.wifeFullName: /),
    });
    expect(checkDossier({ ...sample(), extra: 1 }).ok).toBe(false);
    expect(checkDossier(null).ok).toBe(false);
  });
});

describe('the dossier file', () => {
  it('round-trips exactly', async () => {
    const dossiers = [sample(), sample('zzzzzzzz00000000')];
    expect(await readExportFile(await makeExportFile(dossiers, NOW))).toEqual({ ok: true, dossiers });
  });
  it('refuses a file edited by hand, a foreign file, a newer version and what is not JSON, saying why', async () => {
    const text = await makeExportFile([sample()], NOW);
    expect(await readExportFile(text.replace('Lê Thị Hồng', 'Lê Thị Hương'))).toEqual({ ok: false, problem: 'tampered' });
    expect(await readExportFile('{"hello":1}')).toEqual({ ok: false, problem: 'foreign' });
    expect(await readExportFile(text.replace(`"version": ${FILE_VERSION}`, `"version": ${FILE_VERSION + 1}`))).toEqual({
      ok: false,
      problem: 'newer',
    });
    expect(await readExportFile('PK\u0003\u0004…')).toEqual({ ok: false, problem: 'notJson' });
  });
  it('refuses a well-signed file whose dossier breaks the schema, naming the field', async () => {
    const bad = { ...sample(), status: 'approved' } as unknown as Dossier;
    expect(await readExportFile(await makeExportFile([bad], NOW))).toMatchObject({
      ok: false,
      problem: 'invalid',
      detail: expect.stringMatching(/^dossiers\[0\]\.status: /),
    });
  });
});

describe('an outreach round handed over by QR codes', () => {
  it('fits the codes a tablet reads, and comes back whole, with its name, whatever the order the codes are read in', async () => {
    const form = forms.find((f) => f.id === 'to-khai-dang-ky-ket-hon')!;
    const fields = form.sections.flatMap((s) => s.fields);
    // Every household's answers differ, as real ones do (compression would make twenty copies of one almost free).
    let seed = 7;
    const noise = () => {
      seed = (seed * 48271) % 2147483647;
      return seed.toString(36);
    };
    const round = Array.from({ length: 20 }, (_, i) => {
      const answers = Object.fromEntries(
        fields.map((f) => [f.id, ['text', 'textarea', 'name'].includes(f.type) ? `${f.example} ${noise()}` : f.example]),
      );
      return touched(withAnswers(newDossier(`round${String(i).padStart(11, '0')}`, marriage, NOW), form.id, answers), context, NOW);
    });
    const parts = await encodeTransfer(await makeExport(round, NOW, 'Thôn Đông 23/11'));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.length).toBeLessThanOrEqual(99);
    const decoded = await decodeTransfer([...parts].reverse());
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(await readExport(decoded.value)).toEqual({ ok: true, dossiers: round, round: 'Thôn Đông 23/11' });
  });
});

describe('planImport', () => {
  it('adds new dossiers, updates older copies, and never imports the same one twice', () => {
    const mine = sample('aaaaaaaa00000001');
    const newer = touched(withAnswers(mine, 'to-khai-dang-ky-ket-hon', { wifePhone: '0912345678' }), context, LATER);
    const other = sample('bbbbbbbb00000002');
    const plan = planImport([mine], [newer, other, other]);
    expect(plan.added).toEqual([other]);
    expect(plan.updated).toEqual([newer]);
    expect(plan.skipped).toEqual([]);
    expect(planImport([newer, other], [mine, other])).toEqual({ added: [], updated: [], skipped: [mine, other] });
  });
});

describe('fillFromCard', () => {
  it('fills the person block fields that name a card value, and only with options the field offers', () => {
    const card = parseIdCard('038175012345||Trần Thị Hoa|11021975|Nữ|Thôn Đông, xã Định Hưng, tỉnh Thanh Hóa|20062021');
    if (!card.ok) throw new Error(card.error);
    const form = forms.find((f) => f.id === 'ban-khai-tro-cap-khi-nguoi-co-cong-tu-tran')!;
    const section = form.sections.find((s) => s.id === 'lumpSum')!;
    expect(fillFromCard(section, card.card)).toEqual({
      lumpFullName: 'Trần Thị Hoa',
      lumpBirthDate: '1975-02-11',
      lumpSex: 'nu',
      lumpIdNumber: '038175012345',
      lumpIdIssueDate: '2021-06-20',
      lumpResidence: 'Thôn Đông, xã Định Hưng, tỉnh Thanh Hóa',
    });
    const noIssue = parseIdCard('038175012345||Trần Thị Hoa|11021975|Nữ|Thôn Đông');
    if (!noIssue.ok) throw new Error(noIssue.error);
    expect(fillFromCard(section, noIssue.card)).not.toHaveProperty('lumpIdIssueDate');
  });
});

describe('the README', () => {
  it('names the dossier file format version the code writes', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`format \`mot-cua-dossiers\`, version ${FILE_VERSION},`);
  });
});
