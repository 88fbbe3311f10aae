import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { BROWSERS, NEWER_BUILT_INS, SYNTAX_YEAR } from '../../build/browsers';

const shipped = [
  ...readdirSync('dist/assets')
    .filter((f) => f.endsWith('.js'))
    .map((f) => join('dist/assets', f)),
  'dist/sw.js',
];

describe(`the shipped JavaScript runs on ${BROWSERS.map((b) => `${b.name} ${b.version}`).join(', ')}`, () => {
  it(`uses no syntax after ES${SYNTAX_YEAR}`, () => {
    const refused: string[] = [];
    for (const file of shipped) {
      try {
        parse(readFileSync(file, 'utf8'), { ecmaVersion: SYNTAX_YEAR, sourceType: 'module' });
      } catch (error) {
        refused.push(`${file}: ${(error as Error).message}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('calls no built-in those browsers lack', () => {
    const found = shipped.flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return NEWER_BUILT_INS.filter((b) => code.includes(b.call)).map((b) => `${file}: ${b.call} (${b.since})`);
    });
    expect(found).toEqual([]);
  });

  it('(the checks find planted faults, so a pass means something)', () => {
    expect(() => parse('let a; a ??= 1;', { ecmaVersion: SYNTAX_YEAR, sourceType: 'module' })).toThrow();
    expect(() => parse('await import("./x.js");', { ecmaVersion: SYNTAX_YEAR, sourceType: 'module' })).toThrow();
    expect(NEWER_BUILT_INS.some((b) => 'root.replaceChildren()'.includes(b.call))).toBe(true);
  });

  it('are the browsers the README names', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const b of BROWSERS) expect(readme).toContain(`${b.name} ${b.version}`);
  });
});
