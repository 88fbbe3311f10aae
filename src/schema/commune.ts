import * as v from 'valibot';
import { LocalizedText, ProcedureCode, Source } from './common';
import { Fee } from './procedure';

/** A weekday practice of the desk; weekday as JavaScript counts (0 Sunday, 1 Monday … 6 Saturday). */
const DeskDay = v.strictObject({
  weekday: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)),
  title: LocalizedText,
  lead: LocalizedText,
});

export const Commune = v.strictObject({
  /** The commune (xã, phường), as the header and the posters name it. */
  name: LocalizedText,
  /** Its desk: since NĐ 118/2025/NĐ-CP the "Trung tâm Phục vụ hành chính công" of the commune. */
  centre: LocalizedText,
  /** Shown on every screen's foot when the data is a demonstration, not a real commune's (the shipped one is). */
  demo: v.optional(LocalizedText),
  province: v.nullable(LocalizedText),
  address: v.nullable(LocalizedText),
  deskHours: v.nullable(LocalizedText),
  phone: v.nullable(v.pipe(v.string(), v.regex(/^[0-9+ .]{6,20}$/, 'must be a phone number'))),
  /** Where the commune's deployment is reached, printed into every poster's QR code; null: the address it is opened at. */
  publicOrigin: v.nullable(
    v.pipe(v.string(), v.url(), v.regex(/^https?:\/\/[^/]+$/, 'must be an origin like https://motcua.example.gov.vn (no path)')),
  ),
  /** The commune's choice of which procedures carry each badge. */
  badges: v.strictObject({
    /** Bring only the chip ID card (CCCD) or a level-2 VNeID identity. */
    paperless: v.array(ProcedureCode),
    /** A complete dossier that needs no verification is decided and returned the same day on Friday. */
    sameDayFriday: v.array(ProcedureCode),
    /** The case a badge holds for, when not every dossier of the procedure qualifies (e.g. "no verification needed"). */
    conditions: v.record(ProcedureCode, v.strictObject({ paperless: v.optional(LocalizedText), sameDayFriday: v.optional(LocalizedText) })),
    /** Where each practice comes from (a pilot, the commune's own decision), shown beside the badges' explanation. */
    basis: v.strictObject({ paperless: LocalizedText, sameDayFriday: LocalizedText }),
  }),
  /** Fees set by this province, replacing a procedure's listed fees, with the resolution that sets them. */
  feeOverrides: v.record(ProcedureCode, v.strictObject({ fees: v.array(Fee), source: Source })),
  /** The desk's weekday practices, which set the tone of /desk. */
  deskDays: v.strictObject({
    /** Staff fill the forms in for the citizen (viết hộ). */
    noWriting: DeskDay,
    /** A complete dossier of a procedure needing no verification is decided and returned the same day. */
    sameDay: v.strictObject({
      ...DeskDay.entries,
      /** What the desk checks before taking a dossier for same-day handling. */
      checks: v.pipe(v.array(LocalizedText), v.minLength(1)),
    }),
    /** Where the practices are described. */
    basis: LocalizedText,
  }),
  notes: v.optional(v.array(v.string())),
});
export type Commune = v.InferOutput<typeof Commune>;
