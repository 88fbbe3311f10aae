import * as v from 'valibot';
import { isRealIsoDate } from '../forms/dateParts';

/**
 * A language tag as a key of localized text and as a language file's name (procedures/languages/<tag>.json): a
 * language, an optional script and an optional region (hmn, km, zh-Hant, pt-BR).
 */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;

const inLanguage = v.pipe(v.string(), v.trim(), v.nonEmpty('text in a language, when present, must not be empty'));
const localized = {
  vi: v.pipe(v.string(), v.trim(), v.nonEmpty('Vietnamese text (vi) must not be empty')),
  en: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty('English text (en), when present, must not be empty'))),
};
const TAGS_ONLY = 'every other key must be a language tag like hmn or km';
const tagsOnly = (text: object, extra: string[]) => Object.keys(text).every((k) => extra.includes(k) || LANGUAGE_TAG.test(k));

/**
 * Text in Vietnamese, the authority, and any other language (en, hmn, km…). A language missing shows the
 * Vietnamese, marked.
 */
export const LocalizedText = v.pipe(
  v.objectWithRest(localized, inLanguage),
  v.check((text) => tagsOnly(text, []), TAGS_ONLY),
);
export type LocalizedText = v.InferOutput<typeof LocalizedText>;

/** The same rule as a date typed into a form: 2026-02-31 is refused here too. */
export const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  v.check(isRealIsoDate, 'must be a real date'),
);

/**
 * The days a rule holds, both inclusive, as Vietnam's calendar counts them (see validity.ts). A sheet read after
 * `until` says the rule has run out; the build lists every rule that ends within 90 days.
 */
export const Validity = v.pipe(
  v.strictObject({ from: v.optional(IsoDate), until: v.optional(IsoDate) }),
  v.check((x) => x.from !== undefined || x.until !== undefined, 'needs from, until or both'),
  v.check((x) => !x.from || !x.until || x.from <= x.until, 'from must not be after until'),
);

/** A fact in both languages that may hold only for some days. */
export const DatedText = v.pipe(
  v.objectWithRest({ ...localized, valid: v.optional(Validity) }, inLanguage),
  v.check((text) => tagsOnly(text, ['valid']), TAGS_ONLY),
);
export type DatedText = v.InferOutput<typeof DatedText>;

/** National procedure code (mã thủ tục), e.g. 1.001193: one digit, a dot, six digits. */
export const ProcedureCode = v.pipe(v.string(), v.regex(/^\d\.\d{6}$/, 'must be a national procedure code like 1.001193'));

/** Form ids are used in URLs (/forms/<id>) and file names. */
export const FormId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'));

/** A month (YYYY-MM) where the day a source was read is not recorded, or a full date. */
const CheckedAt = v.union([IsoDate, v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/))], 'must be YYYY-MM-DD or YYYY-MM');

export const Source = v.strictObject({
  url: v.pipe(v.string(), v.url('must be a full URL')),
  title: v.optional(v.string()),
  checkedAt: CheckedAt,
});

/**
 * Marks a fact that the reference could not confirm. The sheet shows "chưa xác minh" beside it with the note,
 * so a reader never mistakes it for a checked fact.
 */
export const Unverified = v.optional(v.union([v.literal(true), LocalizedText]));
