import * as v from 'valibot';
import { FormId, IsoDate, LocalizedText, ProcedureCode, Source, Unverified } from './common';
import { FIELDS } from './fields';

export { FIELDS, type Field } from './fields';

const Count = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));

export const DossierComponent = v.strictObject({
  name: LocalizedText,
  /** Number of originals (bản chính) and copies (bản sao); null when the source does not say. */
  originals: Count,
  copies: Count,
  /** When this document is needed; absent means always. */
  when: v.optional(LocalizedText),
  /** Why the citizen may leave it at home: the office reads the data from a national database or VNeID. */
  skippable: v.optional(LocalizedText),
  unverified: Unverified,
});

export const Fee = v.strictObject({
  name: LocalizedText,
  /** Amount in đồng; null when it is set locally (e.g. by the provincial council) or unknown. */
  amount: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** What the amount is counted per ("per copy", "per case"). */
  unit: v.optional(LocalizedText),
  note: v.optional(LocalizedText),
  unverified: Unverified,
});
export type Fee = v.InferOutput<typeof Fee>;

export const LegalDocument = v.strictObject({
  /** Number and symbol exactly as issued, e.g. "123/2015/NĐ-CP". */
  number: v.pipe(v.string(), v.nonEmpty()),
  /** Date of issue; null when the reference does not give it. */
  date: v.nullable(IsoDate),
  title: LocalizedText,
  unverified: Unverified,
});

export const CHANNELS = ['direct', 'postal', 'online'] as const;

export const Procedure = v.strictObject({
  code: ProcedureCode,
  /** Record id of the procedure on the national portal (dichvucong.gov.vn/thu-tuc-hanh-chinh/<uuid>). */
  portalUuid: v.nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a lower-case uuid'))),
  name: LocalizedText,
  field: v.picklist(FIELDS),
  onlineLevel: v.strictObject({
    /** full = toàn trình, partial = một phần, none = not online, unknown = the sources do not say. */
    level: v.picklist(['full', 'partial', 'none', 'unknown']),
    note: v.optional(LocalizedText),
  }),
  subjects: v.optional(LocalizedText),
  components: v.pipe(v.array(DossierComponent), v.minLength(1)),
  /** Papers shown at the desk and handed back (xuất trình), not kept in the dossier. */
  present: v.array(LocalizedText),
  forms: v.array(FormId),
  processingTime: v.strictObject({
    summary: LocalizedText,
    details: v.optional(v.array(LocalizedText)),
    unverified: Unverified,
  }),
  steps: v.pipe(v.array(LocalizedText), v.minLength(1)),
  fees: v.array(Fee),
  feeExemptions: v.array(LocalizedText),
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
  notes: v.optional(v.array(LocalizedText)),
  sources: v.pipe(v.array(Source), v.minLength(1)),
  verifiedAt: IsoDate,
});
export type Procedure = v.InferOutput<typeof Procedure>;
