import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentProblem } from './errors.ts';
import { mapLimited } from '../../shared/map-limited.ts';
import { parsePost, type ParsedPost } from './parse-post.ts';

/** Posts read and parsed at a time: enough to keep the build's workers busy from the start. */
const PARSE_BATCH = 200;

/** A post file that parsed, with its name as messages show it. */
export interface ParsedFile {
  post: ParsedPost;
  file: string;
}

/** The posts of a content folder, read as they are asked for; the lists fill in as they are. */
export interface PostReading {
  /** The posts to build (drafts only when included), a batch at a time, in file order. */
  batches: AsyncIterable<ParsedPost[]>;
  /** Every post file that parsed, drafts included. */
  parsed: ParsedFile[];
  /** The posts `batches` gave, with their files, in the same order. */
  included: ParsedFile[];
  problems: ContentProblem[];
  warnings: ContentProblem[];
  /** Every file read. */
  files: string[];
}

/** Parses `names` a batch at a time, so buildPosts starts before all are read; `display` names files in messages. */
export function readPosts(
  postsDir: string,
  names: readonly string[],
  options: { includeDrafts: boolean; display: (file: string) => string },
): PostReading {
  const reading: PostReading = { batches: batches(), parsed: [], included: [], problems: [], warnings: [], files: [] };
  async function* batches(): AsyncGenerator<ParsedPost[]> {
    for (let start = 0; start < names.length; start += PARSE_BATCH) {
      const batch = names.slice(start, start + PARSE_BATCH).map((name) => path.join(postsDir, name));
      const texts = await readAll(batch);
      const ready: ParsedPost[] = [];
      for (const [i, absolute] of batch.entries()) {
        reading.files.push(absolute);
        const result = parsePost(texts[i]!, options.display(absolute));
        reading.warnings.push(...result.warnings);
        if (!result.ok) {
          reading.problems.push(...result.problems);
          continue;
        }
        const parsed = { post: result.post, file: options.display(absolute) };
        reading.parsed.push(parsed);
        if (options.includeDrafts || !result.post.draft) {
          reading.included.push(parsed);
          ready.push(result.post);
        }
      }
      yield ready;
    }
  }
  return reading;
}

// Reading thousands of posts one after another leaves the disk and the CPU idle in turn.
function readAll(files: string[], concurrency = 32): Promise<string[]> {
  return mapLimited(files, concurrency, (file) => readFile(file, 'utf8'));
}
