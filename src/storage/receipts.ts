/**
 * The desk's same-day receipts. Like dossiers, each record read back is checked against the schema, and one that
 * fails is moved to the quarantine store with the reason (kept, not deleted), so it is never shown as if it were fine.
 */
import { checkReceipt, type Receipt } from '../schema/dossier';
import { database, RECEIPTS, readAllChecked, storageTask as run } from './database';

/** The records of one day that pass the schema. */
const ofDay = (all: unknown[], day: string) =>
  all.flatMap((r) => {
    const checked = checkReceipt(r);
    return checked.ok && checked.receipt.day === day ? [checked.receipt] : [];
  });

/** The receipts of one day, in the order they were received; damaged ones go to quarantine on the way. */
export const receiptsOf = (day: string) =>
  run(async () =>
    (await readAllChecked(RECEIPTS, checkReceipt))
      .map((checked) => checked.receipt)
      .filter((receipt) => receipt.day === day)
      .sort((a, b) => a.number - b.number),
  );

/**
 * Stores a new receipt with the day's next running number. The number is chosen in the same transaction that writes
 * it, so two taps quicker than the list reloads still get two numbers.
 */
export const addReceipt = (receipt: Omit<Receipt, 'number'>) =>
  run(async () => {
    const tx = (await database()).transaction(RECEIPTS, 'readwrite');
    const last = Math.max(0, ...ofDay(await tx.store.getAll(), receipt.day).map((r) => r.number));
    const added: Receipt = { ...receipt, number: last + 1 };
    await Promise.all([tx.store.put(added), tx.done]);
    return added;
  });

export const saveReceipt = (receipt: Receipt) =>
  run(async () => {
    await (await database()).put(RECEIPTS, receipt);
  });
