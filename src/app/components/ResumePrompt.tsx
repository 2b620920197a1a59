import { Show } from 'solid-js';

/** Offers to go back to where the reader stopped; never jumps by itself, as the reader may have come to start over. */
export function ResumePrompt(props: {
  section?: string;
  progress: number;
  onContinue: () => void;
  onDismiss: () => void;
}) {
  return (
    <div class="toast resume-prompt" role="group" aria-label="Continue reading">
      <p>
        <span class="resume-prompt-lead">Continue where you left off</span>
        <Show when={props.section} fallback={<> ({Math.round(props.progress * 100)}% through)</>}>
          {(section) => (
            <>
              {' '}
              in <q class="resume-prompt-section">{section()}</q>
            </>
          )}
        </Show>
      </p>
      <div class="resume-prompt-actions">
        <button type="button" class="resume-continue" onClick={() => props.onContinue()}>
          Continue reading
        </button>
        <button type="button" class="resume-dismiss" onClick={() => props.onDismiss()}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
