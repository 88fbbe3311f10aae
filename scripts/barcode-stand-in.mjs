/**
 * A stand-in for the browser's own QR reader (BarcodeDetector), which Chrome has on Android and this machine's
 * Chromium has not: the tests and the bench add it to a page to see what a phone with one gets. It reads for real,
 * with jsQR on the pixels it is given, so a stand-in that worked could not hide a scanner that does not. With
 * `reads: false` it lists QR codes and never finds one, as a broken reader would. It counts its reads in
 * `window.__barcodeReads`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const jsQRSource = () => readFileSync(createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js'), 'utf8');

function standIn(reads) {
  const { jsQR } = self;
  delete self.jsQR;
  const size = (source) => [source.videoWidth || source.width || 0, source.videoHeight || source.height || 0];
  class BarcodeDetector {
    static async getSupportedFormats() {
      return ['qr_code', 'ean_13'];
    }
    async detect(source) {
      window.__barcodeReads = (window.__barcodeReads ?? 0) + 1;
      const [width, height] = size(source);
      if (!reads || !width || !height) return [];
      const context = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
      context.drawImage(source, 0, 0);
      const code = jsQR(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: 'dontInvert' });
      return code ? [{ rawValue: code.data, format: 'qr_code', boundingBox: new DOMRectReadOnly(), cornerPoints: [] }] : [];
    }
  }
  Object.defineProperty(window, 'BarcodeDetector', { value: BarcodeDetector, configurable: true, writable: true });
}

/** The script to add with addInitScript: `reads` false gives a reader that lists QR codes and reads none. */
export const barcodeStandIn = ({ reads = true } = {}) => `${jsQRSource()}\n;(${standIn})(${JSON.stringify(reads)});`;
