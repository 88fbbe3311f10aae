import type { Server } from 'node:http';
export interface Throttle {
  latencyMs: number;
  bytesPerSecond: number;
}
export function startServer(options?: { port?: number; dir?: string; host?: string; throttle?: Throttle }): Promise<Server & { bytesSent: number }>;
