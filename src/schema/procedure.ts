import * as v from 'valibot';
import { DatedText, FormId, IsoDate, LocalizedText, ProcedureCode, Source, Unverified, Validity } from './common';
import { FIELDS } from './fields';

export { FIELDS, type Field } from './fields';

const Count = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));

/**
 * A paper the office may not ask for, because it reads the same data from a national database or VNeID (NQ
 * 66.7/2025/NQ-CP, NĐ 280/2025/NĐ-CP…). The sheet says so with the rule and its end date, and that the officer asks
 * for the paper if the look-up fails; the dossier does not count it as missing while the rule holds.
 */
export const NotNeeded = v.strictObject({
  /** What the office looks up instead, in the citizen's words. */
  reason: LocalizedText,
  /** The legal text that says so, by its number as issued, e.g. "66.7/2025/NQ-CP". */
  basis: v.pipe(v.string(), v.nonEmpty()),
  valid: v.optional(Validity),
  unverified: Unverified,
});
export type NotNeeded = v.InferOutput<typeof NotNeeded>;

export const DossierComponent = v.strictObject({
  name: LocalizedText,
  /** Number of originals (bản chính) and copies (bản sao); null when the source does not say. */
  originals: Count,
  copies: Count,
  /** When this document is needed; absent means always. */
  when: v.optional(LocalizedText),
  notNeeded: v.optional(NotNeeded),
  unverified: Unverified,
});

/** A paper shown at the desk and handed back (xuất trình). */
export const PresentItem = v.strictObject({ name: LocalizedText, notNeeded: v.optional(NotNeeded), unverified: Unverified });

export const Fee = v.strictObject({
  name: LocalizedText,
  /** Amount in đồng; null when it is set locally (e.g. by the provincial council) or unknown. */
  amount: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** What the amount is counted per ("per copy", "per case"). */
  unit: v.optional(LocalizedText),
  note: v.optional(LocalizedText),
  valid: v.optional(Validity),
  unverified: Unverified,
});
export type Fee = v.InferOutput<typeof Fee>;

export const LegalDocument = v.strictObject({
  /** Number and symbol exactly as issued, e.g. "123/2015/NĐ-CP". */
  number: v.pipe(v.string(), v.nonEmpty()),
  /** Date of issue; null when the reference does not give it. */
  date: v.nullable(IsoDate),
  title: LocalizedText,
  /** When the text applies for a limited time (e.g. NĐ 120/2025/NĐ-CP until 28/02/2027). */
  valid: v.optional(Validity),
  unverified: Unverified,
});

export const CHANNELS = ['direct', 'postal', 'online'] as const;

/**
 * How to file today: paper accepted at the centre, or online only (VNeID or the national portal, with staff at the
 * centre helping, e.g. Chỉ thị 24/CT-TTg from 1/10/2025). Shown at the top of the sheet with its date and source,
 * and it decides how a dossier is handed on.
 */
export const FILING_MODES = ['paper', 'onlineOnly', 'unknown'] as const;
export type FilingMode = (typeof FILING_MODES)[number];

export const Filing = v.strictObject({
  mode: v.picklist(FILING_MODES),
  /** What a citizen should read, in plain words. */
  text: LocalizedText,
  /** Where another source says otherwise (e.g. the national record still lists direct filing), said beside it. */
  conflict: v.optional(LocalizedText),
  /** The rule or record this rests on, as a reader would cite it. */
  basis: LocalizedText,
  /** The day the channel was last checked. */
  checkedAt: IsoDate,
  valid: v.optional(Validity),
  unverified: Unverified,
});
export type Filing = v.InferOutput<typeof Filing>;

export const Procedure = v.strictObject({
  code: ProcedureCode,
  /** Record id of the procedure on the national portal (dichvucong.gov.vn/thu-tuc-hanh-chinh/<uuid>). */
  portalUuid: v.nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a lower-case uuid'))),
  name: LocalizedText,
  field: v.picklist(FIELDS),
  filing: Filing,
  subjects: v.optional(LocalizedText),
  components: v.pipe(v.array(DossierComponent), v.minLength(1)),
  /** Papers shown at the desk and handed back (xuất trình), not kept in the dossier. */
  present: v.array(PresentItem),
  forms: v.array(FormId),
  processingTime: v.strictObject({
    summary: LocalizedText,
    details: v.optional(v.array(DatedText)),
    unverified: Unverified,
  }),
  steps: v.pipe(v.array(LocalizedText), v.minLength(1)),
  fees: v.array(Fee),
  feeExemptions: v.array(DatedText),
  agency: LocalizedText,
  result: LocalizedText,
  legalBasis: v.pipe(v.array(LegalDocument), v.minLength(1)),
  online: v.strictObject({
    channels: v.pipe(v.array(v.picklist(CHANNELS)), v.minLength(1)),
    /** Words for the portal's search page, the fallback when the uuid route changes. */
    searchKeywords: v.pipe(v.string(), v.nonEmpty()),
    /** A dedicated online route, e.g. the linked-services portal, with what it is. */
    route: v.optional(v.strictObject({ url: v.pipe(v.string(), v.url()), label: LocalizedText, unverified: Unverified })),
    note: v.optional(LocalizedText),
  }),
  /** Everyday words people search with ("làm giấy khai sinh"), besides the official name. */
  keywords: v.strictObject({ vi: v.array(v.string()), en: v.array(v.string()) }),
  /** Warnings a reader must see before relying on the sheet. */
  notes: v.optional(v.array(DatedText)),
  sources: v.pipe(v.array(Source), v.minLength(1)),
  /** The day this sheet's facts were last checked against its sources: never before any source's `checkedAt`. */
  verifiedAt: IsoDate,
});
export type Procedure = v.InferOutput<typeof Procedure>;
