import { createEffect, For } from 'solid-js';
import { SHORTCUTS } from '../keyboard/shortcuts.ts';

/** The keyboard shortcuts, in a modal dialog: Escape or Close shuts it and focus goes back. */
export function ShortcutsDialog(props: { open: boolean; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  createEffect(() => {
    if (props.open && !dialog.open) dialog.showModal();
    else if (!props.open && dialog.open) dialog.close();
  });
  return (
    <dialog ref={dialog} class="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={() => props.onClose()}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <dl>
        <For each={SHORTCUTS}>
          {(shortcut) => (
            <div>
              <dt>
                <kbd>{shortcut.key}</kbd>
              </dt>
              <dd>{shortcut.description}</dd>
            </div>
          )}
        </For>
      </dl>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
