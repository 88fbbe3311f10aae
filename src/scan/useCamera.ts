import { useEffect, useRef, useState } from 'preact/hooks';
import { CameraError, type CameraProblem, createScanner, type Scanner } from './scanner';

export type CameraState = { state: 'starting' } | { state: 'scanning' } | { state: 'problem'; problem: CameraProblem } | { state: 'stopped' };

/**
 * A camera that reads QR codes into `onCode` while the component is shown, released when it is hidden or left.
 * For screens that read one kind of code in passing (an ID card inside a dossier step).
 */
export function useCamera(elementId: string, onCode: (text: string) => void) {
  const scanner = useRef<Scanner | null>(null);
  const handler = useRef(onCode);
  handler.current = onCode;
  const [camera, setCamera] = useState<CameraState>({ state: 'starting' });

  const start = async () => {
    const s = scanner.current;
    if (!s) return;
    setCamera({ state: 'starting' });
    try {
      await s.start(null, (text) => handler.current(text));
      setCamera({ state: 'scanning' });
    } catch (error) {
      setCamera({ state: 'problem', problem: error instanceof CameraError ? error.problem : 'other' });
    }
  };
  const stop = async () => {
    await scanner.current?.stop();
    setCamera({ state: 'stopped' });
  };

  useEffect(() => {
    scanner.current = createScanner(elementId);
    void start();
    const onVisibility = () => document.hidden && void stop();
    document.addEventListener('visibilitychange', onVisibility);
    addEventListener('pagehide', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      removeEventListener('pagehide', onVisibility);
      void scanner.current?.stop();
      scanner.current = null;
    };
  }, []);

  const scanFile = async (file: File): Promise<string | null> => {
    await stop();
    return (await scanner.current?.scanFile(file).catch(() => null)) ?? null;
  };

  return { camera, start, stop, scanFile };
}
