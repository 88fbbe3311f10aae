import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { qrModules } from '../../src/posters/qr';

/** A grey-level picture of a printed QR code: white paper, black modules, a quiet zone of 4 modules. */
function qrPicture(text: string, width: number, height: number, scale: number): Uint8Array {
  const modules = qrModules(text);
  const luma = new Uint8Array(width * height).fill(235);
  const side = (modules.length + 8) * scale;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  for (let y = 0; y < side; y++) for (let x = 0; x < side; x++) luma[(top + y) * width + left + x] = 255;
  modules.forEach((row, my) =>
    row.forEach((dark, mx) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) luma[(top + (my + 4) * scale + dy) * width + left + (mx + 4) * scale + dx] = 16;
    }),
  );
  return luma;
}

/**
 * A Y4M video for Chromium's fake camera (--use-file-for-fake-video-capture) showing `text` as a QR code.
 * Chromium loops the file, so a few identical frames are enough.
 */
export function writeQrVideo(path: string, text: string, { width = 640, height = 480, frames = 3 } = {}): void {
  const scale = Math.floor(Math.min(width, height) / (qrModules(text).length + 8) / 1.3);
  const luma = qrPicture(text, width, height, scale);
  const chroma = new Uint8Array((width / 2) * (height / 2)).fill(128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}

/** A Y4M video of blank paper: the camera runs, and there is nothing to read. */
export function writeBlankVideo(path: string, { width = 640, height = 480 } = {}): void {
  const frame = Buffer.concat([Buffer.from('FRAME\n'), new Uint8Array(width * height).fill(235), new Uint8Array((width * height) / 2).fill(128)]);
  writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
}

/** A PNG photo of `text` as a QR code, for the "pick a photo" path. */
export function writeQrPng(path: string, text: string, size = 400): void {
  const modules = qrModules(text);
  const scale = Math.floor(size / (modules.length + 8));
  const luma = qrPicture(text, size, size, scale);
  const png = new PNG({ width: size, height: size });
  luma.forEach((v, i) => {
    png.data[i * 4] = png.data[i * 4 + 1] = png.data[i * 4 + 2] = v;
    png.data[i * 4 + 3] = 255;
  });
  writeFileSync(path, PNG.sync.write(png));
}
