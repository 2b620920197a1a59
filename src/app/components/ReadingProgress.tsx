import { createEffect } from 'solid-js';

/**
 * A thin bar at the top of the screen that fills as the reader goes through the post. It is
 * hidden from assistive technology: the scroll position already tells them the same thing.
 * The fill is set through the element's style object, never a `style` attribute in the markup:
 * prerendered HTML with one would be refused by the Content-Security-Policy (no inline styles).
 */
export function ReadingProgress(props: { progress: number }) {
  const follow = (bar: HTMLDivElement) => createEffect(() => (bar.style.transform = `scaleX(${props.progress})`));
  return (
    <div class="reading-progress" aria-hidden="true">
      <div class="reading-progress-bar" ref={follow} />
    </div>
  );
}
