import { createEffect } from 'solid-js';

/** A bar that fills as the reader goes through the post; hidden from assistive technology, which has the scroll. */
export function ReadingProgress(props: { progress: number }) {
  // The style object, never a `style` attribute: the Content-Security-Policy refuses inline styles in prerendered HTML.
  const follow = (bar: HTMLDivElement) => createEffect(() => (bar.style.transform = `scaleX(${props.progress})`));
  return (
    <div class="reading-progress" aria-hidden="true">
      <div class="reading-progress-bar" ref={follow} />
    </div>
  );
}
