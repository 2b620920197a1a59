/**
 * Makes an address that cannot be decoded (`/posts/%E0%A4%A`) decodable by escaping its percent
 * signs, so the router, which decodes the path, shows Not found for it instead of throwing.
 */
export function repairMalformedAddress(): void {
  const { pathname, search, hash } = window.location;
  if (decodable(pathname)) return;
  history.replaceState(history.state, '', `${pathname.replaceAll('%', '%25')}${search}${hash}`);
}

function decodable(path: string): boolean {
  try {
    // The result is used, so a minifier cannot drop the call as pure.
    return decodeURI(path).length >= 0;
  } catch {
    return false;
  }
}
