/**
 * The one place that talks to qrcode-generator: a QR code as its grid of dark modules, so it can be drawn as crisp
 * SVG on the device (no image service) and by the tests' fake camera.
 */
import qrcode from 'qrcode-generator';

// The library writes Latin-1 bytes by default; Vietnamese text (and ID-card codes) need UTF-8.
const utf8 = new TextEncoder();
qrcode.stringToBytes = (s: string) => Array.from(utf8.encode(s));

export interface QrOptions {
  /**
   * H restores up to 30 % of damaged modules: a poster on a desk wall gets scratched, faded and taped over, and a
   * link to a sheet still fits a 33 x 33 grid. A code shown on a screen for a moment can use M and carry more.
   */
  level?: 'L' | 'M' | 'Q' | 'H';
  /** Alphanumeric packs upper-case base45 text about a third tighter than bytes. */
  mode?: 'Byte' | 'Alphanumeric';
}

export function qrModules(text: string, { level = 'H', mode = 'Byte' }: QrOptions = {}): boolean[][] {
  const qr = qrcode(0, level);
  qr.addData(text, mode);
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => qr.isDark(row, col)));
}

/** An SVG path of the dark modules, one unit per module, offset by the quiet zone the scanner needs around it. */
export function qrPath(modules: boolean[][], quiet = 4): string {
  let d = '';
  for (const [y, row] of modules.entries()) {
    for (const [x, dark] of row.entries()) if (dark) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  }
  return d;
}
