// Runs a build as a child process and measures what it cost: wall time and peak memory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What one timed command cost, and whether it worked. */
export interface TimedRun {
  ok: boolean;
  wallMs: number;
  /** Peak resident set size of the process and its children, as GNU time reports it (%M, KiB → bytes). */
  peakRssBytes: number | null;
  /** The last lines of output, to say why a failed build failed. */
  tail: string;
  /** The lines of output that match `summaryLines`, wherever they stand. */
  summary: string[];
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `command args` with GNU time around it when it exists (its %M is the largest RSS of the
 * waited-for process tree, children included), else without a memory figure. Output is kept,
 * not shown, so a failing build's reason can be reported.
 */
export async function timedRun(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; summaryLines?: RegExp },
): Promise<TimedRun> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'field-notes-time-'));
  const report = path.join(scratch, 'time.txt');
  const withTime = existsSync(GNU_TIME);
  const [program, argv] = withTime ? [GNU_TIME, ['-f', '%M', '-o', report, command, ...args]] : [command, args];
  const started = performance.now();
  const { code, output, all } = await new Promise<{ code: number | null; output: string; all: string }>(
    (resolve, reject) => {
      const child = spawn(program, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      let all = '';
      const keep = (chunk: Buffer) => {
        // Only the end matters; a 10,000-post build lists every file it writes.
        output = (output + chunk.toString()).slice(-20_000);
        if (options.summaryLines) all += chunk.toString();
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      child.on('error', reject);
      child.on('close', (exitCode) => resolve({ code: exitCode, output, all }));
    },
  );
  const wallMs = performance.now() - started;
  const kib = withTime ? Number((await readFile(report, 'utf8').catch(() => '')).trim().split('\n').pop()) : NaN;
  await rm(scratch, { recursive: true, force: true });
  return {
    ok: code === 0,
    wallMs,
    peakRssBytes: Number.isFinite(kib) ? kib * 1024 : null,
    tail: output.trim().split('\n').slice(-30).join('\n'),
    summary: all.split('\n').filter((line) => options.summaryLines?.test(line)),
  };
}

/** Total bytes and number of files under a folder. */
export async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}
