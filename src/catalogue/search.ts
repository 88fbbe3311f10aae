/**
 * Accent-free, forgiving search over the catalogue. Pure: no DOM, no i18n.
 * People type without accents ("ket hon"), in everyday words ("làm giấy khai sinh", "xin xác nhận độc thân"),
 * or a code ("1.001193", "001193"). Every meaningful query word must match the start of some word of the
 * procedure (name, code, keywords, field name); filler words such as "làm", "xin", "thủ tục" are ignored.
 */

/** Lower-case, accents removed (đ → d), punctuation turned into spaces, spaces collapsed. Keeps dots inside codes. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/(^|\s)\.+|\.+(\s|$)/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Words that carry no meaning for finding a procedure, in folded form. */
const FILLER = new Set([
  'lam',
  'xin',
  'thu',
  'tuc',
  'cho',
  'toi',
  'can',
  'muon',
  'de',
  'nghi',
  'o',
  'the',
  'nao',
  'nhu',
  'va',
  'cua',
  've',
  'o',
  'how',
  'to',
  'get',
  'a',
  'an',
  'the',
  'for',
  'my',
  'i',
  'need',
  'of',
  'apply',
  'procedure',
]);

export interface Searchable {
  code: string;
  /** Texts in order of weight: the name first. */
  texts: string[];
}

interface Prepared {
  item: Searchable;
  code: string;
  nameWords: string[];
  words: string[];
  phrase: string;
  /** Each text whole, so a query that is exactly a name or an everyday phrase ranks first. */
  wholes: Set<string>;
}

export interface SearchIndex {
  prepared: Prepared[];
}

export function buildIndex(items: Searchable[]): SearchIndex {
  return {
    prepared: items.map((item) => {
      const folded = item.texts.map(fold);
      return {
        item,
        code: item.code,
        nameWords: (folded[0] ?? '').split(' '),
        words: [...new Set(folded.join(' ').split(' '))],
        phrase: ' ' + folded.join(' | ') + ' ',
        wholes: new Set(folded),
      };
    }),
  };
}

function queryWords(query: string): string[] {
  const all = fold(query).split(' ').filter(Boolean);
  const meaningful = all.filter((w) => !FILLER.has(w));
  return meaningful.length > 0 ? meaningful : all;
}

function score(p: Prepared, words: string[], folded: string): number {
  const digits = folded.replace(/\s/g, '');
  if (/^[\d.]{3,}$/.test(digits) && (p.code === digits || p.code.replace('.', '').includes(digits.replace('.', '')))) {
    return p.code === digits ? 1000 : 500;
  }
  let total = 0;
  for (const w of words) {
    if (p.nameWords.includes(w)) total += 4;
    else if (p.nameWords.some((n) => n.startsWith(w))) total += 3;
    else if (p.words.includes(w)) total += 2;
    else if (p.words.some((n) => n.startsWith(w))) total += 1;
    else return 0;
  }
  if (words.length > 1 && p.phrase.includes(' ' + words.join(' ') + ' ')) total += 5;
  if (p.wholes.has(folded)) total += 20;
  return total;
}

/** The codes of matching items, best first; an empty query matches nothing (the caller shows the full list). */
export function search(index: SearchIndex, query: string): string[] {
  const folded = fold(query);
  if (!folded) return [];
  const words = queryWords(query);
  return index.prepared
    .map((p, order) => ({ code: p.code, s: score(p, words, folded), order }))
    .filter((r) => r.s > 0)
    .sort((a, b) => b.s - a.s || a.order - b.order)
    .map((r) => r.code);
}
