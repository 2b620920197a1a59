import { canonicalPageAddress } from '../../shared/page-address.ts';

/**
 * Shows a page opened by its file name (`/posts/x.html`, `/index.html`: a host that serves both) at its own address,
 * before the router reads it, so the page is hydrated as itself rather than shown as Not found.
 */
export function showCanonicalAddress(): void {
  const { origin, pathname, search, hash } = window.location;
  const canonical = canonicalPageAddress(pathname, import.meta.env.BASE_URL);
  if (canonical !== undefined) history.replaceState(history.state, '', `${origin}${canonical}${search}${hash}`);
}
