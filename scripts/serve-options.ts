import path from 'node:path';
import { parseArgs } from 'node:util';

/** What `npm start` / `npm run preview` serve, and where. */
export interface ServeOptions {
  dir: string;
  port: number;
  host: string;
  basePath: string;
}

/** The port `npm run preview` has always used, so bookmarks and docs stay valid. */
export const DEFAULT_PORT = 4173;

/** Reads `--dir`, `--port` (or PORT), `--host` and BASE_PATH; throws a readable message on bad input. */
export function parseServeOptions(argv: string[], env: NodeJS.ProcessEnv, cwd: string): ServeOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
    },
    strict: true,
    allowPositionals: false,
  });
  const portText = values.port ?? env.PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid port "${portText}": expected a whole number from 0 to 65535.`);
  }
  return {
    dir: path.resolve(cwd, values.dir),
    port,
    host: values.host,
    basePath: env.BASE_PATH ?? '/',
  };
}
