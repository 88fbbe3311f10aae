import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../build/readData';
import type { FormTemplate } from '../schema/form';
import { validateData } from '../schema/validate';
import {
  type Answers,
  ageOn,
  applicantOf,
  checkField,
  checkFields,
  FIELDS_PER_STEP,
  localDate,
  neededDocuments,
  planSteps,
  readiness,
  ruledBy,
  statusOf,
} from './answers';

const { procedures, forms } = validateData(readDataFiles(new URL('../..', import.meta.url).pathname));
const form = (id: string) => forms.find((f) => f.id === id)!;
const examples = (f: FormTemplate): Answers => Object.fromEntries(f.sections.flatMap((s) => s.fields.map((x) => [x.id, x.example])));
const TODAY = '2026-11-23';
const marriage = form('to-khai-dang-ky-ket-hon');
const wife = marriage.sections.find((s) => s.id === 'wife')!;
const field = (f: FormTemplate, id: string) => f.sections.flatMap((s) => s.fields).find((x) => x.id === id)!;
const support = form('to-khai-de-nghi-tro-giup-xa-hoi');
const subject = support.sections.find((s) => s.id === 'subject')!;

describe('checkField', () => {
  it('refuses what is wrong, with the rule it breaks', () => {
    const answers = { ...examples(marriage), wifeBirthDate: '2027-01-01' };
    expect(checkField(support, subject, field(support, 'subjectIdNumber'), { subjectIdNumber: '12345' }, TODAY).error).toBe('idNumber');
    expect(checkField(marriage, wife, field(marriage, 'wifeBirthDate'), answers, TODAY).error).toBe('future');
    expect(checkField(marriage, wife, field(marriage, 'wifeBirthDate'), { wifeBirthDate: '2001-02-29' }, TODAY).error).toBe('dateNoSuchDay');
    expect(checkField(marriage, wife, field(marriage, 'wifeBirthDate'), { wifeBirthDate: '21/13/1998' }, TODAY).error).toBe('dateMonth');
    expect(checkField(marriage, wife, field(marriage, 'wifeFullName'), {}, TODAY).error).toBe('required');
    expect(checkField(marriage, wife, field(marriage, 'wifeFullName'), { wifeFullName: 'Lê 3' }, TODAY).error).toBe('name');
  });

  it('warns, never refuses, when the ID number disagrees with the date of birth or sex of the same person', () => {
    // 038 Thanh Hóa, 3 = a woman born in the 2000s, 16 = 2016: the example is a girl born 2016-04-09.
    const answers = examples(support);
    const idField = field(support, 'subjectIdNumber');
    expect(checkField(support, subject, idField, answers, TODAY)).toEqual({ error: null, warnings: [] });
    const { error, warnings } = checkField(support, subject, idField, { ...answers, subjectBirthDate: '2015-04-09', subjectSex: 'nam' }, TODAY);
    expect(error).toBeNull();
    expect(warnings).toEqual([
      { kind: 'idNumber', which: 'birthYear' },
      { kind: 'idNumber', which: 'sex' },
    ]);
  });

  it('warns under the minimum marriage age the law sets, citing it', () => {
    const answers = { ...examples(marriage), husbandBirthDate: '2007-01-01' };
    const husband = marriage.sections.find((s) => s.id === 'husband')!;
    const [warning] = checkField(marriage, husband, field(marriage, 'husbandBirthDate'), answers, TODAY).warnings;
    expect(warning).toMatchObject({ kind: 'minAge', years: 20 });
    expect(warning?.kind === 'minAge' && warning.law.vi).toMatch(/52\/2014\/QH13, Điều 8/);
    expect(checkField(marriage, husband, field(marriage, 'husbandBirthDate'), { husbandBirthDate: '2006-11-23' }, TODAY).warnings).toEqual([]);
  });

  it('takes a year, or a month and year, where the form allows it: future only when all of it is, and no age from it', () => {
    const tribute = form('ban-khai-tro-cap-khi-nguoi-co-cong-tu-tran');
    const section = tribute.sections.find((s) => s.fields.some((f) => f.id === 'deceasedDecisionDate'))!;
    const decision = field(tribute, 'deceasedDecisionDate');
    const errorOf = (value: string) => checkField(tribute, section, decision, { deceasedDecisionDate: value }, TODAY).error;
    expect([errorOf('1948'), errorOf('1948-03'), errorOf('2026'), errorOf('2026-11')]).toEqual([null, null, null, null]);
    expect([errorOf('2027'), errorOf('2026-12'), errorOf('5//1948')]).toEqual(['future', 'future', 'dateNoMonth']);
    expect(checkField(marriage, wife, field(marriage, 'wifeBirthDate'), { wifeBirthDate: '2015' }, TODAY)).toEqual({
      error: 'dateNoDay',
      warnings: [],
    });
    // The build refuses an age rule on a partial date; were one there, a year alone would give no age to warn about.
    const partialBirth = { ...field(marriage, 'wifeBirthDate'), partial: true as const };
    expect(checkField(marriage, wife, partialBirth, { wifeBirthDate: '2015' }, TODAY)).toEqual({ error: null, warnings: [] });
  });

  it('ageOn counts full years, a birthday counting on its day', () => {
    expect(ageOn('2006-11-23', '2026-11-23')).toBe(20);
    expect(ageOn('2006-11-24', '2026-11-23')).toBe(19);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
  });
});

describe('every form template', () => {
  it.each(forms.map((f) => [f.id, f] as const))('%s: its examples pass with no error and no warning', (_, f) => {
    const answers = examples(f);
    for (const section of f.sections) expect([...checkFields(f, section, section.fields, answers, TODAY)]).toEqual([]);
  });
});

describe('planSteps', () => {
  it('splits long sections into short steps, skips hidden ones, and ends with papers and the check page', () => {
    const f = form('ban-khai-tro-cap-khi-nguoi-co-cong-tu-tran');
    const steps = planSteps([f], () => ({ funeralRecipientType: 'tochuc' }));
    const fieldSteps = steps.filter((s) => s.kind === 'fields');
    expect(fieldSteps.every((s) => s.kind === 'fields' && s.fields.length <= FIELDS_PER_STEP)).toBe(true);
    expect(steps.map((s) => s.key)).not.toContain('1-funeralRecipient-1');
    expect(steps.slice(-2).map((s) => s.key)).toEqual(['documents', 'check']);
    expect(planSteps([f], () => ({ funeralRecipientType: 'canhan' })).map((s) => s.key)).toContain('1-funeralRecipient-1');
  });
  it('keeps a step key when an answer shows a question inside it', () => {
    const f = form('ban-khai-tro-cap-khi-nguoi-co-cong-tu-tran');
    const keys = (answers: Answers) => planSteps([f], () => answers).map((s) => s.key);
    expect(keys({ funeralRecipientType: 'tochuc' }).filter((k) => k.startsWith('1-funeral-'))).toEqual(
      keys({ funeralRecipientType: 'canhan' }).filter((k) => k.startsWith('1-funeral-')),
    );
  });
});

describe('readiness and status', () => {
  const procedure = procedures.find((p) => p.code === '1.001193')!;
  const birth = form('to-khai-dang-ky-khai-sinh');
  it('needs every required shown answer and every always-required paper the office cannot look up', () => {
    const needed = neededDocuments(procedure, false, TODAY);
    expect(needed.length).toBeGreaterThan(0);
    expect(needed.every((n) => procedure.components.some((c) => c.name.vi === n && !c.when && !c.notNeeded))).toBe(true);
    const empty = readiness([birth], () => ({}), [], needed, TODAY);
    expect(empty.fields.length).toBeGreaterThan(5);
    expect(statusOf(empty, false)).toBe('draft');
    const full = readiness([birth], () => examples(birth), needed, needed, TODAY);
    expect(full).toEqual({ fields: [], documents: [] });
    expect(statusOf(full, false)).toBe('ready');
    expect(statusOf(empty, true)).toBe('submitted');
  });
  it('asks no papers of a paperless procedure', () => {
    expect(neededDocuments(procedure, true, TODAY)).toEqual([]);
  });
  it('does not count a paper the office may not ask for, until the rule that says so runs out', () => {
    const id = { vi: 'Bản sao giấy tờ tùy thân' };
    const dated = {
      ...procedure,
      components: [
        { name: { vi: 'Tờ khai' }, originals: 1, copies: 0 },
        {
          name: id,
          originals: 0,
          copies: 1,
          notNeeded: { reason: { vi: 'Tra cứu CSDL dân cư.' }, basis: '66.7/2025/NQ-CP', valid: { until: '2027-02-28' } },
        },
      ],
    };
    expect(neededDocuments(dated, false, '2027-02-28')).toEqual(['Tờ khai']);
    expect(neededDocuments(dated, false, '2027-03-01')).toEqual(['Tờ khai', id.vi]);
    const open = { ...dated, components: [dated.components[0]!, { ...dated.components[1]!, notNeeded: { reason: { vi: 'x' }, basis: 'y' } }] };
    expect(neededDocuments(open, false, '2030-01-01')).toEqual(['Tờ khai']);
  });
  it('names the applicant from the first name answered', () => {
    expect(applicantOf([birth], () => ({}))).toBeNull();
    expect(applicantOf([marriage], () => ({ husbandFullName: 'Trần  Văn An' }))).toBe('Trần Văn An');
  });
  it('localDate is the calendar day where the device is', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('the questions a rule reads', () => {
  it('are those a section or a question is shown by, and only those', () => {
    const merit = form('ban-khai-tro-cap-khi-nguoi-co-cong-tu-tran');
    const read = ruledBy(merit);
    expect(read.has('funeralRecipientType')).toBe(true);
    expect(read.has('hasAdultChild')).toBe(true);
    const everyRule = merit.sections.flatMap((s) => [s.showIf?.field, ...s.fields.map((f) => f.showIf?.field)]).filter(Boolean);
    expect([...read].sort()).toEqual([...new Set(everyRule)].sort());
    expect(
      ruledBy({
        ...merit,
        sections: merit.sections.map((s) => ({ ...s, showIf: undefined, fields: s.fields.map((f) => ({ ...f, showIf: undefined })) })),
      }).size,
    ).toBe(0);
  });
});
