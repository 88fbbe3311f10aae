import { describe, expect, it } from 'vitest';
import { checkLanguageFile, checkLanguages, coverageLine, readVietnamese, type Vietnamese } from './languages';

const vietnamese: Vietnamese = {
  main: { app: { name: 'Một Cửa' }, dossier: { copies_other: '{{count}} bản sao' }, sheet: { checkedAt: 'Xem ngày {{date}}' } },
  packs: { dossier: { draft: { title: 'Hồ sơ', ready: '{{ready}}/{{total}} đã xong' } }, posters: { posters: { title: 'Áp phích' } } },
};
const FILE = 'procedures/languages/hmn.json';
const check = (strings: unknown, file = FILE) => checkLanguageFile(file, JSON.stringify({ name: 'Hmoob', strings }), vietnamese);

describe('a language file', () => {
  it("splits its strings as the app loads them: vi.json's part, and each pack's under the pack's name", () => {
    const { language, problems } = check({
      app: { name: 'Ib Qhov Rooj' },
      dossier: { copies_one: '{{count}} daim', draft: { title: 'Ntaub ntawv' } },
      posters: { posters: { title: 'Daim ntawv tshaj tawm' } },
    });
    expect(problems).toEqual([]);
    expect(language).toEqual({
      tag: 'hmn',
      name: 'Hmoob',
      main: { app: { name: 'Ib Qhov Rooj' }, dossier: { copies_one: '{{count}} daim' } },
      packs: { dossier: { draft: { title: 'Ntaub ntawv' } }, posters: { posters: { title: 'Daim ntawv tshaj tawm' } } },
      translated: 4,
      total: 6,
    });
  });

  it('counts missing strings without refusing them, and a plural key once whatever forms it gives', () => {
    const { language } = check({ dossier: { copies_one: '{{count}} daim', copies_other: '{{count}} daim' } });
    expect(language).toMatchObject({ translated: 1, total: 6 });
    expect(coverageLine(language!)).toBe('hmn Hmoob: 1/6 strings (16 %)');
    expect(check({}).language).toMatchObject({ translated: 0, main: {}, packs: {} });
  });

  it('refuses unknown keys, naming file and key', () => {
    expect(check({ app: { nmae: 'x' }, sheet: 'x', posters: { title: 'x' }, dossier: { draft: { titel: 'x' } } }).problems).toEqual([
      `${FILE}: strings.app.nmae: no such key in the Vietnamese strings`,
      `${FILE}: strings.sheet: must be an object of strings, as in Vietnamese`,
      `${FILE}: strings.posters.title: no such key in the Vietnamese strings`,
      `${FILE}: strings.dossier.draft.titel: no such key in the Vietnamese strings`,
    ]);
  });

  it('refuses a placeholder set that differs from the Vietnamese, a missing one as much as a renamed one', () => {
    const { language, problems } = check({
      sheet: { checkedAt: 'Saib {{hnub}}' },
      dossier: { draft: { ready: '{{ready}} tiav' }, copies_other: '{{ count }} daim' },
    });
    expect(language).toBeNull();
    expect(problems).toEqual([
      `${FILE}: strings.sheet.checkedAt: placeholders {{hnub}} differ from the Vietnamese {{date}}`,
      `${FILE}: strings.dossier.draft.ready: placeholders {{ready}} differ from the Vietnamese {{ready, total}}`,
    ]);
  });

  it('refuses a non-string where a string is expected, and an empty string', () => {
    expect(check({ app: { name: 3 }, sheet: { checkedAt: ' ' } }).problems).toEqual([
      `${FILE}: strings.app.name: must be text, as in Vietnamese`,
      `${FILE}: strings.sheet.checkedAt: is empty: leave the key out to show the Vietnamese`,
    ]);
  });

  it('refuses a file name that is not a language tag, and Vietnamese or English', () => {
    for (const [tag, reason] of [
      ['Hmong', 'is not a language tag'],
      ['h_mn', 'is not a language tag'],
      ['vi', 'built in'],
      ['en-GB', 'built in'],
    ]) {
      expect(check({}, `procedures/languages/${tag}.json`).problems).toEqual([
        expect.stringContaining(`procedures/languages/${tag}.json: (file name): "${tag}"`),
      ]);
      expect(check({}, `procedures/languages/${tag}.json`).problems[0]).toContain(reason);
    }
    for (const tag of ['km', 'tyz', 'zh-Hant', 'pt-BR', 'es-419']) expect(check({}, `procedures/languages/${tag}.json`).problems).toEqual([]);
  });

  it('refuses a file without its own name, with other top keys, or not JSON', () => {
    expect(checkLanguageFile(FILE, JSON.stringify({ strings: {}, extra: 1 }), vietnamese).problems).toEqual([
      `${FILE}: extra: unknown key (a language file has "name" and "strings")`,
      `${FILE}: name: must be the language's own name, as its readers write it`,
    ]);
    expect(checkLanguageFile(FILE, '{', vietnamese).problems[0]).toMatch(/^procedures\/languages\/hmn\.json: not valid JSON/);
  });

  it('checks only the files under procedures/languages/, in tag order, and refuses one in a subfolder', () => {
    const files = {
      'procedures/1.001193.json': '{}',
      'procedures/languages/tyz.json': JSON.stringify({ name: 'Tày', strings: {} }),
      'procedures/languages/km.json': JSON.stringify({ name: 'ខ្មែរ', strings: {} }),
      'procedures/languages/old/km.json': '{}',
    };
    const { languages, problems } = checkLanguages(files, vietnamese);
    expect(languages.map((l) => l.tag)).toEqual(['km', 'tyz']);
    expect(problems).toEqual(['procedures/languages/old/km.json: not a language file (use procedures/languages/<tag>.json)']);
  });
});

describe("the app's Vietnamese strings", () => {
  const real = readVietnamese(new URL('../src/i18n', import.meta.url).pathname);

  it("give each key of a language file one meaning: no pack's top key is also vi.json's key under the pack's name", () => {
    expect(Object.keys(real.packs).sort()).toEqual(['dossier', 'inapp', 'posters', 'scan', 'settings']);
    for (const [name, pack] of Object.entries(real.packs)) {
      const beside = real.main[name];
      const shared = typeof beside === 'object' ? Object.keys(pack).filter((k) => k in beside) : [];
      expect(shared, name).toEqual([]);
    }
  });

  it('are all counted: a file with every Vietnamese string covers all of them', () => {
    const all = { ...real.main } as Record<string, unknown>;
    for (const [name, pack] of Object.entries(real.packs)) all[name] = { ...(all[name] as object), ...pack };
    const { language, problems } = checkLanguageFile(FILE, JSON.stringify({ name: 'Hmoob', strings: all }), real);
    expect(problems).toEqual([]);
    expect(language!.translated).toBe(language!.total);
    expect(language!.total).toBeGreaterThan(400);
  });
});
