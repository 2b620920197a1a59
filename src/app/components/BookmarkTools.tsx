import { createSignal, Show } from 'solid-js';
import { canSaveReaderData, exportBookmarksFile, importBookmarksFile } from '../data/actions.ts';

/**
 * Export and import of bookmarks as a JSON file. An import is checked whole before anything is
 * written; its outcome is said in a status line, and a bad file in an alert that names the problem.
 */
export function BookmarkTools(props: { count: number }) {
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  let input: HTMLInputElement | undefined;

  const download = async () => {
    setError('');
    const { name, text } = await exportBookmarksFile();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    // Revoked later: the download reads the blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(`Exported ${plural(props.count)} to ${name}.`);
  };

  const upload = async (file: File) => {
    setStatus('');
    setError('');
    try {
      const { added, existing } = await importBookmarksFile(file);
      setStatus(`Imported ${plural(added)}${existing > 0 ? `, ${existing} already there` : ''}.`);
    } catch (cause) {
      setError(`Could not import ${file.name}: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  };

  return (
    <section class="bookmark-tools" aria-labelledby="bookmark-tools-heading">
      <h2 id="bookmark-tools-heading">Keep a copy</h2>
      <p class="bookmark-tools-note">
        Bookmarks live in this browser only. Export them to a file to move them to another device, and import that file
        there; importing adds to what is here and never removes anything.
      </p>
      <div class="bookmark-tools-buttons">
        <button type="button" disabled={!canSaveReaderData() || props.count === 0} onClick={() => void download()}>
          Export bookmarks
        </button>
        <button type="button" disabled={!canSaveReaderData()} onClick={() => input?.click()}>
          Import bookmarks
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void upload(file);
          }}
        />
      </div>
      <p class="bookmark-tools-status" role="status">
        {status()}
      </p>
      <Show when={error()}>
        <p class="bookmark-tools-error" role="alert">
          {error()}
        </p>
      </Show>
    </section>
  );
}

function plural(n: number): string {
  return `${n} ${n === 1 ? 'bookmark' : 'bookmarks'}`;
}
