/** Messages between the service worker and the pages. */
export const STORE_FAILED = 'STORE_FAILED';

export interface StoreFailedMessage {
  type: typeof STORE_FAILED;
  /** storage: the device refused to store more (quota); network: a file could not be fetched. */
  reason: 'storage' | 'network';
}

export function isStoreFailed(data: unknown): data is StoreFailedMessage {
  const m = data as Partial<StoreFailedMessage> | null;
  return m?.type === STORE_FAILED && (m.reason === 'storage' || m.reason === 'network');
}

/** A page asks a (waiting) service worker which data files its version holds; the answer goes to the port sent. */
export const DATA_FILES = 'DATA_FILES';

/** A page found a stored file damaged: the service worker stores it afresh and answers true once it has. */
export const REPAIR = 'REPAIR';

/**
 * Asks a service worker and waits for its answer on the port sent along; `read` checks the answer. A worker that
 * does not answer within `ms` (busy installing, or an older version that knows no such message) gives `fallback`.
 */
export function askWorker<T>(
  worker: ServiceWorker,
  message: { type: string } & Record<string, unknown>,
  ms: number,
  read: (data: unknown) => T,
  fallback: T,
): Promise<T> {
  const channel = new MessageChannel();
  return new Promise<T>((resolve) => {
    channel.port1.onmessage = (event) => resolve(read(event.data));
    worker.postMessage(message, [channel.port2]);
    setTimeout(() => resolve(fallback), ms);
  });
}
