import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { normalizeBasePath } from '../src/shared/base-path.ts';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../src/shared/headers-file.ts';
import { cacheControlFor } from './static-server/cache-control.ts';
import { contentTypeFor } from '../src/shared/content-type.ts';
import { locateFile } from './static-server/locate-file.ts';
import { hasFileExtension, parseRequestPath } from './static-server/request-path.ts';
import { pageRedirect } from './static-server/page-redirect.ts';

/** Where and what to serve. */
export interface StaticServerOptions {
  /** Folder to serve, e.g. `dist/`. */
  root: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Interface to listen on; loopback only unless asked, so a test run never exposes files. */
  host?: string;
  /** URL path the site is mounted at, like the build's BASE_PATH: `/` or `/notes/`. */
  basePath?: string;
  /** Sent with every response, as a host configured with `_headers` would (tests use it for a CSP). */
  headers?: Record<string, string>;
  /** Sends what the root's `_headers` file gives each path, as Netlify and Cloudflare Pages do (`npm start`). */
  headersFile?: boolean;
}

/** A running static server. */
export interface StaticServer {
  /** Address of the site root, ending in the base path: `http://127.0.0.1:41234/notes/`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and drops open (keep-alive) connections, so it never hangs. Safe to call twice. */
  close(): Promise<void>;
  /** Serves another folder from now on, as a deploy to the same origin would. */
  setRoot(dir: string): void;
}

/** Serves a built site the way a static host does: `<page>.html` for `<page>`, 404.html, cache headers. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const basePath = normalizeBasePath(options.basePath ?? '/');
  const host = options.host ?? '127.0.0.1';
  let root = existingFolder(options.root);
  let rules = options.headersFile ? headerRulesOf(root) : [];

  const server = http.createServer((request, response) => {
    // Read the root once per request, so a setRoot() mid-request cannot mix two deploys.
    for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
    handle(request, response, { root, basePath, rules }).catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      else sendText(request, response, 500, `Internal server error: ${String(error)}`);
    });
  });
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${hostForUrl(host)}:${port}${basePath}`,
    port,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
    setRoot(dir) {
      root = existingFolder(dir);
      if (options.headersFile) rules = headerRulesOf(root);
    },
  };
}

/** What one request is served from: the deploy's folder, its base path and its `_headers` rules. */
interface Site {
  root: string;
  basePath: string;
  rules: HeaderRule[];
}

async function handle(request: http.IncomingMessage, response: http.ServerResponse, site: Site): Promise<void> {
  const { root, basePath } = site;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(request, response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const target = parseRequestPath(request.url ?? '/', basePath);
  switch (target.kind) {
    case 'malformed':
      // No file can have such a name: the reader gets the site's own Not found page.
      return sendNotFound(request, response, root, {});
    case 'outside':
      return sendText(request, response, 404, 'Not found');
    case 'base-without-slash':
      return redirect(request, response, target.location);
  }
  const canonical = pageRedirect(request, target.pathname, target.search, basePath);
  if (canonical) return redirect(request, response, canonical);

  // `_headers` names paths from the site root, whatever the base path.
  const sitePath = `/${target.relative}${target.trailingSlash && target.relative !== '' ? '/' : ''}`;
  const ruled = headersForPath(site.rules, sitePath);

  const located = await locateFile(root, target.relative, target.trailingSlash);
  if (located.kind === 'file') return sendFile(request, response, located, ruled);
  if (located.kind === 'directory-without-slash') {
    return redirect(request, response, `${target.pathname}/${target.search}`);
  }
  // An extensionless path is a page: `posts/x` is served from the prerendered `posts/x.html`, as
  // GitHub Pages, Netlify and Cloudflare Pages do. A miss with an extension is a missing file and
  // gets a plain 404, or broken asset URLs would "load" as HTML.
  if (!hasFileExtension(target.relative)) {
    const page = await locateFile(root, `${target.relative.replace(/\/+$/, '')}.html`, false);
    if (page.kind === 'file') return sendFile(request, response, page, ruled);
    return sendNotFound(request, response, root, ruled);
  }
  sendText(request, response, 404, 'Not found');
}

/** The site's Not found page (404.html) with status 404, or a plain 404 where the site has none. */
async function sendNotFound(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  root: string,
  ruled: Record<string, string>,
): Promise<void> {
  const notFound = await locateFile(root, '404.html', false);
  if (notFound.kind === 'file') return sendFile(request, response, notFound, ruled, 404);
  sendText(request, response, 404, 'Not found');
}

/** Sends a file with its type, cache policy and ETag; `ruled` (from `_headers`) overrides any of them. */
async function sendFile(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  { file, relative }: { file: string; relative: string },
  ruled: Record<string, string>,
  status = 200,
): Promise<void> {
  // Whole-file reads: built sites are small, and it lets the ETag be a hash of exactly what is sent.
  const body = await readFile(file);
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers = {
    'Content-Type': contentTypeFor(file),
    'Cache-Control': cacheControlFor(relative),
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
    ...ruled,
  };
  if (status === 200 && matchesEtag(request.headers['if-none-match'], etag)) {
    response.writeHead(304, headers).end();
    return;
  }
  // Compressed as every static host does, so what the bench measures is what readers download.
  const gzipped = acceptsGzip(request) && isCompressible(headers['Content-Type']) ? compressed(etag, body) : undefined;
  const sent = gzipped ?? body;
  response.writeHead(status, {
    ...headers,
    Vary: 'Accept-Encoding',
    ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
    'Content-Length': sent.length,
  });
  response.end(request.method === 'HEAD' ? undefined : sent);
}

// Compressed once per content, as hosts keep precompressed files: compressing every response
// again cost a first visit's service worker install tens of milliseconds of CPU on loopback.
const COMPRESSED_CACHE_BYTES = 32 * 1024 * 1024;
const compressedByEtag = new Map<string, Buffer>();
let compressedBytes = 0;

function compressed(etag: string, body: Buffer): Buffer {
  const cached = compressedByEtag.get(etag);
  if (cached) return cached;
  const gzipped = gzipSync(body);
  compressedByEtag.set(etag, gzipped);
  compressedBytes += gzipped.length;
  // Oldest first (a Map keeps insertion order) until it fits again.
  for (const [key, value] of compressedByEtag) {
    if (compressedBytes <= COMPRESSED_CACHE_BYTES) break;
    compressedByEtag.delete(key);
    compressedBytes -= value.length;
  }
  return gzipped;
}

function acceptsGzip(request: http.IncomingMessage): boolean {
  return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|javascript|manifest\+json|xml|rss\+xml|atom\+xml)|image\/svg\+xml)/.test(
    contentType,
  );
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

function redirect(request: http.IncomingMessage, response: http.ServerResponse, location: string): void {
  sendText(request, response, 301, `Moved to ${location}`, { Location: location });
}

function sendText(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  status: number,
  text: string,
  extraHeaders: Record<string, string> = {},
): void {
  const body = Buffer.from(`${text}\n`);
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    // Errors and redirects must not stick in caches: the next deploy may fix them.
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** The rules of a deploy's `_headers` file; none when it has no such file. */
function headerRulesOf(root: string): HeaderRule[] {
  try {
    return parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8'));
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
}

function existingFolder(dir: string): string {
  const absolute = path.resolve(dir);
  if (!statSync(absolute, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`Static server root ${absolute} is not a folder.`);
  }
  return absolute;
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** A wildcard address is not something to browse to; show the loopback equivalent instead. */
function hostForUrl(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
