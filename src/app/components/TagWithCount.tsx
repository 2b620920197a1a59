/** A tag and its post count, read as "kubernetes 4 posts": the visible words first (WCAG label in name). */
export function TagWithCount(props: { tag: string; count: number; class: string }) {
  return (
    <>
      <span class={`${props.class}-name`}>{props.tag}</span>{' '}
      <span class={`${props.class}-count`}>
        {props.count}
        <span class="visually-hidden">{props.count === 1 ? ' post' : ' posts'}</span>
      </span>
    </>
  );
}
