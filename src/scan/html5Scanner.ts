/**
 * The one place that talks to html5-qrcode (upstream is in maintenance mode). Loaded by src/scan/scanner.ts only where
 * the browser cannot read QR codes itself, so on Chrome for Android it is neither downloaded nor stored.
 */
import { Html5Qrcode, Html5QrcodeSupportedFormats } from 'html5-qrcode';
import { isReadable } from './payload';
import { decodePhoto } from './photo';
import { CameraError, cameraProblem, listCameras, oneAtATime, type Scanner } from './scanner';

export function createHtml5Scanner(elementId: string): Scanner {
  const make = () =>
    new Html5Qrcode(elementId, {
      verbose: false,
      // Every 1D format left on costs time on every frame for nothing: posted codes are QR codes.
      formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE],
      // Not the browser's BarcodeDetector: where it reads QR codes, src/scan/nativeScanner.ts runs instead of this,
      // and where it is here it failed the probe (src/scan/nativeQr.ts), so it would read nothing.
      useBarCodeDetectorIfSupported: false,
    });
  // Made on first use: the element must exist then, and may be gone after a stop (the screen was left).
  let made: Html5Qrcode | null = null;
  const qr = () => (made ??= make());
  let running = false;
  const inTurn = oneAtATime();

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
          stopSecondReader = readFramesWithJsQR(elementId, onCode);
        } catch (error) {
          throw new CameraError(cameraProblem(error), error);
        }
      }),
    stop: () => inTurn(release),
    // Not Html5Qrcode.getCameras(): it opens a second stream, and many phones refuse a camera that is already in use.
    cameras: listCameras,
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
 * html5-qrcode decodes with ZXing, which often never finds a dense code: in the browser tests it read at most 2 of the 3 hand-off codes of the longest
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
