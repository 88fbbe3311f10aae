/**
 * The camera read by the browser's own QR reader (BarcodeDetector), where src/scan/nativeQr.ts found one that reads:
 * no decoder to download or store, and faster than the bundled ones on a slow phone. The same Scanner as
 * html5Scanner.ts: a video in the element, ten reads a second, torch, photos.
 */
import type { QrDetector } from './nativeQr';
import { isReadable } from './payload';
import { decodePhoto } from './photo';
import { CameraError, cameraProblem, listCameras, oneAtATime, type Scanner } from './scanner';

/** Between the end of one read and the start of the next: about html5-qrcode's ten frames a second, never piling up. */
const READ_EVERY_MS = 100;

/** The torch is a camera capability Chromium has long had and TypeScript's DOM types do not list yet. */
type WithTorch = MediaTrackCapabilities & { torch?: boolean };

export function createNativeScanner(elementId: string, detector: QrDetector): Scanner {
  const inTurn = oneAtATime();
  let stream: MediaStream | null = null;
  let video: HTMLVideoElement | null = null;
  /** The square to aim at, drawn over the video as html5-qrcode draws its own (styles.css). */
  let aim: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const release = () => {
    clearTimeout(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    video?.remove();
    video = null;
    aim?.remove();
    aim = null;
  };
  const track = () => stream?.getVideoTracks()[0];

  /** Reads `shown` until another start or a stop replaces it. */
  const readFrames = (shown: HTMLVideoElement, onCode: (text: string) => void) => {
    const read = async () => {
      if (shown.readyState >= 2) {
        const codes = await detector.detect(shown).catch(() => []);
        for (const { rawValue } of codes) if (video === shown && isReadable(rawValue)) onCode(rawValue);
      }
      if (video === shown) timer = setTimeout(() => void read(), READ_EVERY_MS);
    };
    timer = setTimeout(() => void read(), READ_EVERY_MS);
  };

  return {
    start: (cameraId, onCode) =>
      inTurn(async () => {
        if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) throw new CameraError('insecure');
        release();
        const place = document.getElementById(elementId);
        if (!place) throw new CameraError('other');
        const shown = document.createElement('video');
        // Muted and inline, or mobile browsers refuse to play it without a tap, or play it full screen.
        shown.muted = true;
        shown.playsInline = true;
        try {
          stream = await navigator.mediaDevices.getUserMedia({
            audio: false,
            video: cameraId ? { deviceId: { exact: cameraId } } : { facingMode: 'environment' },
          });
          shown.srcObject = stream;
          aim = document.createElement('div');
          aim.className = 'aim';
          place.append(shown, aim);
          video = shown;
          await shown.play();
        } catch (error) {
          release();
          throw new CameraError(cameraProblem(error), error);
        }
        readFrames(shown, onCode);
      }),
    stop: () => inTurn(async () => release()),
    cameras: listCameras,
    torchSupported: () => (track()?.getCapabilities?.() as WithTorch | undefined)?.torch === true,
    async setTorch(on) {
      await track()?.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
    },
    scanFile: (file) =>
      inTurn(async () => {
        const bitmap = await createImageBitmap(file);
        try {
          const found = (await detector.detect(bitmap).catch(() => [])).find(({ rawValue }) => isReadable(rawValue));
          if (found) return found.rawValue;
        } finally {
          bitmap.close();
        }
        return decodePhoto(file);
      }),
  };
}
