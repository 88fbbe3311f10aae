import type { LocalizedText } from '../schema/common';
import type { Commune } from '../schema/commune';
import type { Field, FilingMode, Procedure } from '../schema/procedure';

/** One procedure as the catalogue lists and searches it, bundled with the app. */
export interface IndexEntry {
  code: string;
  name: LocalizedText;
  field: Field;
  keywords: { vi: string[]; en: string[] };
  paperless: boolean;
  sameDayFriday: boolean;
  /** Content-hashed URL of this procedure's SheetData. */
  sheetUrl: string;
  /** Its form templates (keys of `formUrls`), so a new dossier asks for them beside its sheet, not after it. */
  formIds: string[];
  /** The first and last days of its time-limited rules: the list marks a sheet whose rule has run out. */
  starts: string[];
  ends: string[];
  /** How it is filed today: the desk and the dossier's hand-on page follow it. */
  filing: FilingMode;
}

export interface CatalogueIndex {
  /** The commune, less its desk practices (virtual:desk-days), which only /desk needs, and its maintainers' notes. */
  commune: Omit<Commune, 'deskDays' | 'notes'>;
  procedures: IndexEntry[];
  /** Form id → content-hashed URL of its FormTemplate. */
  formUrls: Record<string, string>;
}

/** What /p/<code> loads: the procedure with the commune's fee overrides applied, and its forms' titles. */
export interface SheetData {
  procedure: Procedure;
  /** Where the commune's own fees come from, when it overrides the procedure's. */
  feeOverrideSource: Commune['feeOverrides'][string]['source'] | null;
  forms: { id: string; title: LocalizedText }[];
}
