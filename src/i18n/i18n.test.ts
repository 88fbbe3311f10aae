import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../schema/procedure';
import { inVietnamese, LANGUAGES, language, languageName, loadLanguage, loadPack, pick, setLanguage, t } from '.';
import dossierEn from './dossier.en.json';
import dossierVi from './dossier.vi.json';
import en from './en.json';
import inappEn from './inapp.en.json';
import inappVi from './inapp.vi.json';
import postersEn from './posters.en.json';
import postersVi from './posters.vi.json';
import scanEn from './scan.en.json';
import scanVi from './scan.vi.json';
import settingsEn from './settings.en.json';
import settingsVi from './settings.vi.json';
import vi from './vi.json';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}
/** Plural forms (_one, _other) are one key to the code that calls t(). */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const viKeys = new Set([vi, dossierVi, inappVi, scanVi, postersVi, settingsVi].flatMap((tree) => keys(tree)).map(base));
const enKeys = new Set([en, dossierEn, inappEn, scanEn, postersEn, settingsEn].flatMap((tree) => keys(tree)).map(base));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the UI strings', () => {
  it('exist in both Vietnamese and English, key for key', () => {
    expect([...viKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !viKeys.has(k))).toEqual([]);
  });

  it('cover every key the code asks for', () => {
    const src = new URL('..', import.meta.url).pathname;
    const used = new Set<string>();
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\bt\(\s*`([^`$]+)\$\{/g)) used.add(m[1]! + '*');
    }
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter((key) => (key.endsWith('*') ? ![...viKeys].some((k) => k.startsWith(key.slice(0, -1))) : !viKeys.has(key)));
    expect(missing).toEqual([]);
  });

  it('name every field of the schema', () => {
    for (const field of FIELDS) expect(viKeys.has(`field.${field}`) && enKeys.has(`field.${field}`)).toBe(true);
  });
});

describe('pick and t', () => {
  it('give Vietnamese by default, English when chosen, and flag Vietnamese shown in place of missing English', async () => {
    await loadLanguage('en');
    setLanguage('vi');
    expect(pick({ vi: 'Khai sinh', en: 'Birth' })).toEqual({ text: 'Khai sinh', lang: 'vi', fallback: false });
    expect(t('sheet.fees')).toBe('Phí, lệ phí');
    setLanguage('en');
    expect(pick({ vi: 'Khai sinh', en: 'Birth' })).toEqual({ text: 'Birth', lang: 'en', fallback: false });
    expect(pick({ vi: 'Khai sinh' })).toEqual({ text: 'Khai sinh', lang: 'vi', fallback: true });
    expect(t('dossier.copies', { count: 1 })).toBe('1 copy');
    expect(t('dossier.copies', { count: 2 })).toBe('2 copies');
    setLanguage('vi');
  });
});

describe('loadPack', () => {
  it('adds a screen pack in Vietnamese, and in English too once English is loaded, without losing the main strings', async () => {
    setLanguage('vi');
    expect(t('drafts.title')).toBe('drafts.title');
    await loadPack('dossier');
    expect(t('drafts.title')).toBe('Hồ sơ của tôi');
    await loadLanguage('en');
    setLanguage('en');
    expect(t('drafts.title')).toBe('My dossiers');
    expect(t('sheet.fees')).toBe('Fees and charges');
    setLanguage('vi');
  });
});

describe('a language a commune added (the fixture qaa)', () => {
  it('is offered after Vietnamese and English, by its own name', () => {
    expect(LANGUAGES).toEqual(['vi', 'en', 'qaa']);
    expect(languageName('qaa')).toBe('Qaa');
    expect(languageName('en')).toBe('English');
  });

  it('shows its own strings, and Vietnamese string by string where it has none, in packs too', async () => {
    await loadPack('dossier');
    await loadLanguage('qaa');
    setLanguage('qaa');
    expect(language()).toBe('qaa');
    expect(t('sheet.fees')).toBe('QAA fees');
    expect(t('sheet.readAloud')).toBe('Nghe');
    expect(t('drafts.title')).toBe('QAA dossiers');
    expect(t('dossier.copies', { count: 2 })).toBe('2 bản sao');
    setLanguage('vi');
    expect(t('sheet.fees')).toBe('Phí, lệ phí');
  });

  it('gives procedure text in the language where the sheet has it, else Vietnamese, which the screen says once', async () => {
    await loadLanguage('qaa');
    setLanguage('qaa');
    expect(pick({ vi: 'Khai sinh', qaa: 'QAA birth' })).toEqual({ text: 'QAA birth', lang: 'qaa', fallback: false });
    // Not marked fact by fact, as in English: the screen says once that the content is Vietnamese.
    expect(pick({ vi: 'Khai sinh', en: 'Birth' })).toEqual({ text: 'Khai sinh', lang: 'vi', fallback: false });
    expect(inVietnamese([{ vi: 'Khai sinh', qaa: 'QAA birth' }, { vi: 'Kết hôn' }])).toBe(true);
    expect(inVietnamese([{ vi: 'Khai sinh', qaa: 'QAA birth' }])).toBe(false);
    setLanguage('en');
    expect(pick({ vi: 'Khai sinh' })).toEqual({ text: 'Khai sinh', lang: 'vi', fallback: true });
    expect(inVietnamese([{ vi: 'Khai sinh' }])).toBe(false);
    setLanguage('vi');
    expect(inVietnamese([{ vi: 'Khai sinh' }])).toBe(false);
  });

  it('refuses a language this build does not have', async () => {
    await expect(loadLanguage('km')).rejects.toThrow('no language "km"');
  });
});
