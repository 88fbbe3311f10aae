/**
 * The one place that talks to html5-qrcode (upstream is in maintenance mode), behind a small interface of our own so
 * the decoder stays replaceable. Loaded only with the /scan screen.
 */
import { Html5Qrcode, Html5QrcodeSupportedFormats } from 'html5-qrcode';
import { isReadable } from './payload';

export interface Camera {
  id: string;
  label: string;
}

/** Why the camera cannot be used, in the words the screen will explain. */
export type CameraProblem = 'denied' | 'noCamera' | 'insecure' | 'busy' | 'other';

export interface Scanner {
  /** Starts the camera (a device id, or the rear camera when null) and calls onCode with each decoded text. */
  start(cameraId: string | null, onCode: (text: string) => void): Promise<void>;
  /** Releases the camera. Safe to call at any time, any number of times. */
  stop(): Promise<void>;
  /** The cameras of the device; call after start(), once permission is granted. */
  cameras(): Promise<Camera[]>;
  torchSupported(): boolean;
  setTorch(on: boolean): Promise<void>;
  /** Decodes a photo of a code (from the gallery). */
  scanFile(file: File): Promise<string>;
}

export class CameraError extends Error {
  constructor(
    readonly problem: CameraProblem,
    cause?: unknown,
  ) {
    super(problem, { cause });
  }
}

/** html5-qrcode reports getUserMedia failures as strings or DOMExceptions; both carry the DOMException's name. */
export function cameraProblem(error: unknown): CameraProblem {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/NotAllowedError|PermissionDenied|Permission denied|SecurityError/i.test(text)) return 'denied';
  if (/NotFoundError|DevicesNotFound|OverconstrainedError|no camera|not found/i.test(text)) return 'noCamera';
  if (/NotReadableError|TrackStartError|Could not start video source|in use/i.test(text)) return 'busy';
  if (/secure context|https|insecure/i.test(text)) return 'insecure';
  return 'other';
}

export function createScanner(elementId: string): Scanner {
  const make = () =>
    new Html5Qrcode(elementId, {
      verbose: false,
      // Every 1D format left on costs time on every frame for nothing: posted codes are QR codes.
      formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE],
      // The browser's own BarcodeDetector, where there is one, is faster than the bundled decoder.
      useBarCodeDetectorIfSupported: true,
    });
  // Made on first use: the element must exist then, and may be gone after a stop (the screen was left).
  let made: Html5Qrcode | null = null;
  const qr = () => (made ??= make());
  let running = false;
  // Start and stop run one after another: a quick hide-and-show (or leave-and-return) must not start the camera
  // while the previous stop is still releasing it.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  let stopSecondReader = () => undefined as void;
  const release = async () => {
    stopSecondReader();
    if (!made) return;
    // html5-qrcode's own flag too: ours only knows of starts that succeeded.
    if (running || made.isScanning) {
      running = false;
      await made.stop().catch(() => undefined);
    }
    // Always after stop(): html5-qrcode leaves its video and canvas in the page otherwise.
    try {
      made.clear();
    } catch {
      // Nothing was rendered yet, or the element is gone with its screen.
    }
    // After a stop, html5-qrcode can still believe it is scanning ("Cannot clear while scan is ongoing" on the next
    // start, seen when a hidden page is shown again) although the camera is released: the next start gets a new one.
    made = null;
  };

  return {
    start: (cameraId, onCode) =>
      inTurn(async () => {
        if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) throw new CameraError('insecure');
        // Two starts in a row (a visibility event twice, say) must not find the camera already running.
        await release();
        try {
          await qr().start(
            cameraId ?? { facingMode: 'environment' },
            // A square box in the middle: the decoder looks only there, which is cheaper on slow phones.
            { fps: 10, qrbox: (w, h) => ({ width: Math.floor(Math.min(w, h) * 0.7), height: Math.floor(Math.min(w, h) * 0.7) }) },
            (text) => isReadable(text) && onCode(text),
            () => undefined,
          );
          running = true;
          if (!('BarcodeDetector' in window)) stopSecondReader = readFramesWithJsQR(elementId, onCode);
        } catch (error) {
          throw new CameraError(cameraProblem(error), error);
        }
      }),
    stop: () => inTurn(release),
    async cameras() {
      // Listed after start(), when permission is granted: enumerateDevices then gives labels without opening a second
      // stream (Html5Qrcode.getCameras() would, and many phones refuse a camera that is already in use).
      const devices = await navigator.mediaDevices.enumerateDevices();
      return devices.filter((d) => d.kind === 'videoinput' && d.deviceId).map((d, i) => ({ id: d.deviceId, label: d.label || `${i + 1}` }));
    },
    torchSupported() {
      try {
        return running && qr().getRunningTrackCameraCapabilities().torchFeature().isSupported();
      } catch {
        return false;
      }
    },
    async setTorch(on) {
      await qr().getRunningTrackCameraCapabilities().torchFeature().apply(on);
    },
    scanFile: (file) =>
      inTurn(async () => {
        try {
          const text = await qr().scanFile(file, false);
          if (isReadable(text)) return text;
        } catch {
          // Not read: the second decoder tries.
        }
        return decodePhoto(file);
      }),
  };
}

/** How often a camera frame also goes to jsQR, and the longest side it is read at. */
const SECOND_READ_MS = 500;
const FRAME_SIDE = 800;

/**
 * Where the browser has no BarcodeDetector (iOS, desktop; Android's Chrome has one), html5-qrcode decodes with ZXing,
 * which often never finds a dense code: in the browser tests it read at most 2 of the 3 hand-off codes of the longest
 * form shown on a phone, whatever the size. jsQR reads them, so twice a second a frame goes to it too. Returns the
 * function that stops it.
 */
function readFramesWithJsQR(elementId: string, onCode: (text: string) => void): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const tick = async () => {
    const video = document.querySelector<HTMLVideoElement>(`#${CSS.escape(elementId)} video`);
    if (context && video && video.readyState >= 2 && video.videoWidth) {
      const { default: jsQR } = await import('jsqr');
      const scale = Math.min(1, FRAME_SIDE / Math.max(video.videoWidth, video.videoHeight));
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const code = jsQR(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height, {
        inversionAttempts: 'dontInvert',
      });
      if (code && isReadable(code.data) && !stopped) onCode(code.data);
    }
    if (!stopped) timer = setTimeout(() => void tick(), SECOND_READ_MS);
  };
  timer = setTimeout(() => void tick(), SECOND_READ_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** The longest side a photo is decoded at: enough for a code that fills part of the picture, and light on memory. */
const PHOTO_SIDE = 1600;

/**
 * html5-qrcode runs ZXing without TRY_HARDER, which is right for ten camera frames a second. A photo is decoded once,
 * so when that fails it gets a second, more thorough decoder: on the shared bench photos jsQR read 62 of 62 where
 * html5-qrcode read 41.
 */
async function decodePhoto(file: File): Promise<string> {
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
