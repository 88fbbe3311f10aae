import { useEffect, useRef, useState } from 'preact/hooks';
import { LOCAL_KEYS, readLocal, writeLocal } from '../app/localStore';
import { type Camera, CameraError, type CameraProblem, createScanner, type Scanner } from './scanner';

export type CameraState =
  /** Not started: inside an app's browser, where the camera is often blocked, it starts only on request. */
  { state: 'off' } | { state: 'starting' } | { state: 'scanning' } | { state: 'problem'; problem: CameraProblem } | { state: 'stopped' };

const rememberedCamera = () => readLocal(LOCAL_KEYS.camera);

/**
 * The one camera lifecycle, for /scan and the ID-card reader: reads QR codes into `onCode` while it runs; uses the
 * camera chosen last (and the rear one if that camera is gone); lets the person switch camera and light the torch;
 * is released whenever the page is hidden and comes back once when it is shown again, if hiding stopped it; and is
 * released for good when the component goes. Photos are read by the same scanner. `autoStart: false` waits for
 * `start()`.
 */
export function useCamera(elementId: string, onCode: (text: string) => void, { autoStart = true } = {}) {
  const scanner = useRef<Scanner | null>(null);
  const handler = useRef(onCode);
  handler.current = onCode;
  /** The camera should be running: a code read, a photo picked or the page left makes it unwanted. */
  const wanted = useRef(autoStart);
  const [camera, setCamera] = useState<CameraState>({ state: autoStart ? 'starting' : 'off' });
  const [cameras, setCameras] = useState<Camera[]>([]);
  const [torch, setTorch] = useState<boolean | null>(null);

  /** Made on first use: a photo can be picked before the camera is asked for. */
  const scannerNow = () => {
    scanner.current ??= createScanner(elementId);
    return scanner.current;
  };
  // The decoder reports every frame that shows the code; only those while the camera is wanted count.
  const onFrame = (text: string) => {
    if (wanted.current) handler.current(text);
  };

  const start = async (id: string | null = rememberedCamera()) => {
    // None once the component is gone: nothing may turn the camera on after that.
    const s = scanner.current;
    if (!s) return;
    wanted.current = true;
    setCamera({ state: 'starting' });
    setTorch(null);
    try {
      await s.start(id, onFrame).catch(async (error: unknown) => {
        // A remembered camera may be gone (another phone, a detached webcam): fall back to the rear camera.
        if (id === null) throw error;
        await s.start(null, onFrame);
      });
      if (!wanted.current) return void s.stop();
      setCamera({ state: 'scanning' });
      setTorch(s.torchSupported() ? false : null);
      setCameras(await s.cameras().catch(() => []));
    } catch (error) {
      setCamera({ state: 'problem', problem: error instanceof CameraError ? error.problem : 'other' });
    }
  };
  const stop = async () => {
    wanted.current = false;
    await scanner.current?.stop();
    setCamera({ state: 'stopped' });
  };

  useEffect(() => {
    scannerNow();
    // A photo picked before this first effect ran has already made the camera unwanted.
    if (wanted.current) void start();
    // Browsers may report "visible" more than once: the camera comes back once, and only if hiding stopped it.
    let stoppedWhileHidden = false;
    const onVisibility = () => {
      if (document.hidden) {
        stoppedWhileHidden = wanted.current;
        void scanner.current?.stop();
      } else if (stoppedWhileHidden && wanted.current) {
        stoppedWhileHidden = false;
        void start();
      }
    };
    const onHide = () => void scanner.current?.stop();
    document.addEventListener('visibilitychange', onVisibility);
    addEventListener('pagehide', onHide);
    return () => {
      wanted.current = false;
      document.removeEventListener('visibilitychange', onVisibility);
      removeEventListener('pagehide', onHide);
      void scanner.current?.stop();
      scanner.current = null;
    };
  }, []);

  const switchCamera = () => {
    const index = cameras.findIndex((c) => c.id === rememberedCamera());
    const next = cameras[(index + 1) % cameras.length];
    if (!next) return;
    writeLocal(LOCAL_KEYS.camera, next.id);
    void start(next.id);
  };
  const toggleTorch = () =>
    void scanner.current?.setTorch(!torch).then(
      () => setTorch(!torch),
      () => setTorch(null),
    );
  /** Reads a photo; the camera stops first, as a picked photo means it is not being used. */
  const scanFile = async (file: File): Promise<string | null> => {
    const s = scannerNow();
    await stop();
    return s.scanFile(file).catch(() => null);
  };

  return { camera, cameras, torch, start, stop, switchCamera, toggleTorch, scanFile };
}
