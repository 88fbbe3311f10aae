/** The desk's same-day receipts. Like dossiers, each record read back is checked against the schema. */
import { Receipt } from '../schema/dossier';
import * as v from 'valibot';
import { database, RECEIPTS, storageTask as run } from './database';

/** The receipts of one day, in the order they were received; records that fail the schema are left out. */
export const receiptsOf = (day: string) =>
  run(async () => {
    const all: unknown[] = await (await database()).getAll(RECEIPTS);
    return all
      .flatMap((r) => {
        const checked = v.safeParse(Receipt, r);
        return checked.success && checked.output.day === day ? [checked.output] : [];
      })
      .sort((a, b) => a.number - b.number);
  });

export const saveReceipt = (receipt: Receipt) =>
  run(async () => {
    await (await database()).put(RECEIPTS, receipt);
  });
