// Rewrites the "Scale" section of bench/README.md between its markers with a run's table.
import { readFile, writeFile } from 'node:fs/promises';

const START = '<!-- bench:scale start (written by npm run bench:scale) -->';
const END = '<!-- bench:scale end -->';

/** Puts `content` between the markers, adding a "Scale" section at the end the first time. */
export async function updateReadme(file: string, content: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const block = `${START}\n${content.trim()}\n${END}`;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const next =
    start !== -1 && end > start
      ? text.slice(0, start) + block + text.slice(end + END.length)
      : `${text.trimEnd()}\n\n## Scale\n\n${block}\n`;
  await writeFile(file, next);
}
