import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimited } from '../../shared/map-limited.ts';

/** Writes files into the output folder (making their folders), a few at a time. */
export async function writeFiles(
  outDir: string,
  files: readonly { fileName: string; source: string | Uint8Array }[],
): Promise<void> {
  const folders = new Set(files.map((file) => path.dirname(path.join(outDir, file.fileName))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await mapLimited(files, 32, (file) => writeFile(path.join(outDir, file.fileName), file.source));
}

/** Copies files into the output folder (making their folders), a few at a time; `from` is where each is now. */
export async function copyFiles(outDir: string, files: readonly { fileName: string; from: string }[]): Promise<void> {
  const folders = new Set(files.map((file) => path.dirname(path.join(outDir, file.fileName))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await mapLimited(files, 32, (file) => copyFile(file.from, path.join(outDir, file.fileName)));
}
