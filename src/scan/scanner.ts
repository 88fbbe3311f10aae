/**
 * The camera's QR reader, behind a small interface of our own: the browser's own reader where it reads QR codes
 * (src/scan/nativeQr.ts), html5-qrcode everywhere else, loaded only then. Loaded only with the screens that scan.
 */
import { readsQrNatively } from './nativeQr';

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

/** getUserMedia failures come as DOMExceptions, and html5-qrcode passes some on as strings; both carry the name. */
export function cameraProblem(error: unknown): CameraProblem {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/NotAllowedError|PermissionDenied|Permission denied|SecurityError/i.test(text)) return 'denied';
  if (/NotFoundError|DevicesNotFound|OverconstrainedError|no camera|not found/i.test(text)) return 'noCamera';
  if (/NotReadableError|TrackStartError|Could not start video source|in use/i.test(text)) return 'busy';
  if (/secure context|https|insecure/i.test(text)) return 'insecure';
  return 'other';
}

/** The cameras of the device, listed after a start: enumerateDevices then gives labels without opening a stream. */
export async function listCameras(): Promise<Camera[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((d) => d.kind === 'videoinput' && d.deviceId).map((d, i) => ({ id: d.deviceId, label: d.label || `${i + 1}` }));
}

/**
 * Runs tasks one after another. A scanner's start and stop go through one: a quick hide-and-show (or leave-and-return)
 * must not start the camera while the previous stop is still releasing it.
 */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (task) => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
}

/**
 * A scanner for the element `elementId`, which shows the camera. Which reader runs is settled on first use; until
 * then nothing is loaded. A reader that cannot be loaded (the bundled one, offline, where it was not stored) is a
 * camera problem like any other.
 */
export function createScanner(elementId: string): Scanner {
  let chosen: Promise<Scanner> | null = null;
  let ready: Scanner | null = null;
  const reader = () =>
    (chosen ??= readsQrNatively().then(async (detector) => {
      ready = detector
        ? (await import('./nativeScanner')).createNativeScanner(elementId, detector)
        : (await import('./html5Scanner')).createHtml5Scanner(elementId);
      return ready;
    }));
  const loaded = () =>
    reader().catch((error: unknown) => {
      chosen = null;
      throw new CameraError('other', error);
    });
  return {
    start: async (cameraId, onCode) => (await loaded()).start(cameraId, onCode),
    stop: async () => ready?.stop(),
    cameras: async () => (ready ? ready.cameras() : []),
    torchSupported: () => ready?.torchSupported() ?? false,
    setTorch: async (on) => ready?.setTorch(on),
    scanFile: async (file) => (await loaded()).scanFile(file),
  };
}
