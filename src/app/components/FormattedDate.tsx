import { formatDate } from '../format.ts';

/** A `<time>` with a machine-readable datetime and a readable date. */
export function FormattedDate(props: { iso: string }) {
  return <time datetime={props.iso}>{formatDate(props.iso)}</time>;
}
