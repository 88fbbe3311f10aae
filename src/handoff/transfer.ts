/**
 * Hands a JSON value from one device to another through a few QR codes, with no network. Pure: no DOM.
 * Payload of each code: `MC1:<transferId>:<index>/<total>:<crc32>:<chunk>`, where the chunks, joined in order, are
 * the base45 text of the deflate-raw of the value's UTF-8 JSON. Everything stays in the QR alphanumeric charset: base45
 * there costs 8.25 bits a byte against 10.7 for base64 in byte mode, and raw binary in byte mode does not survive
 * scanner libraries, which hand back text. The code must be drawn in alphanumeric mode to get that density.
 * Nothing here checks what the value is: the receiver validates it with its own schema, like any other input.
 */

/**
 * Most characters of base45 text in one code: with the header, a version 16 code at level M (81 modules). At 1000
 * (97 modules) the tablet's camera in the browser tests stopped reading a phone's screenshot at all; a denser code
 * saves a part but costs a reliable read off a cheap phone's screen.
 */
export const PART_CHARS = 800;
/** The receiver stops inflating beyond this, so a crafted code cannot make it allocate without bound. */
export const MAX_JSON_BYTES = 256 * 1024;
/** The header leaves two digits for the index and the total. */
const MAX_PARTS = 99;

const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const ID_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const PART = /^MC1:([0-9A-Z]{4}):([1-9]\d?)\/([1-9]\d?):([0-9A-F]{8}):(.+)$/s;

export type TransferError = 'notTransfer' | 'damaged' | 'tooLarge';
export type DecodeResult = { ok: true; value: unknown } | { ok: false; reason: TransferError };
export type CollectState =
  | { state: 'progress'; have: number; total: number; missing: number[] }
  | { state: 'complete'; value: unknown }
  | { state: 'error'; reason: TransferError };
export interface Collector {
  /** Takes every code the camera reads, in any order and as often as it likes. */
  add(text: string): Promise<CollectState>;
  reset(): void;
}

interface Part {
  text: string;
  id: string;
  index: number;
  total: number;
  crc: string;
  chunk: string;
}

/** RFC 9285. */
export function base45Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    const pair = i + 1 < bytes.length;
    let n = pair ? bytes[i]! * 256 + bytes[i + 1]! : bytes[i]!;
    for (let k = pair ? 3 : 2; k > 0; k--, n = Math.floor(n / 45)) out += BASE45[n % 45];
  }
  return out;
}

/** RFC 9285; throws on a character outside the alphabet, a dangling character or a group worth too much. */
export function base45Decode(text: string): Uint8Array<ArrayBuffer> {
  if (text.length % 3 === 1) throw new SyntaxError('base45: length');
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let o = 0;
  for (let i = 0; i < text.length; i += 3) {
    const group = text.slice(i, i + 3);
    let n = 0;
    for (let k = group.length - 1; k >= 0; k--) {
      const digit = BASE45.indexOf(group[k]!);
      if (digit < 0) throw new SyntaxError('base45: character');
      n = n * 45 + digit;
    }
    if (n > (group.length === 3 ? 0xffff : 0xff)) throw new SyntaxError('base45: value');
    if (group.length === 3) out[o++] = n >> 8;
    out[o++] = n & 0xff;
  }
  return out;
}

function crc32Hex(bytes: Uint8Array): string {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (~crc >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

/** Runs bytes through a (de)compression stream; null as soon as the output passes `limit`, without reading on. */
async function transform(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | null> {
  const source = new ReadableStream<BufferSource>({
    start(c) {
      c.enqueue(bytes);
      c.close();
    },
  });
  const reader = source.pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(r.value);
  }
  const out = new Uint8Array(size);
  chunks.reduce((at, chunk) => (out.set(chunk, at), at + chunk.length), 0);
  return out;
}

function parsePart(text: string): Part | null {
  const m = PART.exec(text);
  if (!m) return null;
  const part = { text, id: m[1]!, index: Number(m[2]), total: Number(m[3]), crc: m[4]!, chunk: m[5]! };
  return part.index <= part.total ? part : null;
}

export const isTransferPart = (text: string): boolean => parsePart(text) !== null;

/** Throws when the value is not JSON or too large for a receiver to accept: a mistake of the sender's, not of a read. */
export async function encodeTransfer(value: unknown, maxChars = PART_CHARS): Promise<string[]> {
  const json: string | undefined = JSON.stringify(value);
  if (json === undefined) throw new TypeError('transfer: the value has no JSON form');
  return encodeTransferText(json, maxChars);
}

/** The same, from JSON text as it is (what a receiver must survive can be text no value of this side would give). */
export async function encodeTransferText(json: string, maxChars = PART_CHARS): Promise<string[]> {
  const bytes = new TextEncoder().encode(json);
  if (bytes.length > MAX_JSON_BYTES) throw new RangeError('transfer: the value is too large');
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new RangeError('transfer: maxChars must be a positive integer');
  const text = base45Encode((await transform(bytes, new CompressionStream('deflate-raw'), Infinity))!);
  const total = Math.ceil(text.length / maxChars);
  if (total > MAX_PARTS) throw new RangeError('transfer: too many parts');
  const id = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => ID_CHARS[n % 36]).join('');
  const crc = crc32Hex(bytes);
  // Even parts rather than full ones and a short tail: every code is then as easy to read as the others.
  const cut = (i: number) => Math.floor((i * text.length) / total);
  return Array.from({ length: total }, (_, i) => `MC1:${id}:${i + 1}/${total}:${crc}:${text.slice(cut(i), cut(i + 1))}`);
}

/** Parts in any order, duplicates allowed; all of one transfer and none missing, or the transfer is refused. */
export async function decodeTransfer(parts: readonly string[]): Promise<DecodeResult> {
  const parsed: Part[] = [];
  for (const text of parts) {
    const part = parsePart(text);
    if (!part) return { ok: false, reason: 'notTransfer' };
    parsed.push(part);
  }
  const first = parsed[0];
  if (!first) return { ok: false, reason: 'notTransfer' };
  const chunks = new Map<number, string>();
  for (const p of parsed) {
    const same = p.id === first.id && p.total === first.total && p.crc === first.crc;
    if (!same || (chunks.get(p.index) ?? p.chunk) !== p.chunk) return { ok: false, reason: 'damaged' };
    chunks.set(p.index, p.chunk);
  }
  if (chunks.size !== first.total) return { ok: false, reason: 'damaged' };
  try {
    const text = Array.from({ length: first.total }, (_, i) => chunks.get(i + 1)).join('');
    const bytes = await transform(base45Decode(text), new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
    if (!bytes) return { ok: false, reason: 'tooLarge' };
    if (crc32Hex(bytes) !== first.crc) return { ok: false, reason: 'damaged' };
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}

export function createCollector(): Collector {
  let parts = new Map<number, Part>();
  let result: Promise<CollectState> | null = null;
  const reset = () => {
    parts = new Map();
    result = null;
  };
  const finish = async (mine: Map<number, Part>): Promise<CollectState> => {
    const decoded = await decodeTransfer([...mine.values()].map((p) => p.text));
    if (decoded.ok) return { state: 'complete', value: decoded.value };
    // Which part is wrong cannot be told, so all of them go; the phone keeps cycling, so they come again.
    if (parts === mine) reset();
    return { state: 'error', reason: decoded.reason };
  };
  return {
    reset,
    async add(text) {
      const part = parsePart(text);
      if (!part) return { state: 'error', reason: 'notTransfer' };
      const held = parts.values().next().value;
      // Another id is another dossier: the person switched, so what was gathered is dropped.
      if (held && held.id !== part.id) reset();
      else if (held && (held.total !== part.total || held.crc !== part.crc || (parts.get(part.index)?.text ?? text) !== text)) {
        reset();
        return { state: 'error', reason: 'damaged' };
      }
      parts.set(part.index, part);
      if (result) return result;
      if (parts.size < part.total) {
        const missing = Array.from({ length: part.total }, (_, i) => i + 1).filter((i) => !parts.has(i));
        return { state: 'progress', have: parts.size, total: part.total, missing };
      }
      result = finish(parts);
      return result;
    },
  };
}
