// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installKeyboardShortcuts } from '../../../src/app/keyboard/install-shortcuts.ts';
import { shortcutFor, type ShortcutKeyEvent } from '../../../src/app/keyboard/shortcuts.ts';

function press(
  key: string,
  init: KeyboardEventInit = {},
  target: Element | Document = document.activeElement ?? document.body,
) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

const LIST = `
  <main>
    <input id="search" type="search">
    <textarea id="notes"></textarea>
    <select id="pick"><option>a</option></select>
    <div id="editable" contenteditable="true"><p id="inside">x</p></div>
    <ol class="post-list">
      ${['one', 'two', 'three']
        .map(
          (slug) => `<li><article class="post-card"><h2><a href="/posts/${slug}">${slug}</a></h2>
          <button data-shortcut="bookmark" aria-pressed="false" id="bookmark-${slug}">Bookmark</button></article></li>`,
        )
        .join('')}
    </ol>
  </main>`;

describe('shortcutFor', () => {
  const base = (key: string, target: EventTarget | null = document.body): ShortcutKeyEvent => ({
    key,
    target,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    defaultPrevented: false,
    isComposing: false,
  });

  beforeEach(() => {
    document.body.innerHTML = LIST;
  });

  it('maps j, k, b and ? to their actions and ignores other keys', () => {
    expect(['j', 'k', 'b', '?', 'x', 'J', 'Enter'].map((key) => shortcutFor(base(key)))).toEqual([
      'next',
      'previous',
      'bookmark',
      'help',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('ignores keys typed in inputs, textareas, selects and editable text', () => {
    for (const id of ['search', 'notes', 'pick', 'editable', 'inside']) {
      expect(shortcutFor(base('j', document.getElementById(id))), id).toBeUndefined();
    }
  });

  it('ignores keys with Ctrl, Meta or Alt, during composition, and already handled', () => {
    for (const change of [
      { ctrlKey: true },
      { metaKey: true },
      { altKey: true },
      { isComposing: true },
      { defaultPrevented: true },
    ]) {
      expect(shortcutFor({ ...base('b'), ...change }), JSON.stringify(change)).toBeUndefined();
    }
  });
});

describe('installKeyboardShortcuts', () => {
  let uninstall: () => void;
  const openHelp = vi.fn();

  beforeEach(() => {
    document.body.innerHTML = LIST;
    // jsdom has no layout: every card counts as in view.
    Element.prototype.scrollIntoView = vi.fn();
    uninstall = installKeyboardShortcuts(openHelp);
  });

  afterEach(() => {
    uninstall();
    openHelp.mockReset();
  });

  const focusedText = () => document.activeElement?.textContent;

  it('moves focus through the list with j and k, stopping at the ends', () => {
    const pressed = ['j', 'j', 'j', 'j', 'k', 'k', 'k'].map((key) => {
      press(key);
      return focusedText();
    });
    expect(pressed).toEqual(['one', 'two', 'three', 'three', 'two', 'one', 'one']);
  });

  it('does nothing when j is typed in a field, or pressed with a modifier', () => {
    const field = document.getElementById('search') as HTMLInputElement;
    field.focus();
    const typed = press('j');
    expect(typed.defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(field);
    field.blur();
    const modified = press('j', { ctrlKey: true });
    expect(modified.defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(document.body);
  });

  it('presses the focused card’s bookmark with b, and none when the choice is ambiguous', () => {
    const clicks: string[] = [];
    for (const button of document.querySelectorAll('button'))
      button.addEventListener('click', () => clicks.push(button.id));
    press('b');
    expect(clicks).toEqual([]);
    press('j');
    press('j');
    press('b');
    expect(clicks).toEqual(['bookmark-two']);
  });

  it('presses the only bookmark toggle on a post page', () => {
    document.body.innerHTML = `<main><article class="post"><h1 tabindex="-1">Post</h1>
      <button data-shortcut="bookmark" aria-pressed="false">Bookmark</button></article></main>`;
    const button = document.querySelector('button') as HTMLButtonElement;
    const clicked = vi.fn();
    button.addEventListener('click', clicked);
    press('b');
    expect(clicked).toHaveBeenCalledOnce();
  });

  it('opens the help with ?', () => {
    const event = press('?', { shiftKey: true });
    expect(openHelp).toHaveBeenCalledOnce();
    expect(event.defaultPrevented).toBe(true);
  });
});
