import { deleteDossier, listDossiers } from '../storage/dossiers';
import { dropJournal } from '../storage/journal';
import { nextVisit } from './deskState';
import { ofVisit } from './visit';

/**
 * Clears the citizen's dossiers from this shared tablet and starts the next visit. Dossiers of other visits, of
 * outreach rounds and of the device's own use stay. Their localStorage journal entries go too.
 */
export async function endVisit(visit: string): Promise<number> {
  const mine = ofVisit((await listDossiers()).dossiers, visit);
  for (const d of mine) {
    await deleteDossier(d.id);
    dropJournal(d.id);
  }
  nextVisit();
  return mine.length;
}
