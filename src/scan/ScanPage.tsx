import catalogue from 'virtual:catalogue';
import portalUuids from 'virtual:portal-uuids';
import { useRef, useState } from 'preact/hooks';
import { Lazy } from '../app/Lazy';
import { navigate } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';
import { createCollector, isTransferPart } from '../handoff/transfer';
import { t } from '../i18n';
import { inApp } from '../inapp/here';
import { names } from '../inapp/names';
import { OpenInBrowser } from '../inapp/OpenInBrowser';
import type { Dossier } from '../schema/dossier';
import { classifyPayload, type Known, nationalCode, ownTarget, type Payload } from './payload';
import { ScanResult } from './ScanResult';
import { useCamera } from './useCamera';

/**
 * A handed-over dossier is checked and imported by the dossier screens' code, loaded only once one has arrived, so
 * a scanner opened to read a poster does not download it.
 */
const loadReadExport = () => import('../exchange/exportFile').then((m) => m.readExport);
const loadReceived = () => import('../exchange/ReceivedDossiers').then((m) => ({ default: m.ReceivedDossiers }));

const known: Known = {
  codes: new Set(catalogue.procedures.map((p) => p.code)),
  uuids: new Map(Object.entries(portalUuids)),
};
const READER_ID = 'reader';

/** What the screen shows once the camera has read something, or failed to read a photo. */
type Outcome =
  | { step: 'result'; payload: Exclude<Payload, { kind: 'procedure' }> }
  | { step: 'fileFailed' }
  | { step: 'received'; dossiers: Dossier[]; round?: string };

/** How far a dossier handed over by a sequence of QR codes has come, or why it was refused. */
type Receiving = { have: number; total: number } | { problem: 'damaged' | 'tooLarge' | 'invalid' | 'notTransfer' } | null;

/**
 * /scan: reads posted QR codes with the camera, a photo, or a typed code, all on the device. Inside an app's browser
 * (src/inapp) it leads with the photo and the typed code, and tries the camera only when asked.
 */
export default function ScanPage() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
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
    const checked = await (await loadReadExport())(state.value);
    if (!checked.ok) return setReceiving({ problem: 'invalid' });
    await camera.stop();
    setReceiving(null);
    setOutcome({ step: 'received', dossiers: checked.dossiers, ...(checked.round ? { round: checked.round } : {}) });
  };

  const handle = async (text: string) => {
    if (isTransferPart(text)) return receivePart(text);
    const payload = classifyPayload(text, known);
    await camera.stop();
    const target = ownTarget(payload);
    if (target) navigate(target);
    else setOutcome({ step: 'result', payload: payload as Exclude<Payload, { kind: 'procedure' }> });
  };
  const camera = useCamera(READER_ID, (text) => void handle(text), { autoStart: !inApp });
  const again = () => {
    setOutcome(null);
    void camera.start();
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await camera.scanFile(file);
    if (text === null) setOutcome({ step: 'fileFailed' });
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
  const state = camera.camera.state;
  const live = !outcome && (state === 'starting' || state === 'scanning');
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
        {live && <p class="hint">{t(state === 'starting' ? 'scan.starting' : 'scan.hint')}</p>}
      </div>
      {live && state === 'scanning' && (camera.cameras.length > 1 || camera.torch !== null) && (
        <p class="links">
          {camera.cameras.length > 1 && (
            <button type="button" class="button" onClick={camera.switchCamera}>
              {t('scan.switchCamera')}
            </button>
          )}
          {camera.torch !== null && (
            <button type="button" class="button" aria-pressed={camera.torch} onClick={camera.toggleTorch}>
              {t('scan.torch')}
            </button>
          )}
        </p>
      )}
      <div role="status" aria-live="polite">
        {!outcome && camera.camera.state === 'problem' && (
          <div class="error">
            <p>{t(`scan.problem.${camera.camera.problem}`)}</p>
            <p>{t('scan.otherWays')}</p>
          </div>
        )}
        {outcome?.step === 'fileFailed' && <p class="error">{t('scan.fileFailed')}</p>}
        {receiving && 'have' in receiving && <p class="notice">{t('handoff.receive.progress', receiving)}</p>}
        {receiving && 'problem' in receiving && (
          <p class="error">{t(`handoff.receive.${receiving.problem === 'notTransfer' ? 'damaged' : receiving.problem}`)}</p>
        )}
        {outcome?.step === 'received' && <Lazy load={loadReceived} props={{ dossiers: outcome.dossiers, round: outcome.round, onCancel: again }} />}
        {outcome?.step === 'result' && (
          <section class="scan-result">
            <ScanResult payload={outcome.payload} />
          </section>
        )}
      </div>
      {!live && !(state === 'off' && inApp?.camera === 'missing') && (
        <p>
          <button type="button" class={state === 'off' ? 'button' : 'button primary'} onClick={again}>
            {t(!outcome && state === 'problem' ? 'status.retry' : state === 'off' ? 'inapp.scan.tryCamera' : 'scan.again')}
          </button>
        </p>
      )}
      {!inApp && fallbacks}
    </>
  );
}
