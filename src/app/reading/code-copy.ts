/** How long "Copied" stays beside the button. */
const CONFIRMATION_MS = 3000;

/** Gives each code block a "Copy code" button and a live region, in the bar from src/build/content/code-block.ts. */
export function addCopyButtons(body: HTMLElement): void {
  // Added here, not by the build, so a page read without JavaScript shows no button that does nothing.
  for (const bar of body.querySelectorAll<HTMLElement>('.code-block > .code-bar')) {
    const code = bar.parentElement?.querySelector('pre > code');
    // A block with its button is left alone, so this can run again whenever the body changes.
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
