/**
 * Hostile input for npm run bench (issue 15): how long the dossier file's checks take to refuse crafted files up to the
 * 10 MB limit, and that they do so in bounded memory. Each case runs in a Node process whose V8 heap is capped at
 * 50 MB above what an empty run needs: a refusal that built more than that would die there, and is marked FAIL. Node's
 * V8 is the engine of Chrome's; a cheap phone is slower, so the target leaves room (1 s on the phone, 250 ms here).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verdict } from './bench-util.mjs';

const TARGET_MS = 250;
const HEAP_ABOVE_BASELINE_MB = 50;

/** The child: builds one crafted input (not passed through argv: it is megabytes) and times its refusal. */
const CHILD = `
import { readExportFile } from './exportFile.mjs';
const MB = 10 * 1024 * 1024 - 4096;
const head = '{"format":"mot-cua-dossiers","version":3,"exportedAt":"2026-12-01T08:00:00.000Z","digest":"${'0'.repeat(64)}","dossiers":';
const dossier = (answer) => '{"id":"abcdefgh12345678","code":"1.000894","forms":["f"],"answers":{"f":{"a":' + answer + '}},"documents":[],"status":"draft","applicant":null,"submission":null,"createdAt":"2026-12-01T08:00:00.000Z","updatedAt":"2026-12-01T08:00:00.000Z"}';
const cases = {
  empty: () => '',
  deep: () => head + '['.repeat(MB / 2) + ']'.repeat(MB / 2) + '}',
  manyValues: () => head + '[' + '{},'.repeat(MB / 3 - 10) + '{}]}',
  hugeString: () => head + '[' + dossier('"' + 'x'.repeat(MB - 600) + '"') + ']}',
  wrongTypes: () => head + '[' + '0,'.repeat(300000) + '0]}',
  manyBadAnswers: () => head + '[{"id":"abcdefgh12345678","answers":{"f":{' + Array.from({ length: 200000 }, (_, i) => '"a' + i + '":0').join(',') + '}}}]}',
  wideObjects: () => head + '[' + Array.from({ length: 24 }, (_, k) => '{' + Array.from({ length: 9999 }, (_, i) => '"k' + k + '_' + i + '":0').join(',') + '}').join(',') + ']}',
  protoKeys: () => head + '[' + Array.from({ length: 100000 }, () => '{"__proto__":{"x":1},"constructor":{"prototype":{"y":1}}}').join(',') + ']}',
};
const text = cases[process.argv[2]]();
const times = [];
let problem = 'none';
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  const result = await readExportFile(text);
  times.push(performance.now() - start);
  problem = result.ok ? 'accepted' : result.problem;
}
times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ ms: times[2], problem, bytes: text.length, heapMb: process.memoryUsage().heapUsed / 1048576 }));
`;

export async function benchHostile() {
  const { build } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), 'motcua-hostile-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        lib: { entry: 'src/exchange/exportFile.ts', formats: ['es'], fileName: () => 'exportFile.mjs' },
        outDir: dir,
        emptyOutDir: false,
        minify: false,
      },
    });
    writeFileSync(join(dir, 'child.mjs'), CHILD);
    const run = (name, heapMb) => {
      try {
        const out = execFileSync(process.execPath, [`--max-old-space-size=${heapMb}`, join(dir, 'child.mjs'), name], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        return JSON.parse(out);
      } catch {
        return null;
      }
    };
    const baseline = run('empty', 256);
    const cap = Math.ceil(baseline.heapMb) + HEAP_ABOVE_BASELINE_MB;
    console.log(
      `Hostile dossier files (src/exchange/exportFile.ts; Node's V8 heap capped at ${cap} MB, ${HEAP_ABOVE_BASELINE_MB} MB above an empty run; median of 5):`,
    );
    for (const name of ['deep', 'manyValues', 'hugeString', 'wrongTypes', 'manyBadAnswers', 'wideObjects', 'protoKeys']) {
      const r = run(name, cap);
      if (!r) console.log(`  ${name}: the process ran out of its ${cap} MB heap  FAIL`);
      else
        console.log(
          `  ${name} (${(r.bytes / 1048576).toFixed(1)} MB): refused as "${r.problem}" in ${r.ms.toFixed(0)} ms  ${verdict(r.problem !== 'accepted' && r.ms <= TARGET_MS)}`,
        );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
