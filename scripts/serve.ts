/**
 * `npm start` / `npm run preview`: serves the production build like a static host would
 * (`tsx scripts/serve.ts [--dir dist] [--port 4173] [--host 127.0.0.1]`, base path from BASE_PATH).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseServeOptions, type ServeOptions } from './serve-options.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

async function main(): Promise<void> {
  let options: ServeOptions;
  try {
    options = parseServeOptions(process.argv.slice(2), process.env, process.cwd());
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  const index = path.join(options.dir, 'index.html');
  if (!existsSync(index)) {
    fail(`${path.relative(process.cwd(), index) || index} does not exist: run npm run build first.`);
  }

  const server = await start(options);
  console.log(`Field Notes is being served at ${browsableUrl(server.url, options.host)} (Ctrl+C to stop)`);

  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function start(options: ServeOptions): Promise<StaticServer> {
  const { dir: root, port, host, basePath } = options;
  try {
    // The headers of the build's _headers file, as Netlify and Cloudflare Pages send them: the preview is the real thing.
    return await startStaticServer({ root, port, host, basePath, headersFile: true });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'EADDRINUSE') fail(`Port ${port} is already in use: pass --port or set PORT.`);
    throw error;
  }
}

/** Loopback and wildcard binds are reachable as localhost, the address people expect to click. */
function browsableUrl(url: string, host: string): string {
  const local = ['127.0.0.1', 'localhost', '0.0.0.0', '::', '::1'].includes(host);
  if (!local) return url;
  const parsed = new URL(url);
  parsed.hostname = 'localhost';
  return parsed.href;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

await main();
