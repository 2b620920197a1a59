import { createSignal, For, Show } from 'solid-js';
import { canSaveReaderData } from '../data/actions.ts';
import { exportReadingFile, openReadingFile, type ReadingImport } from '../data/reading-file-actions.ts';
import { describeContents, describeKinds, describePreview, describeResult } from '../data/reader-summary.ts';

/** Exports everything the reader keeps to one file, and imports such a file after a preview of what it changes. */
export function ReadingFileTools() {
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  const [pending, setPending] = createSignal<{ name: string; file: ReadingImport }>();
  const [busy, setBusy] = createSignal(false);
  let input: HTMLInputElement | undefined;
  let chooseButton: HTMLButtonElement | undefined;
  let importButton: HTMLButtonElement | undefined;

  const reset = () => {
    setStatus('');
    setError('');
    setPending(undefined);
  };

  const download = async () => {
    reset();
    try {
      const { name, text, data } = await exportReadingFile();
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      // Revoked later: the download reads the blob after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(`Exported ${describeContents(data)} to ${name}.`);
    } catch (cause) {
      setError(`Could not export your reading: ${reason(cause)}`);
    }
  };

  const choose = async (file: File) => {
    reset();
    try {
      const opened = await openReadingFile(file);
      setPending({ name: file.name, file: opened });
      setStatus(describePreview(file.name, opened.data, opened.preview, opened.clamped));
      importButton?.focus();
    } catch (cause) {
      setError(`Could not import ${file.name}: ${reason(cause)}`);
    }
  };

  const confirm = async (chosen: { name: string; file: ReadingImport }) => {
    setBusy(true);
    try {
      const done = await chosen.file.apply();
      reset();
      setStatus(describeResult(done));
    } catch (cause) {
      reset();
      setError(`Could not import ${chosen.name}, and nothing was changed: ${reason(cause)}`);
    } finally {
      setBusy(false);
      chooseButton?.focus();
    }
  };

  const cancel = () => {
    reset();
    setStatus('Import cancelled; nothing was changed.');
    chooseButton?.focus();
  };

  return (
    <section class="reading-file" aria-labelledby="reading-file-heading">
      <h2 id="reading-file-heading">Your reading, on another device</h2>
      <p class="reading-file-note">
        Bookmarks, the posts you have read, where you stopped in each and your reader settings live in this browser
        only. Export them to a file and import it on another device: whichever of the two is newer wins, item by item,
        so a bookmark you removed after the file was made stays removed, and one removed elsewhere later goes here too.
        You see what an import changes before it does.
      </p>
      <div class="reading-file-buttons">
        <button type="button" disabled={!canSaveReaderData() || busy()} onClick={() => void download()}>
          Export your reading
        </button>
        <button
          ref={chooseButton}
          type="button"
          disabled={!canSaveReaderData() || busy()}
          onClick={() => input?.click()}
        >
          Import your reading
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          aria-label="Reading file to import"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void choose(file);
          }}
        />
      </div>
      <p class="reading-file-status" role="status">
        {status()}
      </p>
      <Show when={pending()}>
        {(chosen) => (
          <div class="reading-file-preview" role="group" aria-label={`Import ${chosen().name}`}>
            <ul>
              <For each={describeKinds(chosen().file.preview)}>{(line) => <li>{line}</li>}</For>
            </ul>
            <div class="reading-file-buttons">
              <button ref={importButton} type="button" disabled={busy()} onClick={() => void confirm(chosen())}>
                Import
              </button>
              <button type="button" disabled={busy()} onClick={cancel}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </Show>
      <Show when={error()}>
        <p class="reading-file-error" role="alert">
          {error()}
        </p>
      </Show>
    </section>
  );
}

function reason(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
