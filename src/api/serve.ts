/**
 * Runs the API + dashboard on Node's HTTP server (@hono/node-server).
 */
import { serve as serveNode } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/store.js';
import { createApp, type AppOptions } from './app.js';

export interface ServeOptions extends AppOptions {
  store: Store;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:8080 */
  address: string;
  close(): Promise<void>;
}

/** Starts the server and resolves once it listens, with its address and a way to stop it. */
export function startServer({ store, host = '127.0.0.1', port = 8080, ...appOptions }: ServeOptions): Promise<RunningServer> {
  const app = createApp(store, appOptions);
  return new Promise((resolvePromise, reject) => {
    const server = serveNode({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolvePromise({
        address: `http://${shownHost}:${info.port}`,
        close: () => new Promise<void>((done, fail) => server.close((err) => (err ? fail(err) : done()))),
      });
    });
    server.once('error', reject);
  });
}

/** Starts the server and resolves with the bound address (the CLI keeps it running). */
export async function serve(options: ServeOptions): Promise<string> {
  return (await startServer(options)).address;
}
