import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../build/readData';
import { DataError, validateData } from './validate';

const root = new URL('../..', import.meta.url).pathname;

describe('the procedures/ data', () => {
  it('validates against the schema, every file and every cross-file rule', () => {
    let problems: string[] = [];
    try {
      validateData(readDataFiles(root));
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      problems = e.problems;
    }
    expect(problems).toEqual([]);
  });
});

describe('the English beside the Vietnamese', () => {
  it('is complete in every procedure, form and the commune file', () => {
    const missing: string[] = [];
    const walk = (value: unknown, path: string, file: string): void => {
      if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`, file);
        return;
      }
      if (typeof value !== 'object' || value === null) return;
      const record = value as Record<string, unknown>;
      if (typeof record.vi === 'string' && !record.en) missing.push(`${file}: ${path}`);
      for (const [k, v] of Object.entries(record)) walk(v, path ? `${path}.${k}` : k, file);
    };
    for (const [file, text] of Object.entries(readDataFiles(root))) walk(JSON.parse(text), '', file);
    expect(missing).toEqual([]);
  });
});
