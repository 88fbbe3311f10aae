/**
 * Paper as the user's print dialog makes it: Chromium prints the page to an A4 PDF, and the PDF is read back the way
 * a person (or a scanner) would see it. Pure JavaScript (pdf.js, with the canvas it brings), so a machine with only
 * Node runs it.
 */
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';

/** Print resolution of the checks: a cheap office scanner's default. */
export const DPI = 150;
const MM = DPI / 25.4;

export interface PaperPage {
  /** The page's words in reading order, spaces between the pieces the PDF keeps apart. */
  text: string;
  width: number;
  height: number;
  /** RGBA pixels at DPI. */
  pixels: Uint8ClampedArray;
}

/** pdf.js's canvas in Node (@napi-rs/canvas, which pdfjs-dist installs with itself); its types leave it untyped. */
interface CanvasFactory {
  create(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
}

/** Prints as Ctrl+P does: the page's own @page size and margins, print media, backgrounds as printed. */
export const printA4 = (page: Page) => page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });

/** Every page of a PDF: its text, and its picture at DPI. */
export async function readPaper(pdf: Buffer): Promise<PaperPage[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: PaperPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
    const viewport = page.getViewport({ scale: DPI / 72 });
    const { canvas, context } = (doc.canvasFactory as CanvasFactory).create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    pages.push({ text, width: image.width, height: image.height, pixels: image.data });
  }
  await doc.destroy();
  return pages;
}

const luminance = (p: PaperPage, i: number) => 0.299 * p.pixels[i]! + 0.587 * p.pixels[i + 1]! + 0.114 * p.pixels[i + 2]!;

/** Whether anything at all is printed within `mm` of the paper's edge, where many printers cannot put ink. */
export function inkNearEdge(p: PaperPage, mm: number): boolean {
  const band = Math.ceil(mm * MM);
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width; x++) {
      if (x >= band && x < p.width - band && y >= band && y < p.height - band) continue;
      if (luminance(p, (y * p.width + x) * 4) < 250) return true;
    }
  }
  return false;
}

/**
 * Reads every QR code on a page, as a phone would read each one in turn. jsQR reads one code per picture, so the
 * page is cut first: dark areas are joined on a grid of 4-pixel cells, and each square area at least 12 mm wide is
 * decoded on its own, with a white margin for the quiet zone. Areas that are not codes (a block of text) just do
 * not decode.
 */
export function decodeQrCodes(p: PaperPage): string[] {
  const CELL = 4;
  const cols = Math.ceil(p.width / CELL);
  const rows = Math.ceil(p.height / CELL);
  const dark = new Uint8Array(cols * rows);
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width; x++) if (luminance(p, (y * p.width + x) * 4) < 128) dark[Math.floor(y / CELL) * cols + Math.floor(x / CELL)] = 1;
  }
  const seen = new Uint8Array(cols * rows);
  const found: string[] = [];
  for (let start = 0; start < dark.length; start++) {
    if (!dark[start] || seen[start]) continue;
    let [x0, y0, x1, y1] = [cols, rows, 0, 0];
    const queue = [start];
    seen[start] = 1;
    while (queue.length) {
      const at = queue.pop()!;
      const [cx, cy] = [at % cols, Math.floor(at / cols)];
      [x0, y0, x1, y1] = [Math.min(x0, cx), Math.min(y0, cy), Math.max(x1, cx), Math.max(y1, cy)];
      for (const next of [at - 1, at + 1, at - cols, at + cols]) {
        if (next < 0 || next >= dark.length || seen[next] || !dark[next] || Math.abs((next % cols) - cx) > 1) continue;
        seen[next] = 1;
        queue.push(next);
      }
    }
    const [w, h] = [(x1 - x0 + 1) * CELL, (y1 - y0 + 1) * CELL];
    if (w < 12 * MM || h < 12 * MM || w / h < 0.8 || w / h > 1.25) continue;
    const code = decodeArea(p, x0 * CELL, y0 * CELL, w, h);
    if (code !== null) found.push(code);
  }
  return found;
}

function decodeArea(p: PaperPage, left: number, top: number, w: number, h: number): string | null {
  const pad = 24;
  const [width, height] = [w + 2 * pad, h + 2 * pad];
  const out = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < h && top + y < p.height; y++) {
    for (let x = 0; x < w && left + x < p.width; x++) {
      const from = ((top + y) * p.width + left + x) * 4;
      out.set(p.pixels.subarray(from, from + 4), ((y + pad) * width + x + pad) * 4);
    }
  }
  return jsQR(out, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}
