import type { Server } from 'node:http';
export function startServer(options?: { port?: number; dir?: string; host?: string }): Promise<Server>;
