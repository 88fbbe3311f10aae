import type { Dossier } from '../schema/dossier';
import { makeExportFile } from './exportFile';

/** Saves dossiers as a file through the browser's download, which works offline: nothing leaves the device. */
export async function downloadDossiers(dossiers: readonly Dossier[], round?: string): Promise<void> {
  const now = new Date();
  const text = await makeExportFile(dossiers, now, round);
  const day = now.toISOString().slice(0, 10);
  const name =
    dossiers.length === 1
      ? `mot-cua-${dossiers[0]!.code}-${dossiers[0]!.id.slice(0, 6)}-${day}.json`
      : `mot-cua-${dossiers.length}-ho-so-${day}.json`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
