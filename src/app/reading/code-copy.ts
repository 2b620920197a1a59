/** How long "Copied" stays beside the button. */
const CONFIRMATION_MS = 3000;

/**
 * Gives each code block of a post body a "Copy code" button and a polite live region beside it,
 * in the bar the build left for them (src/build/content/code-block.ts). They exist only where the app
 * runs, so a page read without JavaScript shows no button that does nothing. A block that has
 * its button already is left alone, so this can run again whenever the body changes.
 */
export function addCopyButtons(body: HTMLElement): void {
  for (const bar of body.querySelectorAll<HTMLElement>('.code-block > .code-bar')) {
    const code = bar.parentElement?.querySelector('pre > code');
    if (!code || bar.querySelector('.code-copy')) continue;
    const status = document.createElement('span');
    status.className = 'code-copy-status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'code-copy';
    button.textContent = 'Copy code';
    const say = announcer(status);
    button.addEventListener('click', () => void copy(code, say));
    bar.append(status, button);
  }
}

async function copy(code: Element, say: (text: string) => void): Promise<void> {
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    say('Copied');
  } catch {
    // Refused, or no clipboard at all (an insecure origin): the code is selected for copying by hand.
    window.getSelection()?.selectAllChildren(code);
    say('Could not copy: the code is selected');
  }
}

function announcer(status: HTMLElement): (text: string) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text) => {
    clearTimeout(timer);
    // Emptied first, so a second "Copied" in a row is read out too.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = text));
    timer = setTimeout(() => (status.textContent = ''), CONFIRMATION_MS);
  };
}
