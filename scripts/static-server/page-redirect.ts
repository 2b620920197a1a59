import type http from 'node:http';
import { canonicalPageAddress } from '../../src/shared/page-address.ts';

/**
 * Where to send a reader who asked for a page by its file name (`/posts/x.html`): its own address, as hosts with
 * clean URLs answer with a 301. Only a navigation (or a client that does not say, like curl) is sent on: the service
 * worker fetches pages by their file names to keep them, and a redirected answer it kept could not be shown offline.
 */
export function pageRedirect(request: http.IncomingMessage, pathname: string, search: string, basePath: string) {
  const mode = request.headers['sec-fetch-mode'];
  if (mode !== undefined && mode !== 'navigate') return undefined;
  const canonical = canonicalPageAddress(pathname, basePath);
  return canonical === undefined ? undefined : `${canonical}${search}`;
}
