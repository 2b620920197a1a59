import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The headers a build's `_headers` gives every path (`/*`), as Netlify or Cloudflare Pages would
 * send them. Read from the build, whose policy allows its own inline boot script and styles by hash.
 */
export function headersForEveryPath(distDir: string): Record<string, string> {
  const lines = readFileSync(path.join(distDir, '_headers'), 'utf8').split('\n');
  const headers: Record<string, string> = {};
  let inRule = false;
  for (const line of lines) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) inRule = line.trim() === '/*';
    else if (inRule) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}
