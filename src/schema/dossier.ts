import * as v from 'valibot';
import { FormId, IsoDate, ProcedureCode } from './common';

/** Ids are made on the device (random, base-36) and appear in URLs: /d/<id>. */
export const DossierId = v.pipe(v.string(), v.regex(/^[a-z0-9]{8,32}$/, 'must be 8 to 32 lower-case letters and digits'));

const Timestamp = v.pipe(v.string(), v.isoTimestamp('must be an ISO timestamp'));
const FieldKey = v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a field id'));

export const DOSSIER_STATUSES = ['draft', 'ready', 'submitted'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/**
 * One dossier as stored on the device, exported to a file and handed over by QR code. The same schema checks all
 * three, so a record is never trusted because of where it came from.
 */
export const Dossier = v.strictObject({
  id: DossierId,
  code: ProcedureCode,
  /** The form templates this dossier fills, in order: the procedure's forms when it was started. */
  forms: v.array(FormId),
  /** Form id → field id → what the person entered. Only typed text; empty answers are left out. */
  answers: v.record(FormId, v.record(FieldKey, v.pipe(v.string(), v.maxLength(2000)))),
  /** The Vietnamese names of the dossier components the person has ticked as in hand. */
  documents: v.array(v.pipe(v.string(), v.maxLength(500))),
  /** Worked out from the answers and documents when saved, so the list of dossiers needs no form templates. */
  status: v.picklist(DOSSIER_STATUSES),
  /** Name of the first person on the first form, for the list of dossiers. */
  applicant: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  /** What the person recorded after filing on the national portal themselves; the app never files anything. */
  submission: v.nullable(v.strictObject({ number: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(60)), date: IsoDate })),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Filled in at the desk by this staff member for the citizen ("no-writing Monday"). */
  assistedBy: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(100))),
  /** The desk visit (one citizen at the counter) this dossier belongs to; "Kết thúc lượt" clears the visit's dossiers. */
  visit: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9]{8,32}$/))),
  /** The outreach round it was prepared in, by name (e.g. "Thôn Đông 23/11"). */
  round: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(100))),
  /** When its filled form was last printed, and when it was last handed on (QR codes shown or file saved). */
  printedAt: v.optional(Timestamp),
  sentAt: v.optional(Timestamp),
});
export type Dossier = v.InferOutput<typeof Dossier>;

export const RECEIPT_STATUSES = ['received', 'signed', 'returned'] as const;

/**
 * A dossier the desk took on a same-day ("no-appointment") Friday: only what the desk needs to see what it still
 * owes before closing time. It holds no personal data, so it outlives the end of the citizen's visit.
 */
export const Receipt = v.strictObject({
  id: DossierId,
  code: ProcedureCode,
  /** The local day it was received, YYYY-MM-DD. */
  day: IsoDate,
  receivedAt: Timestamp,
  /** The day's running number, as the desk writes it on the paper file. */
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The Vietnamese wording of the checks the desk has ticked. */
  checks: v.array(v.pipe(v.string(), v.maxLength(500))),
  status: v.picklist(RECEIPT_STATUSES),
});
export type Receipt = v.InferOutput<typeof Receipt>;
export type ReceiptStatus = Receipt['status'];

export type DossierCheck = { ok: true; dossier: Dossier } | { ok: false; problem: string };

/**
 * Checks a value read from storage, a file or a QR code; the problem names the field, e.g. "answers.x.y: …". It stops
 * at the first fault: a crafted record with thousands of them is refused as fast as one with one.
 */
export function checkDossier(value: unknown): DossierCheck {
  const result = v.safeParse(Dossier, value, { abortEarly: true });
  return result.success ? { ok: true, dossier: result.output } : { ok: false, problem: firstProblem(result.issues) };
}

export type ReceiptCheck = { ok: true; receipt: Receipt } | { ok: false; problem: string };

/** The same check for a receipt read back from storage. */
export function checkReceipt(value: unknown): ReceiptCheck {
  const result = v.safeParse(Receipt, value, { abortEarly: true });
  return result.success ? { ok: true, receipt: result.output } : { ok: false, problem: firstProblem(result.issues) };
}

function firstProblem(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  const path = v.getDotPath(issues[0]);
  return path ? `${path}: ${issues[0].message}` : issues[0].message;
}
