import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../build/readData';
import { DataError, type DataFiles, validateData } from './validate';

const real = readDataFiles(new URL('../..', import.meta.url).pathname);

function problemsOf(change: (files: DataFiles) => void): string[] {
  const files = { ...real };
  change(files);
  try {
    validateData(files);
    return [];
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
}

const edit = (files: DataFiles, path: string, mutate: (json: Record<string, any>) => void) => {
  const json = JSON.parse(files[path]!);
  mutate(json);
  files[path] = JSON.stringify(json);
};

describe('validateData names the file and the field of every problem', () => {
  it('a wrong type deep inside a procedure', () => {
    expect(problemsOf((f) => edit(f, 'procedures/1.001193.json', (j) => (j.fees[0].amount = 'free')))).toContainEqual(
      expect.stringMatching(/^procedures\/1\.001193\.json: fees\[0\]\.amount: /),
    );
  });
  it('a code that does not match the file name, or is not a national code', () => {
    expect(problemsOf((f) => edit(f, 'procedures/1.001193.json', (j) => (j.code = '1.001194')))).toContain(
      'procedures/1.001193.json: code: "1.001194" must match the file name',
    );
    expect(problemsOf((f) => edit(f, 'procedures/1.001193.json', (j) => (j.code = '2.000366a')))[0]).toMatch(
      /code: must be a national procedure code/,
    );
  });
  it('invalid JSON', () => {
    expect(problemsOf((f) => (f['procedures/1.001193.json'] = '{ "code": '))[0]).toMatch(/^procedures\/1\.001193\.json: not valid JSON/);
  });
  it('a missing verification date or sources', () => {
    const problems = problemsOf((f) =>
      edit(f, 'procedures/1.001193.json', (j) => {
        delete j.verifiedAt;
        j.sources = [];
      }),
    );
    expect(problems.some((p) => p.startsWith('procedures/1.001193.json: verifiedAt'))).toBe(true);
    expect(problems.some((p) => p.startsWith('procedures/1.001193.json: sources'))).toBe(true);
  });
  it('a file verified before its sources were read, or before its channel was checked', () => {
    const problems = problemsOf((f) =>
      edit(f, 'procedures/1.001193.json', (j) => {
        j.verifiedAt = '2026-07-18';
        j.sources[0].checkedAt = '2026-12-01';
        j.filing.checkedAt = '2026-08-01';
      }),
    );
    expect(problems).toContain(
      'procedures/1.001193.json: verifiedAt: 2026-07-18 is before sources[0].checkedAt (2026-12-01); a file cannot be verified before its sources were read',
    );
    expect(problems).toContainEqual(expect.stringMatching(/^procedures\/1\.001193\.json: verifiedAt: 2026-07-18 is before filing\.checkedAt/));
  });
  it('a source read in a later month than the file was verified, for a form too', () => {
    const file = 'procedures/forms/to-khai-dang-ky-khai-sinh.json';
    const problems = problemsOf((f) =>
      edit(f, file, (j) => {
        j.verifiedAt = '2026-11-30';
        j.sources[0].checkedAt = '2026-12';
      }),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^procedures\/forms\/to-khai-dang-ky-khai-sinh\.json: verifiedAt: 2026-11-30 is before sources\[0\]\.checkedAt \(2026-12\)/,
      ),
    );
  });
  it('a date that does not exist, by the same rule as a typed date', () => {
    expect(problemsOf((f) => edit(f, 'procedures/1.001193.json', (j) => (j.verifiedAt = '2026-02-31')))).toContain(
      'procedures/1.001193.json: verifiedAt: must be a real date',
    );
  });
  it('a validity window that ends before it starts, or has no dates', () => {
    expect(problemsOf((f) => edit(f, 'procedures/1.001193.json', (j) => (j.filing.valid = { from: '2027-01-01', until: '2026-12-31' })))).toContain(
      'procedures/1.001193.json: filing.valid: from must not be after until',
    );
    expect(problemsOf((f) => edit(f, 'procedures/1.001193.json', (j) => (j.filing.valid = {})))).toContain(
      'procedures/1.001193.json: filing.valid: needs from, until or both',
    );
  });
  it('a same-day badge without the case it holds for', () => {
    expect(
      problemsOf((f) =>
        edit(f, 'procedures/commune.json', (j) => {
          delete j.badges.conditions['2.000884'];
        }),
      ),
    ).toContainEqual(expect.stringMatching(/^procedures\/commune\.json: badges\.sameDayFriday\[\d+\]: 2\.000884 needs its case/));
  });
  it('a renamed or retired field that is still on the form, or a rename to a field that is not', () => {
    const file = 'procedures/forms/to-khai-dang-ky-khai-sinh.json';
    const first = JSON.parse(real[file]!).sections[0].fields[0].id as string;
    const problems = problemsOf((f) =>
      edit(f, file, (j) => {
        j.renamedFields = { [first]: 'khongCo', oldName: first };
        j.retiredFields = [{ id: first, label: { vi: 'x', en: 'x' } }];
      }),
    );
    expect(problems).toContain(`${file}: renamedFields.${first}: "${first}" is still a field of this form`);
    expect(problems).toContain(`${file}: renamedFields.${first}: no field "khongCo" in this form`);
    expect(problems).toContain(`${file}: retiredFields[0].id: "${first}" is still a field of this form`);
    expect(problems.some((p) => p.includes('renamedFields.oldName'))).toBe(false);
  });
  it('a made-at line that names no field of the form, or a field of the wrong kind', () => {
    const file = 'procedures/forms/to-khai-dang-ky-khai-sinh.json';
    const problems = problemsOf((f) => edit(f, file, (j) => (j.madeAt = { place: 'khongCo', date: 'signedAt' })));
    expect(problems).toContain(`${file}: madeAt.place: no text field "khongCo" in this form`);
    expect(problems).toContain(`${file}: madeAt.date: no date field "signedAt" in this form`);
  });
  it('an unknown property (a typo must not be silently ignored)', () => {
    expect(problemsOf((f) => edit(f, 'procedures/1.001193.json', (j) => (j.fee = [])))[0]).toMatch(/^procedures\/1\.001193\.json: fee: /);
  });
  it('a form that a procedure lists but does not exist', () => {
    expect(problemsOf((f) => edit(f, 'procedures/1.001193.json', (j) => j.forms.push('khong-co')))).toContain(
      'procedures/1.001193.json: forms[1]: no form procedures/forms/khong-co.json',
    );
  });
  it('a form field whose example fails its own rule, or a duplicate id', () => {
    const file = 'procedures/forms/to-khai-dang-ky-khai-sinh.json';
    expect(problemsOf((f) => edit(f, file, (j) => (j.sections[2].fields[6].example = '12345')))).toContainEqual(
      expect.stringMatching(/fields\[6\]\.example: "12345" fails its own rule \(idNumber\)/),
    );
    expect(problemsOf((f) => edit(f, file, (j) => (j.sections[1].fields[1].id = j.sections[1].fields[0].id)))).toContainEqual(
      expect.stringMatching(/sections\[1\]\.fields\[1\]\.id: "childFullName" is used twice/),
    );
  });
  it('a partial flag on a field that is not a date, or on a date an age rule reads', () => {
    const file = 'procedures/forms/to-khai-dang-ky-ket-hon.json';
    const problems = problemsOf((f) =>
      edit(f, file, (j) => {
        j.sections[0].fields[0].partial = true;
        for (const field of j.sections.flatMap((s: any) => s.fields)) if (field.id === j.checks[0].field) field.partial = true;
      }),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^procedures\/forms\/to-khai-dang-ky-ket-hon\.json: sections\[0\]\.fields\[0\]\.partial: only a date can be partial, not a name$/,
      ),
    );
    expect(problems).toContainEqual(expect.stringMatching(/: checks\[0\]\.field: "\w+BirthDate" may be a year alone, which gives no age$/));
    expect(problemsOf((f) => edit(f, file, (j) => (j.sections[0].fields[0].partial = false)))[0]).toMatch(/fields\[0\]\.partial: /);
  });
  it('a showIf that points at no field', () => {
    const file = 'procedures/forms/to-khai-dang-ky-khai-sinh.json';
    expect(problemsOf((f) => edit(f, file, (j) => (j.sections[2].fields[1].showIf.field = 'nope')))).toContainEqual(
      expect.stringMatching(/showIf\.field: no field "nope"/),
    );
  });
  it('a commune badge or fee override for a procedure not in the catalogue', () => {
    const problems = problemsOf((f) =>
      edit(f, 'procedures/commune.json', (j) => {
        j.badges.paperless.push('9.999999');
        j.feeOverrides['9.999998'] = { fees: [], source: { url: 'https://example.org', checkedAt: '2026-01-01' } };
      }),
    );
    expect(problems).toContain('procedures/commune.json: badges.paperless[7]: no procedure 9.999999');
    expect(problems).toContain('procedures/commune.json: feeOverrides.9.999998: no procedure 9.999998');
  });
  it('a badge condition for a procedure that does not carry that badge', () => {
    expect(
      problemsOf((f) => edit(f, 'procedures/commune.json', (j) => (j.badges.conditions['1.004837'] = { paperless: { vi: 'x', en: 'x' } }))),
    ).toContain('procedures/commune.json: badges.conditions.1.004837.paperless: 1.004837 does not carry this badge');
  });
  it('a missing commune file, or a file in the wrong place', () => {
    expect(problemsOf((f) => delete f['procedures/commune.json'])).toContain('procedures/commune.json: file is missing');
    expect(problemsOf((f) => (f['procedures/notes.txt'] = 'x'))[0]).toMatch(/^procedures\/notes\.txt: not a place for data/);
  });
});
