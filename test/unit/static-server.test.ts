import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, hasContentHash } from '../../scripts/static-server/cache-control.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';

const SECRET = 'outside-the-root secret';

/** One temp folder per run: `site/` and `site-v2/` are two "deploys"; `secret.txt` sits next to them. */
let temp: string;
let site: string;
let siteV2: string;
const servers: StaticServer[] = [];

async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

async function serve(options: { basePath?: string; root?: string } = {}): Promise<StaticServer> {
  const server = await startStaticServer({ root: options.root ?? site, basePath: options.basePath ?? '/' });
  servers.push(server);
  return server;
}

/** A raw request, for paths fetch() would normalize away (`..`) and for methods it cannot send freely. */
function rawRequest(
  server: StaticServer,
  requestPath: string,
  method = 'GET',
  headers: http.OutgoingHttpHeaders = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: server.port, path: requestPath, method, headers, agent: false },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on('error', reject);
    request.end();
  });
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'static-server-test-'));
  site = path.join(temp, 'site');
  siteV2 = path.join(temp, 'site-v2');
  await writeFile(path.join(temp, 'secret.txt'), SECRET);
  await writeFiles(site, {
    'index.html': '<!doctype html><title>shell v1</title>',
    'sw.js': 'self.addEventListener("fetch", () => {});',
    'manifest.webmanifest': '{"name":"Field Notes"}',
    'assets/app-BxY12_ab.js': 'console.log("v1")',
    'assets/style-Dk3_x9Qa.css': 'body{}',
    'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'data/index.3f9a1c2b4e.json': '{"posts":[]}',
    'data/posts/kubecon-2017-thoughts.json': '{}',
    'feed.xml': '<rss/>',
    'rss.xml': '<rss/>',
    'atom.xml': '<feed/>',
    'sitemap.xml': '<urlset/>',
    'robots.txt': 'User-agent: *',
    'favicon.ico': 'ico',
    'icon-192.png': 'png',
    'fonts/inter.woff2': 'woff2',
    'assets/app-BxY12_ab.js.map': '{}',
    'module.mjs': 'export {}',
    'tags/index.html': '<!doctype html><title>tags page</title>',
    'posts/kubecon-2017-thoughts.html': '<!doctype html><title>post page</title>',
    'tags/kubernetes.html': '<!doctype html><title>tag page</title>',
    '404.html': '<!doctype html><title>not found page</title>',
  });
  await symlink(path.join(temp, 'secret.txt'), path.join(site, 'linked-secret.txt'));
  await writeFiles(siteV2, {
    'index.html': '<!doctype html><title>shell v2</title>',
    'assets/app-Zq98_XyW.js': 'console.log("v2")',
  });
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('startStaticServer', () => {
  it('listens on 127.0.0.1 at a free port and reports its URL', async () => {
    const server = await serve();
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves index.html for the root and for a directory with an index', async () => {
    const server = await serve();
    const root = await fetch(server.url);
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('shell v1');

    const tags = await fetch(new URL('tags/', server.url));
    expect(tags.status).toBe(200);
    expect(await tags.text()).toContain('tags page');
  });

  it('redirects a directory requested without its trailing slash', async () => {
    const server = await serve();
    const response = await fetch(new URL('tags?x=1', server.url), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/tags/?x=1');
  });

  it('serves a prerendered page for its extensionless path, and 404.html with status 404 for unknown pages', async () => {
    const server = await serve();
    const pages = {
      'posts/kubecon-2017-thoughts': 'post page',
      'posts/kubecon-2017-thoughts/': 'post page',
      'tags/kubernetes': 'tag page',
    };
    for (const [route, title] of Object.entries(pages)) {
      const response = await fetch(new URL(route, server.url));
      expect(response.status, route).toBe(200);
      expect(response.headers.get('content-type'), route).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control'), route).toBe(REVALIDATE);
      expect(await response.text(), route).toContain(title);
    }
    for (const route of ['posts/no-such-post', 'posts/v1.2-beta', 'unknown/deep/']) {
      const response = await fetch(new URL(route, server.url));
      expect(response.status, route).toBe(404);
      expect(response.headers.get('content-type'), route).toBe('text/html; charset=utf-8');
      expect(await response.text(), route).toContain('not found page');
    }
  });

  it('sends a page asked for by its file name to its own address, and serves the file to the service worker', async () => {
    const server = await serve();
    const navigate = { 'Sec-Fetch-Mode': 'navigate' };
    const moved = {
      '/index.html': '/',
      '/index.html?x=1': '/?x=1',
      '/posts/kubecon-2017-thoughts.html?x=1': '/posts/kubecon-2017-thoughts?x=1',
      '/tags/index.html': '/tags/',
      '/posts/no-such-post.html': '/posts/no-such-post',
    };
    for (const [asked, location] of Object.entries(moved)) {
      const response = await rawRequest(server, asked, 'GET', navigate);
      expect(response.status, asked).toBe(301);
      expect(response.headers.location, asked).toBe(location);
    }
    // curl and other clients that do not say what they fetch for are sent on too.
    expect((await rawRequest(server, '/index.html')).headers.location).toBe('/');
    // The service worker keeps pages by their file names: a redirect there could not be shown offline.
    const kept = await rawRequest(server, '/posts/kubecon-2017-thoughts.html', 'GET', {
      'Sec-Fetch-Mode': 'same-origin',
    });
    expect(kept.status).toBe(200);
    expect(kept.body).toContain('post page');
    expect((await rawRequest(server, '/404.html', 'GET', navigate)).body).toContain('not found page');
  });

  it('never redirects off the site or out of its base path', async () => {
    const root = await serve();
    // Read as a path, never as the address of another host: no home page here, and no redirect to the host "tags".
    for (const hostile of ['//evil.example', '//tags', '/\\tags', '/.//tags']) {
      const response = await rawRequest(root, hostile);
      expect(response.status, hostile).toBe(404);
      expect(response.body, hostile).not.toContain('shell');
    }
    const server = await serve({ basePath: '/notes/' });
    const navigate = { 'Sec-Fetch-Mode': 'navigate' };
    expect((await rawRequest(server, '/notes/index.html', 'GET', navigate)).headers.location).toBe('/notes/');
    for (const hostile of [
      '//evil.example/index.html',
      '//notes/tags',
      '/notes//evil.example/index.html',
      '/notes/.//evil.example/x.html',
    ]) {
      const response = await rawRequest(server, hostile, 'GET', navigate);
      expect(response.headers.location ?? '', hostile).not.toMatch(/^(\/\/|\/\\|[a-z]+:)/i);
      expect(response.status, hostile).not.toBe(301);
    }
  });

  it('answers 404, not the app shell, for a missing file with an extension', async () => {
    const server = await serve();
    for (const missing of ['missing.js', 'data/x.json', 'assets/app-00000000.js', 'missing.png']) {
      const response = await fetch(new URL(missing, server.url));
      expect(response.status, missing).toBe(404);
      expect(await response.text(), missing).not.toContain('shell');
    }
  });

  it('compresses text with gzip when the client accepts it, and never images', async () => {
    const server = await serve();
    const get = (file: string, encoding?: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const headers = encoding ? { 'Accept-Encoding': encoding } : {};
        http
          .get({ host: '127.0.0.1', port: server.port, path: `/${file}`, headers, agent: false }, (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
          })
          .on('error', reject);
      });
    const zipped = await get('posts/kubecon-2017-thoughts', 'gzip, deflate, br');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).toString()).toContain('post page');
    const plain = await get('posts/kubecon-2017-thoughts');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('post page');
    expect((await get('icon-192.png', 'gzip')).headers['content-encoding']).toBeUndefined();

    // Compressed once per content: a file changed on disk is sent compressed as it is now.
    const file = path.join(site, 'changing.txt');
    await writeFile(file, 'first version');
    expect(gunzipSync((await get('changing.txt', 'gzip')).body).toString()).toBe('first version');
    expect(gunzipSync((await get('changing.txt', 'gzip')).body).toString()).toBe('first version');
    await writeFile(file, 'second version');
    expect(gunzipSync((await get('changing.txt', 'gzip')).body).toString()).toBe('second version');
    await rm(file);
  });

  it('sends the right Content-Type for each kind of file', async () => {
    const server = await serve();
    const expected: Record<string, string> = {
      'index.html': 'text/html; charset=utf-8',
      'sw.js': 'text/javascript; charset=utf-8',
      'module.mjs': 'text/javascript; charset=utf-8',
      'assets/style-Dk3_x9Qa.css': 'text/css; charset=utf-8',
      'data/index.3f9a1c2b4e.json': 'application/json; charset=utf-8',
      'assets/app-BxY12_ab.js.map': 'application/json; charset=utf-8',
      'assets/logo.svg': 'image/svg+xml',
      'icon-192.png': 'image/png',
      'favicon.ico': 'image/x-icon',
      'manifest.webmanifest': 'application/manifest+json; charset=utf-8',
      'sitemap.xml': 'application/xml; charset=utf-8',
      'feed.xml': 'application/rss+xml; charset=utf-8',
      'rss.xml': 'application/rss+xml; charset=utf-8',
      'atom.xml': 'application/atom+xml; charset=utf-8',
      'robots.txt': 'text/plain; charset=utf-8',
      'fonts/inter.woff2': 'font/woff2',
    };
    for (const [file, type] of Object.entries(expected)) {
      const response = await fetch(new URL(file, server.url));
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(type);
    }
  });

  it('lets the service worker, pages and manifest revalidate, and caches hashed files for a year', async () => {
    const server = await serve();
    const expected: Record<string, string> = {
      '': REVALIDATE,
      'sw.js': REVALIDATE,
      'tags/': REVALIDATE,
      'manifest.webmanifest': REVALIDATE,
      'feed.xml': REVALIDATE,
      'robots.txt': REVALIDATE,
      'data/posts/kubecon-2017-thoughts.json': REVALIDATE,
      'assets/app-BxY12_ab.js': IMMUTABLE,
      'assets/logo.svg': IMMUTABLE,
      'data/index.3f9a1c2b4e.json': IMMUTABLE,
    };
    for (const [file, cacheControl] of Object.entries(expected)) {
      const response = await fetch(new URL(file, server.url));
      expect(response.headers.get('cache-control'), file || '/').toBe(cacheControl);
    }
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
    expect(REVALIDATE).toBe('no-cache');
  });

  it('answers a matching If-None-Match with 304', async () => {
    const server = await serve();
    const first = await fetch(new URL('sw.js', server.url));
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const second = await fetch(new URL('sw.js', server.url), { headers: { 'If-None-Match': etag ?? '' } });
    expect(second.status).toBe(304);
  });

  it('allows only GET and HEAD', async () => {
    const server = await serve();
    const head = await rawRequest(server, '/sw.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);

    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await rawRequest(server, '/index.html', method);
      expect(response.status, method).toBe(405);
      expect(response.headers.allow, method).toBe('GET, HEAD');
    }
  });

  it('never serves files outside the root', async () => {
    const server = await serve();
    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/linked-secret.txt',
      '/..%2fsite-v2%2f',
    ]) {
      const response = await rawRequest(server, attempt);
      expect(response.body, attempt).not.toContain(SECRET);
      expect(response.body, attempt).not.toContain('shell v2');
      expect([400, 404], attempt).toContain(response.status);
    }
  });

  it('serves only under its base path', async () => {
    const server = await serve({ basePath: '/notes/' });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/notes/`);

    const root = await fetch(server.url);
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('shell v1');
    expect((await fetch(new URL('assets/app-BxY12_ab.js', server.url))).status).toBe(200);
    expect(await (await fetch(new URL('posts/kubecon-2017-thoughts', server.url))).text()).toContain('post page');

    const origin = `http://127.0.0.1:${server.port}`;
    for (const outside of ['/', '/index.html', '/assets/app-BxY12_ab.js', '/notesy/', '/posts/x']) {
      expect((await fetch(origin + outside)).status, outside).toBe(404);
    }
    const bare = await fetch(`${origin}/notes`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/notes/');
  });

  it('accepts a base path without slashes, like the build does', async () => {
    const server = await serve({ basePath: 'notes' });
    expect(server.url.endsWith('/notes/')).toBe(true);
    expect((await fetch(server.url)).status).toBe(200);
  });

  it('switches to another folder with setRoot, like a new deploy', async () => {
    const server = await serve();
    expect(await (await fetch(server.url)).text()).toContain('shell v1');

    server.setRoot(siteV2);
    expect(await (await fetch(server.url)).text()).toContain('shell v2');
    expect((await fetch(new URL('assets/app-Zq98_XyW.js', server.url))).status).toBe(200);
    expect((await fetch(new URL('assets/app-BxY12_ab.js', server.url))).status).toBe(404);
    expect(() => server.setRoot(path.join(temp, 'no-such-folder'))).toThrow(/not a folder/);
  });

  it('closes promptly with keep-alive connections open, and twice without error', async () => {
    const server = await startStaticServer({ root: site });
    // fetch() keeps its connection alive; a plain server.close() would wait for it to time out.
    expect((await fetch(server.url)).status).toBe(200);
    const started = Date.now();
    await server.close();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(fetch(server.url)).rejects.toThrow();
  });

  it("sends what the site's _headers file gives each path, under a base path too, as npm start does", async () => {
    const withHeaders = path.join(temp, 'site-with-headers');
    await writeFiles(withHeaders, {
      'index.html': '<!doctype html><title>home</title>',
      'posts/a.html': '<!doctype html><title>post</title>',
      'sw.js': '',
      '404.html': '<!doctype html><title>not found</title>',
      _headers: "/*\n  Content-Security-Policy: default-src 'self'\n/posts/*\n  Cache-Control: no-store\n",
    });
    for (const basePath of ['/', '/notes/']) {
      const server = await startStaticServer({ root: withHeaders, basePath, headersFile: true });
      servers.push(server);
      const post = await fetch(new URL('posts/a', server.url));
      expect(post.headers.get('content-security-policy')).toBe("default-src 'self'");
      expect(post.headers.get('cache-control')).toBe('no-store');
      const worker = await fetch(new URL('sw.js', server.url));
      expect(worker.headers.get('content-security-policy')).toBe("default-src 'self'");
      expect(worker.headers.get('cache-control')).toBe('no-cache');
      const missing = await fetch(new URL('posts/none', server.url));
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-security-policy')).toBe("default-src 'self'");
    }
    const plain = await serve({ root: withHeaders });
    expect((await fetch(plain.url)).headers.get('content-security-policy')).toBeNull();
  });

  it('refuses to start on a root that does not exist', async () => {
    await expect(startStaticServer({ root: path.join(temp, 'missing') })).rejects.toThrow(/not a folder/);
  });
});

describe('hasContentHash', () => {
  it('recognises content-hashed names and leaves slugs and dates alone', () => {
    for (const hashed of ['index.3f9a1c2b.json', 'app-BxY12_ab.js', 'workbox-5ffe50d4.js', 'index.0123456789.json']) {
      expect(hasContentHash(hashed), hashed).toBe(true);
    }
    for (const plain of [
      'kubecon-2017-thoughts.json',
      'insights-from-kubecon-eu-2016.json',
      'kubecon-cloudnativecon-eu-2018.json',
      'notes-20171220.json',
      'recap-kubecon2017.json',
      'sw.js',
      'manifest.webmanifest',
    ]) {
      expect(hasContentHash(plain), plain).toBe(false);
    }
  });
});
