import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataFiles } from '../src/schema/validate';

/** Reads every file under procedures/ (one level of subfolders) as text, keyed by its path from the project root. */
export function readDataFiles(root: string): DataFiles {
  const files: DataFiles = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(join(root, 'procedures'));
  return files;
}
