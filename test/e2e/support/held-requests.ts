import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server in front of another that holds some requests; see holdRequests. */
export interface HoldingServer {
  /** The address to browse, with a trailing slash. */
  url: string;
  /** Resolves once the first held request has arrived. */
  requested: Promise<void>;
  /** Ends every held request, and those that come until `release`, with a dropped connection, as a lost network does. */
  fail(): void;
  /** Lets every request through from now on. */
  release(): void;
  close(): Promise<void>;
}

/**
 * Serves `upstream` (a served build's address) on 127.0.0.1 at a free port, holding each request whose path matches
 * `pattern` until `fail` is called. Unlike a Playwright route, it sees every request: the page's, its workers' and
 * its service worker's, however soon after they start.
 */
export async function holdRequests(upstream: string, pattern: RegExp): Promise<HoldingServer> {
  let seen!: () => void;
  const requested = new Promise<void>((resolve) => (seen = resolve));
  let fail!: () => void;
  const failed = new Promise<void>((resolve) => (fail = resolve));
  let released = false;
  const server = createServer((incoming, outgoing) => {
    // The browser sends again at once a request whose reused connection dropped: that one must fail too.
    if (!released && pattern.test(new URL(incoming.url ?? '/', upstream).pathname)) {
      seen();
      void failed.then(() => incoming.socket.destroy());
      return;
    }
    const { host: _host, ...headers } = incoming.headers;
    const proxied = forward(new URL(incoming.url ?? '/', upstream), { method: incoming.method, headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    proxied.on('error', () => outgoing.destroy());
    incoming.pipe(proxied);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requested,
    fail,
    release: () => (released = true),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
