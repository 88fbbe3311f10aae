import catalogue from 'virtual:catalogue';
import portalUuids from 'virtual:portal-uuids';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LOCAL_KEYS, readLocal, writeLocal } from '../app/localStore';
import { navigate } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';
import { readExport } from '../dossier/exportFile';
import { ReceivedDossiers } from '../dossier/ReceivedDossiers';
import { createCollector, isTransferPart } from '../handoff/transfer';
import { t } from '../i18n';
import { inApp } from '../inapp/here';
import { names } from '../inapp/names';
import { OpenInBrowser } from '../inapp/OpenInBrowser';
import type { Dossier } from '../schema/dossier';
import { classifyPayload, type Known, nationalCode, ownTarget, type Payload } from './payload';
import { ScanResult } from './ScanResult';
import { type Camera, CameraError, type CameraProblem, createScanner, type Scanner } from './scanner';

const known: Known = {
  codes: new Set(catalogue.procedures.map((p) => p.code)),
  uuids: new Map(Object.entries(portalUuids)),
};
const READER_ID = 'reader';

type View =
  /** Not started: inside an app's browser, where the camera is often blocked, it starts only on request. */
  | { step: 'off' }
  | { step: 'starting' }
  | { step: 'scanning' }
  | { step: 'problem'; problem: CameraProblem }
  | { step: 'result'; payload: Exclude<Payload, { kind: 'procedure' }> }
  | { step: 'fileFailed' }
  | { step: 'received'; dossiers: Dossier[]; round?: string };

/** How far a dossier handed over by a sequence of QR codes has come, or why it was refused. */
type Receiving = { have: number; total: number } | { problem: 'damaged' | 'tooLarge' | 'invalid' | 'notTransfer' } | null;

const rememberedCamera = () => readLocal(LOCAL_KEYS.camera);

/**
 * /scan: reads posted QR codes with the camera, a photo, or a typed code, all on the device. Inside an app's browser
 * (src/inapp) it leads with the photo and the typed code, and tries the camera only when asked.
 */
export default function ScanPage() {
  const scanner = useRef<Scanner | null>(null);
  /** The camera should be running (it is stopped while the page is hidden, and restarted when it comes back). */
  const wanted = useRef(!inApp);
  const [view, setView] = useState<View>({ step: inApp ? 'off' : 'starting' });
  const [cameras, setCameras] = useState<Camera[]>([]);
  const [cameraId, setCameraId] = useState<string | null>(rememberedCamera);
  const [torch, setTorch] = useState<boolean | null>(null);
  const collector = useRef(createCollector());
  const [receiving, setReceiving] = useState<Receiving>(null);

  /**
   * A part of a dossier hand-off: the camera keeps reading until every part is in. A code that breaks anything here
   * is said to be unreadable, and the camera goes on: nothing a code holds may stop the scanner.
   */
  const receivePart = (text: string) => collectPart(text).catch(() => setReceiving({ problem: 'invalid' }));
  const collectPart = async (text: string) => {
    const state = await collector.current.add(text);
    if (state.state === 'progress') return setReceiving({ have: state.have, total: state.total });
    if (state.state === 'error') return setReceiving({ problem: state.reason });
    collector.current.reset();
    const checked = await readExport(state.value);
    if (!checked.ok) return setReceiving({ problem: 'invalid' });
    wanted.current = false;
    await scanner.current?.stop();
    setReceiving(null);
    setView({ step: 'received', dossiers: checked.dossiers, ...(checked.round ? { round: checked.round } : {}) });
  };

  const handle = async (text: string) => {
    if (isTransferPart(text)) return receivePart(text);
    const payload = classifyPayload(text, known);
    wanted.current = false;
    await scanner.current?.stop();
    const target = ownTarget(payload);
    if (target) navigate(target);
    else setView({ step: 'result', payload: payload as Exclude<Payload, { kind: 'procedure' }> });
  };

  // The decoder reports every frame that shows the code; only the first one counts.
  const onCameraCode = (text: string) => {
    if (wanted.current) void handle(text);
  };

  /** The screen's scanner, made on first use: a photo can be picked before the camera is asked for. */
  const scannerNow = () => (scanner.current ??= createScanner(READER_ID));

  const begin = async (id: string | null) => {
    const s = scanner.current;
    if (!s) return;
    wanted.current = true;
    setView({ step: 'starting' });
    setTorch(null);
    try {
      await s.start(id, onCameraCode).catch(async (error: unknown) => {
        // A remembered camera may be gone (another phone, a detached webcam): fall back to the rear camera.
        if (id === null) throw error;
        await s.start(null, onCameraCode);
      });
      if (!wanted.current) return void s.stop();
      setView({ step: 'scanning' });
      setTorch(s.torchSupported() ? false : null);
      setCameras(await s.cameras().catch(() => []));
    } catch (error) {
      setView({ step: 'problem', problem: error instanceof CameraError ? error.problem : 'other' });
    }
  };

  useEffect(() => {
    scannerNow();
    // A photo picked before this first effect ran has already stopped the camera from being wanted.
    if (wanted.current) void begin(cameraId);
    // The camera is released whenever the page is hidden (tab switch, phone locked) to save the battery.
    // Browsers may report "visible" more than once: the camera comes back once, and only if hiding stopped it.
    let stoppedWhileHidden = false;
    const onVisibility = () => {
      if (document.hidden) {
        stoppedWhileHidden = wanted.current;
        void scanner.current?.stop();
      } else if (stoppedWhileHidden && wanted.current) {
        stoppedWhileHidden = false;
        void begin(rememberedCamera());
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
    const index = cameras.findIndex((c) => c.id === cameraId);
    const next = cameras[(index + 1) % cameras.length]!;
    writeLocal(LOCAL_KEYS.camera, next.id);
    setCameraId(next.id);
    void begin(next.id);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const s = scannerNow();
    wanted.current = false;
    await s.stop();
    const text = await s.scanFile(file).catch(() => null);
    if (text === null) setView({ step: 'fileFailed' });
    else await handle(text);
  };

  const onTyped = (event: Event) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget as HTMLFormElement).get('code')?.toString().trim() ?? '';
    if (!value) return;
    if (nationalCode(value)) void handle(value);
    else navigate(`/?q=${encodeURIComponent(value)}`);
  };

  usePageTitle(t('scan.title'));
  const live = view.step === 'starting' || view.step === 'scanning';
  const fallbacks = (
    <section class="scan-fallbacks" aria-labelledby="other-ways">
      <h2 id="other-ways">{t('scan.otherWaysTitle')}</h2>
      <label class="button file-button">
        {t('scan.pickPhoto')}
        <input type="file" accept="image/*" class="visually-hidden" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
      </label>
      <form class="search" onSubmit={onTyped}>
        <label for="typed-code">{t('scan.typeLabel')}</label>
        <div class="inline-form">
          <input id="typed-code" name="code" type="search" autocomplete="off" placeholder={t('catalogue.searchPlaceholder')} />
          <button type="submit" class="button primary">
            {t('scan.go')}
          </button>
        </div>
      </form>
    </section>
  );
  return (
    <>
      <h1>{t('scan.title')}</h1>
      {inApp && (
        <>
          <p class="warning">
            {t(`inapp.scan.${inApp.camera}`, names(inApp))} <OpenInBrowser />
          </p>
          {fallbacks}
        </>
      )}
      <div class={`viewfinder${live ? '' : ' idle'}`}>
        <div id={READER_ID} />
        {live && <p class="hint">{t(view.step === 'starting' ? 'scan.starting' : 'scan.hint')}</p>}
      </div>
      {view.step === 'scanning' && (cameras.length > 1 || torch !== null) && (
        <p class="links">
          {cameras.length > 1 && (
            <button type="button" class="button" onClick={switchCamera}>
              {t('scan.switchCamera')}
            </button>
          )}
          {torch !== null && (
            <button
              type="button"
              class="button"
              aria-pressed={torch}
              onClick={() =>
                void scanner.current?.setTorch(!torch).then(
                  () => setTorch(!torch),
                  () => setTorch(null),
                )
              }
            >
              {t('scan.torch')}
            </button>
          )}
        </p>
      )}
      <div role="status" aria-live="polite">
        {view.step === 'problem' && (
          <div class="error">
            <p>{t(`scan.problem.${view.problem}`)}</p>
            <p>{t('scan.otherWays')}</p>
          </div>
        )}
        {view.step === 'fileFailed' && <p class="error">{t('scan.fileFailed')}</p>}
        {receiving && 'have' in receiving && <p class="notice">{t('handoff.receive.progress', receiving)}</p>}
        {receiving && 'problem' in receiving && (
          <p class="error">{t(`handoff.receive.${receiving.problem === 'notTransfer' ? 'damaged' : receiving.problem}`)}</p>
        )}
        {view.step === 'received' && <ReceivedDossiers dossiers={view.dossiers} round={view.round} onCancel={() => void begin(rememberedCamera())} />}
        {view.step === 'result' && (
          <section class="scan-result">
            <ScanResult payload={view.payload} />
          </section>
        )}
      </div>
      {!live && !(view.step === 'off' && inApp?.camera === 'missing') && (
        <p>
          <button type="button" class={view.step === 'off' ? 'button' : 'button primary'} onClick={() => void begin(rememberedCamera())}>
            {t(view.step === 'problem' ? 'status.retry' : view.step === 'off' ? 'inapp.scan.tryCamera' : 'scan.again')}
          </button>
        </p>
      )}
      {!inApp && fallbacks}
    </>
  );
}
