import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, E2E_DIR, REPO_ROOT } from './build.ts';

/** The post the second deploy changes, and the one it adds. */
export const SECOND_DEPLOY = {
  changedSlug: 'kubecon-2017-thoughts',
  added: { slug: 'a-note-from-the-editors', title: 'A note from the editors' },
};

const ADDED_POST = `---
title: "${SECOND_DEPLOY.added.title}"
date: 2019-01-15
tags: [conference]
---

We added this post in a second deploy, to prove updates reach readers.
`;

/**
 * Builds the site as a later deploy would: one post changed and one added. Every hashed file
 * name that depends on the content (the index, the entry chunk and the chunks importing it)
 * differs from the first build's. Resolves with the output folder.
 */
export async function buildSecondDeploy(outDir: string): Promise<string> {
  const content = path.join(E2E_DIR, `content-${outDir}`);
  await rm(content, { recursive: true, force: true });
  await cp(path.join(REPO_ROOT, 'content'), content, { recursive: true });
  const changed = path.join(content, 'posts', `${SECOND_DEPLOY.changedSlug}.md`);
  await writeFile(changed, `${await readFile(changed, 'utf8')}\nAn update added in the second deploy.\n`);
  await writeFile(path.join(content, 'posts', `${SECOND_DEPLOY.added.slug}.md`), ADDED_POST);
  return buildSite({ outDir, env: { CONTENT_DIR: content } });
}

/** Builds the site as a later deploy that took one post down (its file deleted); resolves with the output folder. */
export async function buildDeployWithout(outDir: string, slug: string): Promise<string> {
  const content = path.join(E2E_DIR, `content-${outDir}`);
  await rm(content, { recursive: true, force: true });
  await cp(path.join(REPO_ROOT, 'content'), content, { recursive: true });
  await rm(path.join(content, 'posts', `${slug}.md`));
  return buildSite({ outDir, env: { CONTENT_DIR: content } });
}
