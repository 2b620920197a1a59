import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHeadersFile } from '../../../src/shared/headers-file.ts';

/**
 * The headers a build's `_headers` gives every path (`/*`), as Netlify or Cloudflare Pages would
 * send them. Read from the build, whose policy allows its own inline boot script and styles by hash.
 */
export function headersForEveryPath(distDir: string): Record<string, string> {
  const rules = parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));
  return Object.fromEntries(rules.filter((rule) => rule.path === '/*').flatMap((rule) => rule.headers));
}
