// Which key does what, decided without touching the page, so the rules are easy to test.

/** Something a keyboard shortcut asks for. */
export type ShortcutAction = 'next' | 'previous' | 'bookmark' | 'search' | 'help';

/** The shortcuts, for the help dialog; `key` is what KeyboardEvent.key reports. */
export const SHORTCUTS: readonly { key: string; action: ShortcutAction; description: string }[] = [
  { key: 'j', action: 'next', description: 'Next post in the list' },
  { key: 'k', action: 'previous', description: 'Previous post in the list' },
  { key: 'b', action: 'bookmark', description: 'Bookmark or unbookmark the post' },
  { key: '/', action: 'search', description: 'Search the posts' },
  { key: '?', action: 'help', description: 'Show these shortcuts' },
];

/** The parts of a KeyboardEvent the rules read. */
export type ShortcutKeyEvent = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented' | 'isComposing' | 'target'
>;

const TYPING_SELECTOR = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** True when the reader is typing (or choosing) in a field, where every key belongs to the field. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  return element.isContentEditable === true || element.closest(TYPING_SELECTOR) !== null;
}

/** The action a key asks for; undefined for Ctrl/Meta/Alt (the system's), typing, IME composition or taken keys. */
export function shortcutFor(event: ShortcutKeyEvent): ShortcutAction | undefined {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (isTypingTarget(event.target)) return undefined;
  return SHORTCUTS.find((shortcut) => shortcut.key === event.key)?.action;
}
