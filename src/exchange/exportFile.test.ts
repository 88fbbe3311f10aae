import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../schema/dossier';
import { jsonShapeFits, MAX_FILE_BYTES, makeExport, makeExportFile, readExport, readExportFile } from './exportFile';

const NOW = new Date('2026-12-01T08:00:00Z');
const dossier = (id = 'abcdefgh12345678'): Dossier => ({
  id,
  code: '1.000894',
  forms: ['to-khai-dang-ky-ket-hon'],
  answers: { 'to-khai-dang-ky-ket-hon': { wifeFullName: 'Lê Thị Hồng', husbandFullName: 'Trần Văn An' } },
  documents: [],
  status: 'draft',
  applicant: 'Lê Thị Hồng',
  submission: null,
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
});
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
/** A file as versions 1 and 2 of the app wrote it: the digest over the dossiers only. */
const oldFile = (version: number, dossiers: Dossier[], round?: string) =>
  JSON.stringify({
    format: 'mot-cua-dossiers',
    version,
    exportedAt: NOW.toISOString(),
    digest: sha(JSON.stringify(dossiers)),
    dossiers,
    ...(round ? { round } : {}),
  });
const edit = async (change: (file: Record<string, unknown>) => void, round?: string) => {
  const file = JSON.parse(await makeExportFile([dossier()], NOW, round)) as Record<string, unknown>;
  change(file);
  return readExportFile(JSON.stringify(file));
};
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('the integrity digest', () => {
  it('covers the round, the version, the time and every dossier field: any edit is refused as tampered', async () => {
    expect(await edit(() => undefined, 'Thôn Đông 23/11')).toMatchObject({ ok: true, round: 'Thôn Đông 23/11' });
    expect(await edit((f) => (f.round = 'Thôn Tây'), 'Thôn Đông 23/11')).toEqual({ ok: false, problem: 'tampered' });
    expect(await edit((f) => delete f.round, 'Thôn Đông 23/11')).toEqual({ ok: false, problem: 'tampered' });
    expect(await edit((f) => (f.round = 'Thôn Tây'))).toEqual({ ok: false, problem: 'tampered' });
    expect(await edit((f) => (f.version = 2))).toEqual({ ok: false, problem: 'tampered' });
    expect(await edit((f) => (f.exportedAt = '2027-01-01T00:00:00.000Z'))).toEqual({ ok: false, problem: 'tampered' });
    for (const [key, value] of [
      ['visit', 'visit0000001'],
      ['round', 'Thôn Tây'],
      ['assistedBy', 'Cán bộ A'],
      ['status', 'ready'],
    ] as const) {
      expect(await edit((f) => Object.assign((f.dossiers as Record<string, unknown>[])[0]!, { [key]: value })), key).toEqual({
        ok: false,
        problem: 'tampered',
      });
    }
  });

  it('still reads the files of versions 1 and 2, round included', async () => {
    expect(await readExportFile(oldFile(1, [dossier()]))).toEqual({ ok: true, dossiers: [dossier()] });
    expect(await readExportFile(oldFile(2, [dossier()], 'Thôn Đông 23/11'))).toEqual({ ok: true, dossiers: [dossier()], round: 'Thôn Đông 23/11' });
  });

  it('refuses every single-character change to a file, or reads exactly what was written', async () => {
    const text = await makeExportFile([dossier(), dossier('zzzzzzzz00000000')], NOW, 'Thôn Đông');
    const written = await readExportFile(text);
    await fc.assert(
      fc.asyncProperty(fc.nat(text.length - 1), fc.string({ minLength: 1, maxLength: 1 }), async (at, c) => {
        const result = await readExportFile(text.slice(0, at) + c + text.slice(at + 1));
        // A change in the whitespace between values leaves the same file.
        if (result.ok) expect(result).toEqual(written);
      }),
      { seed: 3, numRuns: 400 },
    );
  });
});

describe('hostile input, refused with a reason and never thrown', () => {
  it('deep nesting, in a file and in a hand-off (already parsed)', async () => {
    const deepFile = (await makeExportFile([dossier()], NOW)).replace('"documents": []', `"documents": [${nested(5000)}]`);
    expect(await readExportFile(deepFile)).toEqual({ ok: false, problem: 'shape' });
    const value = JSON.parse(JSON.stringify(await makeExport([dossier()], NOW))) as { dossiers: Record<string, unknown>[] };
    value.dossiers[0]!.documents = JSON.parse(nested(100_000));
    expect(await readExport(value)).toMatchObject({ ok: false, problem: 'invalid', detail: expect.stringMatching(/^dossiers\[0\]\.documents/) });
    value.dossiers.push(JSON.parse(nested(100_000)));
    expect(await readExport(value)).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('huge arrays and huge strings up to the size limit', async () => {
    expect(await readExportFile(`{"dossiers":[${'{},'.repeat(500_000)}{}]}`)).toEqual({ ok: false, problem: 'shape' });
    const many = JSON.parse(await makeExportFile([dossier()], NOW)) as { dossiers: unknown[] };
    many.dossiers = Array.from({ length: 100_000 }, () => 0);
    expect(await readExportFile(JSON.stringify(many))).toEqual({ ok: false, problem: 'shape' });
    many.dossiers = Array.from({ length: 5000 }, () => 0);
    expect(await readExportFile(JSON.stringify(many))).toMatchObject({
      ok: false,
      problem: 'invalid',
      detail: expect.stringMatching(/^dossiers\[0\]/),
    });
    const long = JSON.parse(await makeExportFile([dossier()], NOW)) as { dossiers: Dossier[] };
    long.dossiers[0]!.answers['to-khai-dang-ky-ket-hon']!.wifeFullName = 'x'.repeat(MAX_FILE_BYTES - 2000);
    expect(await readExportFile(JSON.stringify(long))).toMatchObject({
      ok: false,
      problem: 'invalid',
      detail: expect.stringContaining('wifeFullName'),
    });
    expect(await readExportFile(' '.repeat(MAX_FILE_BYTES + 1))).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('wrong types, unknown keys and __proto__ / constructor keys, without touching any prototype', async () => {
    expect(await edit((f) => (f.version = '3'))).toEqual({ ok: false, problem: 'foreign' });
    expect(await edit((f) => (f.dossiers = {}))).toEqual({ ok: false, problem: 'foreign' });
    expect(await edit((f) => (f.extra = 1))).toEqual({ ok: false, problem: 'foreign' });
    const text = await makeExportFile([dossier()], NOW);
    expect(await readExportFile(text.replace('"format"', '"__proto__": {"polluted": true}, "format"'))).toEqual({ ok: false, problem: 'foreign' });
    // Inside a dossier the schema leaves such keys out (valibot never copies them); the digest then says it was edited.
    expect(await readExportFile(text.replace('"wifeFullName"', '"__proto__": {"polluted": true}, "wifeFullName"'))).toMatchObject({ ok: false });
    expect(await readExportFile(text.replace('"id"', '"constructor": {"prototype": {"polluted": true}}, "id"'))).toMatchObject({ ok: false });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('any JSON at all, as a file or as a value: an answer, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        const asValue = await readExport(value);
        const asFile = await readExportFile(JSON.stringify(value) ?? '');
        expect(asValue.ok).toBe(false);
        expect(asFile.ok).toBe(false);
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('imported answers', () => {
  it('get the rule typed answers get: no control or bidirectional marks, NFC, whitespace folded', async () => {
    const crafted = dossier();
    crafted.answers['to-khai-dang-ky-ket-hon']!.wifeFullName = 'Lê\u202E Thị\u0007  Hồng'.normalize('NFD');
    const read = await readExportFile(await makeExportFile([crafted], NOW, ' Thôn\u200B Đông '));
    expect(read).toMatchObject({
      ok: true,
      round: 'Thôn Đông',
      dossiers: [{ answers: { 'to-khai-dang-ky-ket-hon': { wifeFullName: 'Lê Thị Hồng' } } }],
    });
  });
});

describe('jsonShapeFits', () => {
  it('counts nesting and values outside strings only', () => {
    expect(jsonShapeFits(nested(12))).toBe(true);
    expect(jsonShapeFits(nested(13))).toBe(false);
    expect(jsonShapeFits(`"${'['.repeat(100)}"`)).toBe(true);
    expect(jsonShapeFits(`["\\"${'['.repeat(100)}"]`)).toBe(true);
    expect(jsonShapeFits('[1,2,3]', 12, 3)).toBe(true);
    expect(jsonShapeFits('[1,2,3,4]', 12, 3)).toBe(false);
    // Items are counted in each object or array on its own.
    expect(jsonShapeFits('[[1,2,3],[1,2,3],[1,2,3]]', 12, 100, 3)).toBe(true);
    expect(jsonShapeFits('[[1,2,3],[1,2,3,4]]', 12, 100, 3)).toBe(false);
    expect(jsonShapeFits(`{${Array.from({ length: 20_000 }, (_, i) => `"a${i}":0`).join(',')}}`)).toBe(false);
  });
});
