/**
 * Whether this browser reads QR codes itself (BarcodeDetector: Chrome on Android, not iOS or Android's WebView). Where
 * it does, the camera uses it (nativeScanner.ts) and the bundled decoders are not stored for offline use
 * (src/offline/decoders.ts), so the answer must be right: a browser that lists QR codes among its formats must also
 * read a known code drawn on a canvas before it is trusted.
 */

interface DetectedCode {
  rawValue: string;
}
export interface QrDetector {
  detect(source: ImageBitmapSource): Promise<DetectedCode[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): QrDetector;
  getSupportedFormats(): Promise<string[]>;
}

/** Short, and in byte mode like a sheet's link. */
export const PROBE = 'mot-cua:probe';
/**
 * Its code (version 1, level M), written out so that the probe costs no download: on a weak link the QR encoder's
 * chunk was a 2-second round trip before storing could start. nativeQr.test.ts checks it against the encoder.
 */
export const PROBE_MODULES = [
  '#######...#...#######',
  '#.....#.#..#..#.....#',
  '#.###.#.###.#.#.###.#',
  '#.###.#.###...#.###.#',
  '#.###.#.....#.#.###.#',
  '#.....#...##..#.....#',
  '#######.#.#.#.#######',
  '........#............',
  '#.....#.####.##..###.',
  '.###...#.#..#..#.#...',
  '#..#..#.#...#.##.#.#.',
  '.##.##...#####.#.###.',
  '#..##.####..#..##....',
  '........##......###.#',
  '#######..####.....##.',
  '#.....#......####.###',
  '#.###.#..##.###....##',
  '#.###.#..#.....###...',
  '#.###.#.....##..#.###',
  '#.....#....#.#.####..',
  '#######.####..##...#.',
];
/** Pixels per module, and the quiet zone in modules: a clean, mid-sized code any QR reader finds at once. */
const SCALE = 6;
const QUIET = 4;

function detectorClass(): DetectorClass | null {
  const candidate: unknown = Reflect.get(globalThis, 'BarcodeDetector');
  return typeof candidate === 'function' && 'getSupportedFormats' in candidate ? (candidate as DetectorClass) : null;
}

async function probe(): Promise<QrDetector | null> {
  const Detector = detectorClass();
  if (!Detector || !(await Detector.getSupportedFormats()).includes('qr_code')) return null;
  const side = (PROBE_MODULES.length + 2 * QUIET) * SCALE;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, side, side);
  context.fillStyle = '#000';
  for (const [y, row] of PROBE_MODULES.entries()) {
    for (const [x, module] of [...row].entries()) if (module === '#') context.fillRect((x + QUIET) * SCALE, (y + QUIET) * SCALE, SCALE, SCALE);
  }
  const detector = new Detector({ formats: ['qr_code'] });
  const found = await detector.detect(canvas);
  return found.some((code) => code.rawValue === PROBE) ? detector : null;
}

let answer: Promise<QrDetector | null> | undefined;

/** The browser's own QR reader, once it has read the probe code; null where there is none or it failed. Asked once. */
export const readsQrNatively = (): Promise<QrDetector | null> => (answer ??= probe().catch(() => null));
