import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { proceduresPlugin } from '../../build/proceduresPlugin';

/** The app's data, code and page in `root`, for a build of a changed copy. */
function copyOfTheApp(root: string): void {
  cpSync('procedures', join(root, 'procedures'), { recursive: true });
  cpSync('src', join(root, 'src'), { recursive: true });
  cpSync('index.html', join(root, 'index.html'));
}

describe('a malformed data file', () => {
  const root = mkdtempSync(join(tmpdir(), 'motcua-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('fails the production build, naming the file and the field', async () => {
    copyOfTheApp(root);
    const broken = JSON.parse(readFileSync('procedures/1.001193.json', 'utf8'));
    broken.fees[0].amount = 'free';
    writeFileSync(join(root, 'procedures/1.001193.json'), JSON.stringify(broken));
    const run = build({ root, configFile: false, logLevel: 'silent', plugins: [proceduresPlugin(root)], build: { write: false } });
    await expect(run).rejects.toThrow(/procedures\/1\.001193\.json: fees\[0\]\.amount/);
  }, 60_000);
});

describe('a malformed language file', () => {
  const root = mkdtempSync(join(tmpdir(), 'motcua-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('fails the production build, naming the file and the key: unknown key, wrong placeholder, bad tag', async () => {
    copyOfTheApp(root);
    mkdirSync(join(root, 'procedures/languages'));
    const strings = { catalogue: { titel: 'x', lead: '{{n}} x' } };
    writeFileSync(join(root, 'procedures/languages/qaa.json'), JSON.stringify({ name: 'Qaa', strings }));
    writeFileSync(join(root, 'procedures/languages/Qaa_test.json'), JSON.stringify({ name: 'Qaa', strings: {} }));
    const run = build({ root, configFile: false, logLevel: 'silent', plugins: [proceduresPlugin(root)], build: { write: false } });
    const message = await run.then(
      () => '',
      (e: Error) => e.message,
    );
    expect(message).toContain('procedures/languages/qaa.json: strings.catalogue.titel: no such key in the Vietnamese strings');
    expect(message).toContain('procedures/languages/qaa.json: strings.catalogue.lead: placeholders {{n}} differ from the Vietnamese {{count}}');
    expect(message).toContain('procedures/languages/Qaa_test.json: (file name): "Qaa_test" is not a language tag');
  }, 60_000);
});
