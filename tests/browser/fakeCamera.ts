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
  for (const [my, row] of modules.entries()) {
    for (const [mx, dark] of row.entries()) {
      if (!dark) continue;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) luma[(top + (my + 4) * scale + dy) * width + left + (mx + 4) * scale + dx] = 16;
    }
  }
  return luma;
}

/**
 * Writes grey pictures (one luma byte per pixel) as a Y4M video at 10 frames a second, the format of Chromium's fake
 * camera (--use-file-for-fake-video-capture), which loops it.
 */
function writeY4m(path: string, width: number, height: number, pictures: Uint8Array[]): void {
  const chroma = new Uint8Array((width / 2) * (height / 2)).fill(128);
  const frames = pictures.map((luma) => Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]));
  writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...frames]));
}

/**
 * A Y4M video for Chromium's fake camera showing `text` as a QR code.
 * Chromium loops the file, so a few identical frames are enough. `fill` is the share of the frame's height the code
 * takes: a dense code must sit inside the scanner's box (70 % of the viewfinder) as a person would hold it.
 */
export function writeQrVideo(path: string, text: string, { width = 640, height = 480, frames = 3, fill = 1 / 1.3 } = {}): void {
  const scale = Math.floor((Math.min(width, height) * fill) / (qrModules(text).length + 8));
  const luma = qrPicture(text, width, height, scale);
  writeY4m(
    path,
    width,
    height,
    Array.from({ length: frames }, () => luma),
  );
}

/** A Y4M video of blank paper: the camera runs, and there is nothing to read. */
export function writeBlankVideo(path: string, { width = 640, height = 480 } = {}): void {
  const paper = new Uint8Array(width * height).fill(235);
  writeY4m(path, width, height, [paper, paper]);
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

/**
 * A Y4M video that shows each PNG (a screenshot of a code on a phone) in turn, `framesEach` frames apiece, scaled
 * to `fill` of the frame's height, inside the scanner's box, as a phone held up to the tablet would be; or by an
 * exact `scale` (1 keeps every screen pixel).
 */
export function writeImagesVideo(
  path: string,
  pngs: Buffer[],
  {
    width = 1024,
    height = 768,
    framesEach = 8,
    fill = 0.6,
    scale: fixedScale,
  }: { width?: number; height?: number; framesEach?: number; fill?: number; scale?: number } = {},
): void {
  const frames = pngs.map((file) => {
    const png = PNG.sync.read(file);
    const scale = fixedScale ?? (Math.min(width, height) * fill) / Math.max(png.width, png.height);
    const w = Math.floor(png.width * scale);
    const h = Math.floor(png.height * scale);
    const left = Math.floor((width - w) / 2);
    const top = Math.floor((height - h) / 2);
    const luma = new Uint8Array(width * height).fill(235);
    const grey = (sx: number, sy: number) => {
      const i = (sy * png.width + sx) * 4;
      return 0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]!;
    };
    // Each camera pixel averages the screen pixels it covers, as a lens does: sharp-edged sampling would distort
    // the modules unevenly.
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const [x0, x1] = [Math.floor(x / scale), Math.max(Math.floor(x / scale) + 1, Math.floor((x + 1) / scale))];
        const [y0, y1] = [Math.floor(y / scale), Math.max(Math.floor(y / scale) + 1, Math.floor((y + 1) / scale))];
        let sum = 0;
        for (let sy = y0; sy < y1; sy++) for (let sx = x0; sx < x1; sx++) sum += grey(Math.min(sx, png.width - 1), Math.min(sy, png.height - 1));
        luma[(top + y) * width + left + x] = Math.round(sum / ((x1 - x0) * (y1 - y0)));
      }
    }
    return luma;
  });
  writeY4m(
    path,
    width,
    height,
    frames.flatMap((f) => Array.from({ length: framesEach }, () => f)),
  );
}
