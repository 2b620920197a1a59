/**
 * The address of a page asked for by its file name, under the base path: `/posts/x.html` → `/posts/x`,
 * `/index.html` → `/`, `/docs/index.html` → `/docs/`. Undefined for any other path: one already canonical, the host's
 * `404.html`, or one a redirect could not name safely (an empty, dot or encoded-slash segment, or a bad escape).
 */
export function canonicalPageAddress(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const folders = pathname.slice(base.length).split('/');
  const file = folders.pop() ?? '';
  // Only plain segments, so the address stays on this site under the base path (`//evil.example/index.html`).
  if (!folders.every(isPlainSegment)) return undefined;
  if (file === 'index.html') return `${base}${folders.map((folder) => `${folder}/`).join('')}`;
  const page = /^(.+)\.html$/.exec(file)?.[1];
  if (page === undefined || !isPlainSegment(page) || (folders.length === 0 && page === '404')) return undefined;
  return `${base}${[...folders, page].join('/')}`;
}

function isPlainSegment(segment: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return false;
  }
  return decoded !== '' && decoded !== '.' && decoded !== '..' && !/[/\\]/.test(decoded);
}
