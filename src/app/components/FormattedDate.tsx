const FORMAT = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** A `<time>` with a machine-readable datetime and a readable date. */
export function FormattedDate(props: { iso: string }) {
  return <time datetime={props.iso}>{FORMAT.format(new Date(props.iso))}</time>;
}
