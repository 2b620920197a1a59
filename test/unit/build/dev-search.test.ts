import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('search in npm run dev', () => {
  let server: ViteDevServer;
  let origin: string;

  beforeAll(async () => {
    server = await createServer({
      root: ROOT,
      configFile: path.join(ROOT, 'vite.config.ts'),
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    });
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('the dev server has no port');
    origin = `http://127.0.0.1:${address.port}`;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it('serves an index of every post the dev server shows, drafts included', async () => {
    const posts = (await readdir(path.join(ROOT, 'content', 'posts'))).filter((file) => file.endsWith('.md'));
    const response = await fetch(`${origin}/pagefind/pagefind-entry.json`);
    expect(response.status).toBe(200);
    const entry = (await response.json()) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([posts.length]);
    const script = await fetch(`${origin}/pagefind/pagefind.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
  }, 60_000);

  it('passes over an address with a stray % rather than failing the request', async () => {
    const response = await fetch(`${origin}/pagefind/100%.pf_fragment`);
    expect(response.status).not.toBe(500);
    expect((await fetch(`${origin}/pagefind/pagefind-entry.json`)).status).toBe(200);
  }, 60_000);
});
