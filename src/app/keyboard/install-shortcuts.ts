import { focusPostInList, focusSearch, pressBookmark } from './shortcut-actions.ts';
import { shortcutFor } from './shortcuts.ts';

/** Listens for the single-key shortcuts; `openHelp` shows their dialog. Returns what removes the listener. */
export function installKeyboardShortcuts(openHelp: () => void, doc: Document = document): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    // Behind a modal dialog the page is inert: leave its keys alone.
    if (doc.querySelector('dialog[open]')) return;
    const action = shortcutFor(event);
    if (!action) return;
    let handled: boolean;
    if (action === 'next') handled = focusPostInList(1, doc);
    else if (action === 'previous') handled = focusPostInList(-1, doc);
    else if (action === 'bookmark') handled = pressBookmark(doc);
    else if (action === 'search') handled = focusSearch(doc);
    else {
      openHelp();
      handled = true;
    }
    if (handled) event.preventDefault();
  };
  doc.addEventListener('keydown', onKeyDown);
  return () => doc.removeEventListener('keydown', onKeyDown);
}
