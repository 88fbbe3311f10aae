#!/usr/bin/env node
/**
 * Writes the typeface the printed forms and posters use (src/forms/fonts/): Tinos, metric-compatible with Times New
 * Roman (the official templates' face), cut down to the characters Vietnamese paperwork uses, so a page prints the
 * same on every device and the two files stay small enough to precache. Run it by hand after changing CHARACTERS;
 * the files it writes are committed. Usage: node scripts/print-font.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const LOWER = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz';
const range = (from, to) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));
/** Vietnamese in both cases, ASCII, Latin-1 (×, °, «»), and the punctuation and signs forms print (– … “” № ₫). */
const CHARACTERS = LOWER + LOWER.toUpperCase() + range(0x20, 0x7e) + range(0xa0, 0xff) + '–—‘’“”…•№₫';

const require = createRequire(import.meta.url);
const FACES = { regular: '400Regular/Tinos_400Regular.ttf', bold: '700Bold/Tinos_700Bold.ttf' };
for (const [name, file] of Object.entries(FACES)) {
  const font = readFileSync(require.resolve(`@expo-google-fonts/tinos/${file}`));
  const woff2 = await subsetFont(font, CHARACTERS, { targetFormat: 'woff2' });
  const out = new URL(`../src/forms/fonts/tinos-${name}.woff2`, import.meta.url);
  writeFileSync(out, woff2);
  console.log(`${out.pathname}: ${woff2.length} bytes`);
}
