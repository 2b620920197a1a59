/** What to tell a reader when part of the app failed to load or render, in their terms. */
export function describeLoadError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(message)
    ? 'Part of the site could not be loaded. You may be offline, or a new version was published. Reloading usually fixes it.'
    : `Something went wrong: ${message}`;
}

/** Says above a prerendered page whose app will not load why its buttons do nothing; plain DOM, as the app failed. */
export function reportPageNotInteractive(error: unknown, doc: Document = document): void {
  const notice = doc.createElement('div');
  notice.className = 'notice page-not-interactive';
  notice.setAttribute('role', 'alert');
  const text = doc.createElement('p');
  text.textContent = `This page can be read, but not used. ${describeLoadError(error)}`;
  const reload = doc.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => doc.defaultView?.location.reload());
  notice.append(text, reload);
  doc.getElementById('content')?.prepend(notice);
}
