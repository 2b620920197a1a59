/** Escapes the percent signs of an undecodable address, so the router shows Not found rather than throwing. */
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
