/**
 * Small remembered values. localStorage may be missing or refuse writes (private mode, storage pressure): then the
 * value is simply not remembered, and nothing fails.
 */
export function readLocal(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeLocal(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered: the choice holds until the page closes.
  }
}
