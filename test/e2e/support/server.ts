import { startStaticServer, type StaticServer } from '../../../scripts/static-server.ts';

export type { StaticServer };

/** Serves a build on 127.0.0.1 at a free port; close it in afterAll/afterEach. */
export function serveBuild(
  dir: string,
  { basePath = '/', headers }: { basePath?: string; headers?: Record<string, string> } = {},
): Promise<StaticServer> {
  return startStaticServer({ root: dir, basePath, port: 0, host: '127.0.0.1', ...(headers ? { headers } : {}) });
}
