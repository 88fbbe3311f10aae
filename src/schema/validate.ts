import * as v from 'valibot';
import { checkFieldValue } from '../forms/fieldRules';
import { Commune } from './commune';
import { FormTemplate } from './form';
import { Procedure } from './procedure';

/** The raw text of every data file, keyed by its path relative to the project (e.g. "procedures/1.001193.json"). */
export type DataFiles = Record<string, string>;

export interface Catalogue {
  procedures: Procedure[];
  forms: FormTemplate[];
  commune: Commune;
}

export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`procedure data is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'DataError';
  }
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('')
    .replace(/^\./, '');
}

function parseFile<S extends v.GenericSchema>(schema: S, file: string, text: string, problems: string[]): v.InferOutput<S> | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    problems.push(`${file}: not valid JSON (${(e as Error).message})`);
    return null;
  }
  const result = v.safeParse(schema, json);
  if (result.success) return result.output;
  for (const issue of result.issues) problems.push(`${file}: ${pathOf(issue) || '(top level)'}: ${issue.message}`);
  return null;
}

/**
 * A file cannot have been verified before its sources were read. A source read in a month without a recorded day
 * (YYYY-MM) must be from verifiedAt's month or earlier.
 */
function checkDates(file: string, verifiedAt: string, dated: { checkedAt: string; where: string }[], problems: string[]): void {
  for (const { checkedAt, where } of dated) {
    const comparable = checkedAt.length === 7 ? verifiedAt.slice(0, 7) : verifiedAt;
    if (checkedAt > comparable)
      problems.push(`${file}: verifiedAt: ${verifiedAt} is before ${where} (${checkedAt}); a file cannot be verified before its sources were read`);
  }
}

const sourceDates = (sources: readonly { checkedAt: string }[]) =>
  sources.map((s, i) => ({ checkedAt: s.checkedAt, where: `sources[${i}].checkedAt` }));

const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/, '');

function checkForm(form: FormTemplate, file: string, problems: string[]): void {
  const ids = new Set<string>();
  const all = form.sections.flatMap((s, si) => s.fields.map((f, fi) => ({ f, where: `sections[${si}].fields[${fi}]` })));
  for (const { f, where } of all) {
    if (ids.has(f.id)) problems.push(`${file}: ${where}.id: "${f.id}" is used twice in this form`);
    ids.add(f.id);
    const error = checkFieldValue(f, f.example);
    if (f.example.trim() === '' && f.required) problems.push(`${file}: ${where}.example: a required field needs an example`);
    else if (error && error !== 'required') problems.push(`${file}: ${where}.example: "${f.example}" fails its own rule (${error})`);
    if ((f.type === 'select' || f.type === 'radio') && !f.options) problems.push(`${file}: ${where}.options: a ${f.type} needs options`);
    if (f.partial && f.type !== 'date') problems.push(`${file}: ${where}.partial: only a date can be partial, not a ${f.type}`);
  }
  const conditions = [
    ...form.sections.map((s, si) => ({ showIf: s.showIf, where: `sections[${si}].showIf.field` })),
    ...all.map(({ f, where }) => ({ showIf: f.showIf, where: `${where}.showIf.field` })),
  ];
  for (const { showIf, where } of conditions) {
    if (showIf && !ids.has(showIf.field)) problems.push(`${file}: ${where}: no field "${showIf.field}" in this form`);
  }
  form.checks?.forEach((check, i) => {
    const field = all.find(({ f }) => f.id === check.field)?.f;
    if (field?.type !== 'date') problems.push(`${file}: checks[${i}].field: no date field "${check.field}" in this form`);
    else if (field.partial) problems.push(`${file}: checks[${i}].field: "${check.field}" may be a year alone, which gives no age`);
  });
  const typeOf = (id: string | undefined) => all.find(({ f }) => f.id === id)?.f.type;
  if (form.madeAt && typeOf(form.madeAt.place) !== 'text') problems.push(`${file}: madeAt.place: no text field "${form.madeAt.place}" in this form`);
  if (form.madeAt?.date !== undefined && typeOf(form.madeAt.date) !== 'date')
    problems.push(`${file}: madeAt.date: no date field "${form.madeAt.date}" in this form`);
  for (const [old, now] of Object.entries(form.renamedFields ?? {})) {
    if (ids.has(old)) problems.push(`${file}: renamedFields.${old}: "${old}" is still a field of this form`);
    if (!ids.has(now)) problems.push(`${file}: renamedFields.${old}: no field "${now}" in this form`);
  }
  form.retiredFields?.forEach((retired, i) => {
    if (ids.has(retired.id)) problems.push(`${file}: retiredFields[${i}].id: "${retired.id}" is still a field of this form`);
  });
  checkDates(file, form.verifiedAt, sourceDates(form.sources), problems);
}

/**
 * Validates every data file against the one schema and the rules between files, and fails naming the file and
 * the field. Pure: the build, the tests and any tool hand it the files' text.
 */
export function validateData(files: DataFiles): Catalogue {
  const problems: string[] = [];
  const procedures: Procedure[] = [];
  const forms: FormTemplate[] = [];
  let commune: Commune | null = null;

  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (/^procedures\/forms\/[^/]+\.json$/.test(file)) {
      const form = parseFile(FormTemplate, file, text, problems);
      if (!form) continue;
      if (form.id !== baseName(file)) problems.push(`${file}: id: "${form.id}" must match the file name`);
      checkForm(form, file, problems);
      forms.push(form);
    } else if (file === 'procedures/commune.json') {
      commune = parseFile(Commune, file, text, problems);
    } else if (file.startsWith('procedures/languages/')) {
      // UI strings, not procedure data: the build checks them against the Vietnamese ones (build/languages.ts).
    } else if (/^procedures\/[^/]+\.json$/.test(file)) {
      const procedure = parseFile(Procedure, file, text, problems);
      if (!procedure) continue;
      if (procedure.code !== baseName(file)) problems.push(`${file}: code: "${procedure.code}" must match the file name`);
      checkDates(
        file,
        procedure.verifiedAt,
        [...sourceDates(procedure.sources), { checkedAt: procedure.filing.checkedAt, where: 'filing.checkedAt' }],
        problems,
      );
      procedures.push(procedure);
    } else {
      problems.push(
        `${file}: not a place for data (use procedures/<code>.json, procedures/forms/<formId>.json, procedures/languages/<tag>.json or procedures/commune.json)`,
      );
    }
  }

  const formIds = new Set(forms.map((f) => f.id));
  for (const p of procedures) {
    p.forms.forEach((id, i) => {
      if (!formIds.has(id)) problems.push(`procedures/${p.code}.json: forms[${i}]: no form procedures/forms/${id}.json`);
    });
  }
  if (!commune) {
    if (!problems.some((p) => p.startsWith('procedures/commune.json'))) problems.push('procedures/commune.json: file is missing');
  } else {
    const codes = new Set(procedures.map((p) => p.code));
    for (const badge of ['paperless', 'sameDayFriday'] as const) {
      commune.badges[badge].forEach((code, i) => {
        if (!codes.has(code)) problems.push(`procedures/commune.json: badges.${badge}[${i}]: no procedure ${code}`);
      });
    }
    for (const [code, conditions] of Object.entries(commune.badges.conditions)) {
      for (const badge of ['paperless', 'sameDayFriday'] as const) {
        if (conditions[badge] && !commune.badges[badge].includes(code)) {
          problems.push(`procedures/commune.json: badges.conditions.${code}.${badge}: ${code} does not carry this badge`);
        }
      }
    }
    // A same-day promise always says which case it holds for: no procedure is decided the same day in every case.
    commune.badges.sameDayFriday.forEach((code, i) => {
      if (!commune!.badges.conditions[code]?.sameDayFriday)
        problems.push(`procedures/commune.json: badges.sameDayFriday[${i}]: ${code} needs its case in badges.conditions.${code}.sameDayFriday`);
    });
    for (const code of Object.keys(commune.feeOverrides)) {
      if (!codes.has(code)) problems.push(`procedures/commune.json: feeOverrides.${code}: no procedure ${code}`);
    }
  }
  if (problems.length > 0 || !commune) throw new DataError(problems);
  return { procedures, forms, commune };
}
