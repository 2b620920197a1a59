/**
 * A thin bar at the top of the screen that fills as the reader goes through the post. It is
 * hidden from assistive technology: the scroll position already tells them the same thing.
 */
export function ReadingProgress(props: { progress: number }) {
  return (
    <div class="reading-progress" aria-hidden="true">
      <div class="reading-progress-bar" style={{ transform: `scaleX(${props.progress})` }} />
    </div>
  );
}
