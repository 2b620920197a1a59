/**
 * Rewrites an address the router cannot read so it shows Not found rather than throwing or showing nothing: the
 * percent signs of an undecodable one are escaped, and runs of slashes become one, as a path that starts with two
 * (`//evil.example`) reads as another host's address.
 */
export function repairMalformedAddress(): void {
  const { origin, pathname, search, hash } = window.location;
  const repaired = repairedPath(pathname);
  // With the origin, so the new address is always this site's.
  if (repaired !== pathname) history.replaceState(history.state, '', `${origin}${repaired}${search}${hash}`);
}

/** The path `repairMalformedAddress` puts in the address bar for `pathname` (itself when it is readable). */
export function repairedPath(pathname: string): string {
  const path = pathname.replace(/\/{2,}/g, '/');
  return decodable(path) ? path : path.replaceAll('%', '%25');
}

function decodable(path: string): boolean {
  try {
    // The result is used, so a minifier cannot drop the call as pure.
    return decodeURI(path).length >= 0;
  } catch {
    return false;
  }
}
