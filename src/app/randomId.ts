/** Random lower-case base-36 ids (16 characters carry ~82 bits): made on devices that later meet on one tablet. */
export const randomId = (length = 16) => Array.from(crypto.getRandomValues(new Uint8Array(length)), (b) => (b % 36).toString(36)).join('');
