import catalogue from 'virtual:catalogue';
import type { IndexEntry } from './types';

const byCode = new Map(catalogue.procedures.map((p) => [p.code, p]));

/** The catalogue's entry for a national code, or undefined when this commune does not list it. */
export const entryFor = (code: string): IndexEntry | undefined => byCode.get(code);
