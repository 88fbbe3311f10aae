import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The app built as a commune would build its own: from a copy of procedures/ that `change` edits (it is given the
 * copy's procedures folder), with vite and then the prerender, into `<work>/<name>`. Returns that folder and what
 * the build printed.
 */
export function changedBuild(work: string, name: string, change: (procedures: string) => void): { dist: string; printed: string } {
  const dataRoot = join(work, `${name}-data`);
  cpSync('procedures', join(dataRoot, 'procedures'), { recursive: true });
  change(join(dataRoot, 'procedures'));
  const dist = join(work, name);
  const env = { ...process.env, MOTCUA_DATA_ROOT: dataRoot };
  const printed = execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], { env, encoding: 'utf8' });
  execFileSync(process.execPath, ['scripts/prerender.mjs', dist], { env, stdio: 'pipe' });
  return { dist, printed };
}

/** Edits a JSON file in place. */
export function editJson(file: string, edit: (value: Record<string, unknown>) => void): void {
  const value = JSON.parse(readFileSync(file, 'utf8'));
  edit(value);
  writeFileSync(file, JSON.stringify(value));
}
