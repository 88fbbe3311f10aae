/**
 * The dossier file: what "Tải tệp hồ sơ" writes and "Nhập từ tệp" reads, what the QR hand-off carries, and what is
 * pasted when a dossier leaves an app's browser. Versioned, with a SHA-256 digest so a file edited by hand (or damaged
 * on the way) is refused rather than half-trusted. Pure.
 * - Version 3: the digest covers the whole envelope (format, version, time, round, dossiers), so no field that decides
 *   what happens to the dossiers (the round decides how the desk tags them) can change unseen.
 * - Versions 1 and 2 (the digest covers the dossiers only; 2 adds the round and the desk's marks) still read.
 * Whatever comes in is refused quickly and in bounded memory: its shape is measured on the text before it is parsed,
 * each record is checked against the schema (stopping at the first fault) before the digest is computed, and nothing
 * here throws.
 */
import * as v from 'valibot';
import { checkDossier, type Dossier } from '../schema/dossier';
import { cleanText } from '../schema/text';

export const FILE_FORMAT = 'mot-cua-dossiers';
export const FILE_VERSION = 3;
/** Far above 500 dossiers (~1 MB): anything larger is not a file this app wrote. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** A dossier sits 5 levels down (envelope, dossiers, dossier, answers, form); more is not ours. */
export const MAX_DEPTH = 12;
/**
 * Values (objects, arrays, and the items between commas) in a file, and in any one object or array: a 1 MB file of 500
 * dossiers holds about 40 000, its longest list (the dossiers) 500, its widest object (a form's answers) under 100.
 * Bounded, because parsing 10 MB of `{},` would build millions of objects (over 100 MB), and one object of 200 000
 * keys takes V8 a fifth of a second to build, before any check can look at them.
 */
export const MAX_VALUES = 250_000;
export const MAX_ITEMS = 10_000;

const Envelope = v.strictObject({
  format: v.string(),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.string(), v.maxLength(40)),
  digest: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  dossiers: v.array(v.unknown()),
  round: v.optional(v.pipe(v.string(), v.maxLength(100))),
});

export interface ExportEnvelope {
  format: typeof FILE_FORMAT;
  version: number;
  exportedAt: string;
  digest: string;
  dossiers: Dossier[];
  round?: string;
}

async function sha256(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Imported answers get the rule typed ones get (schema/text.ts); a line break is kept, since which answers may hold
 * several lines is the form's to say, and the file does not carry the forms.
 */
const withCleanAnswers = (d: Dossier): Dossier => ({
  ...d,
  answers: Object.fromEntries(
    Object.entries(d.answers).map(([form, given]) => [
      form,
      Object.fromEntries(Object.entries(given).map(([k, value]) => [k, cleanText(value, true)])),
    ]),
  ),
});

/** What a version 3 digest covers: every field but the digest, in one order. */
const signed = (format: string, version: number, exportedAt: string, round: string | undefined, dossiers: readonly unknown[]) =>
  JSON.stringify({ format, version, exportedAt, ...(round === undefined ? {} : { round }), dossiers });

export async function makeExport(dossiers: readonly Dossier[], now: Date, round?: string): Promise<ExportEnvelope> {
  const exportedAt = now.toISOString();
  const digest = await sha256(signed(FILE_FORMAT, FILE_VERSION, exportedAt, round || undefined, dossiers));
  return { format: FILE_FORMAT, version: FILE_VERSION, exportedAt, digest, dossiers: [...dossiers], ...(round ? { round } : {}) };
}

export const makeExportFile = async (dossiers: readonly Dossier[], now: Date, round?: string) =>
  JSON.stringify(await makeExport(dossiers, now, round), null, 1);

export type ImportProblem = 'tooLarge' | 'notJson' | 'shape' | 'foreign' | 'newer' | 'tampered' | 'invalid';
export type ImportResult = { ok: true; dossiers: Dossier[]; round?: string } | { ok: false; problem: ImportProblem; detail?: string };

/**
 * Measures the JSON text's nesting and number of values without building anything, so a crafted file is refused
 * before JSON.parse spends memory on it. Not a validator: JSON.parse still decides whether it is JSON.
 */
export function jsonShapeFits(text: string, maxDepth = MAX_DEPTH, maxValues = MAX_VALUES, maxItems = MAX_ITEMS): boolean {
  /** Items so far in each open object or array, by depth. */
  const items = new Uint32Array(maxDepth + 1);
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth || ++values > maxValues) return false;
      items[depth] = 1;
    } else if (c === 0x7d || c === 0x5d) depth = Math.max(0, depth - 1);
    else if (c === 0x2c && (++values > maxValues || ++items[depth]! > maxItems)) return false;
  }
  return true;
}

export async function readExportFile(text: string): Promise<ImportResult> {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: 'tooLarge' };
  if (!jsonShapeFits(text)) return { ok: false, problem: 'shape' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  return readExport(json);
}

/**
 * Checks an export read from a file or assembled from QR codes (already parsed, within the hand-off's own size limit).
 * The schema comes first: it stops at the first fault and never walks into a value of the wrong type, so the digest,
 * which serialises everything, only ever sees records of the dossier's own shallow shape.
 */
export async function readExport(json: unknown): Promise<ImportResult> {
  try {
    const envelope = v.safeParse(Envelope, json, { abortEarly: true });
    if (!envelope.success || envelope.output.format !== FILE_FORMAT) return { ok: false, problem: 'foreign' };
    const file = envelope.output;
    if (file.version > FILE_VERSION) return { ok: false, problem: 'newer' };
    const dossiers: Dossier[] = [];
    for (const [i, record] of file.dossiers.entries()) {
      const checked = checkDossier(record);
      if (!checked.ok) return { ok: false, problem: 'invalid', detail: `dossiers[${i}].${checked.problem}` };
      dossiers.push(withCleanAnswers(checked.dossier));
    }
    const covered = file.version >= 3 ? signed(file.format, file.version, file.exportedAt, file.round, file.dossiers) : JSON.stringify(file.dossiers);
    if ((await sha256(covered)) !== file.digest) return { ok: false, problem: 'tampered' };
    const round = file.round && cleanText(file.round);
    return { ok: true, dossiers, ...(round ? { round } : {}) };
  } catch {
    // Nothing above should throw; if a browser's limits differ, the file is still refused, not the screen broken.
    return { ok: false, problem: 'foreign' };
  }
}
