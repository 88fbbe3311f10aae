import { isReadable } from './payload';

/** The longest side a photo is decoded at: enough for a code that fills part of the picture, and light on memory. */
const PHOTO_SIDE = 1600;

/**
 * A photo the scanner could not read gets a second, more thorough decoder. html5-qrcode runs ZXing without
 * TRY_HARDER, which is right for ten camera frames a second, but on the shared bench photos jsQR read 62 of 62 where
 * html5-qrcode read 41. Where the browser reads QR codes itself, jsQR is not stored for offline use
 * (src/offline/decoders.ts): offline, a photo its reader missed then stays unread.
 */
export async function decodePhoto(file: File): Promise<string> {
  const [{ default: jsQR }, bitmap] = await Promise.all([import('jsqr'), createImageBitmap(file)]);
  const scale = Math.min(1, PHOTO_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no canvas');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const code = jsQR(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: 'attemptBoth' });
  if (!code || !isReadable(code.data)) throw new Error('no readable QR code in the photo');
  return code.data;
}
