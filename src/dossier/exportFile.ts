/**
 * The dossier file: what "Tải tệp hồ sơ" writes and "Nhập từ tệp" reads, and what the QR hand-off carries. Versioned,
 * with a SHA-256 digest of the dossiers so a file edited by hand (or damaged on the way) is refused rather than
 * half-trusted. Version 2 adds the outreach round's name and the desk's marks on a dossier; version 1 files still
 * read. Pure.
 */
import * as v from 'valibot';
import { checkDossier, type Dossier } from '../schema/dossier';

export const FILE_FORMAT = 'mot-cua-dossiers';
export const FILE_VERSION = 2;
/** Far above 500 dossiers (~1 MB): anything larger is not a file this app wrote. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const Envelope = v.object({
  format: v.string(),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.string(),
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

export async function makeExport(dossiers: readonly Dossier[], now: Date, round?: string): Promise<ExportEnvelope> {
  const digest = await sha256(JSON.stringify(dossiers));
  return { format: FILE_FORMAT, version: FILE_VERSION, exportedAt: now.toISOString(), digest, dossiers: [...dossiers], ...(round ? { round } : {}) };
}

export const makeExportFile = async (dossiers: readonly Dossier[], now: Date, round?: string) =>
  JSON.stringify(await makeExport(dossiers, now, round), null, 1);

export type ImportProblem = 'tooLarge' | 'notJson' | 'foreign' | 'newer' | 'tampered' | 'invalid';
export type ImportResult = { ok: true; dossiers: Dossier[]; round?: string } | { ok: false; problem: ImportProblem; detail?: string };

export async function readExportFile(text: string): Promise<ImportResult> {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: 'tooLarge' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  return readExport(json);
}

/** Checks an export read from a file or assembled from QR codes. */
export async function readExport(json: unknown): Promise<ImportResult> {
  const envelope = v.safeParse(Envelope, json);
  if (!envelope.success || envelope.output.format !== FILE_FORMAT) return { ok: false, problem: 'foreign' };
  const file = envelope.output;
  if (file.version > FILE_VERSION) return { ok: false, problem: 'newer' };
  if ((await sha256(JSON.stringify(file.dossiers))) !== file.digest) return { ok: false, problem: 'tampered' };
  const dossiers: Dossier[] = [];
  for (const [i, record] of file.dossiers.entries()) {
    const checked = checkDossier(record);
    if (!checked.ok) return { ok: false, problem: 'invalid', detail: `dossiers[${i}].${checked.problem}` };
    dossiers.push(checked.dossier);
  }
  return { ok: true, dossiers, ...(file.round ? { round: file.round } : {}) };
}
