// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addCopyButtons } from '../../../src/app/reading/code-copy.ts';

const BLOCK = (code: string, label = '') =>
  `<div class="code-block"><div class="code-bar">${label}</div><pre tabindex="0"><code>${code}</code></pre></div>`;

function body(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

afterEach(() => vi.unstubAllGlobals());

describe('addCopyButtons', () => {
  it('gives each code block one button, however often it runs', () => {
    const element = body(`${BLOCK('a', '<span class="code-label">Go</span>')}<p>text</p>${BLOCK('b')}`);
    addCopyButtons(element);
    addCopyButtons(element);
    const buttons = [...element.querySelectorAll('button')];
    expect(buttons.map((button) => [button.type, button.textContent])).toEqual([
      ['button', 'Copy code'],
      ['button', 'Copy code'],
    ]);
    expect(element.querySelectorAll('[role="status"][aria-live="polite"]')).toHaveLength(2);
  });

  it('leaves alone a bar an author wrote without code under it', () => {
    const element = body('<div class="code-block"><div class="code-bar"></div></div>');
    addCopyButtons(element);
    expect(element.querySelector('button')).toBeNull();
  });

  it('copies the code’s text and says "Copied"', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const element = body(BLOCK('<span class="tok-keyword">let</span> a = 1 &lt; 2;\nb'));
    addCopyButtons(element);
    element.querySelector('button')!.click();
    await vi.waitFor(() => expect(element.querySelector('[role="status"]')!.textContent).toBe('Copied'));
    expect(writeText).toHaveBeenCalledWith('let a = 1 < 2;\nb');
  });
});
