/** The script to add with addInitScript: `reads` false gives a reader that lists QR codes and reads none. */
export function barcodeStandIn(options?: { reads?: boolean }): string;
