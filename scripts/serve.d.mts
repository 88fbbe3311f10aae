import type { Server } from 'node:http';
export interface Throttle {
  latencyMs: number;
  bytesPerSecond: number;
}
/** `http2`: HTTPS (a throwaway certificate for 127.0.0.1) with HTTP/2. */
export function startServer(options?: {
  port?: number;
  dir?: string;
  host?: string;
  throttle?: Throttle;
  http2?: boolean;
}): Promise<Server & { bytesSent: number }>;
/** The Chromium flag that trusts the throwaway certificate for 127.0.0.1, and only it. */
export function trustLocalhostCert(): string;
