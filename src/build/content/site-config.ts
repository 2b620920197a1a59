import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteInfo } from '../../shared/post.ts';
import { ContentError, type ContentProblem } from './errors.ts';
import { splitFrontMatter } from './front-matter.ts';

/** Reads and checks site.yaml; `siteUrl` overrides its base URL, which gets the base path if it names only a host. */
export async function readSiteConfig(
  contentDir: string,
  displayDir: string,
  siteUrl?: string,
  basePath = '/',
): Promise<SiteInfo> {
  const { file, data, line, problems } = await readSiteYaml(contentDir, displayDir);
  const requireText = (key: string) => {
    const value = data[key];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push({ file, line: line(key), message: `\`${key}\` must be non-empty text` });
      return '';
    }
    return value.trim();
  };
  const info = {
    title: requireText('title'),
    description: requireText('description'),
    language: requireText('language'),
    baseUrl: siteUrl ?? requireText('baseUrl'),
  };
  if (problems.length === 0 && !/^https?:\/\/[^/]+/.test(info.baseUrl)) {
    problems.push({
      file,
      line: line('baseUrl'),
      message: `\`baseUrl\` "${info.baseUrl}" must be an absolute http(s) URL`,
    });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { ...info, baseUrl: withBasePath(info.baseUrl, basePath) };
}

/** site.yaml as read: its name in messages, its keys, each key's line, and its syntax problems. */
export interface SiteYaml {
  file: string;
  data: Record<string, unknown>;
  line: (key: string) => number;
  problems: ContentProblem[];
}

/** site.yaml parsed, with the line of each key for messages; a missing file is a ContentError. */
export async function readSiteYaml(contentDir: string, displayDir: string): Promise<SiteYaml> {
  const file = path.join(displayDir, 'site.yaml');
  const text = await readFile(path.join(contentDir, 'site.yaml'), 'utf8').catch(() => null);
  if (text === null)
    throw new ContentError([
      { file, line: 1, message: 'site.yaml is missing: create it with title, description, language and baseUrl' },
    ]);
  // site.yaml is all front matter; fencing it reuses the same YAML parsing and line numbers.
  const split = splitFrontMatter(`---\n${text}\n---\n`);
  const problems: ContentProblem[] = split.errors.map((e) => ({
    file,
    line: e.line - 1,
    message: e.message.replace('front matter', 'site.yaml'),
  }));
  const line = (key: string) => (split.keyLines.get(key) ?? 2) - 1;
  return { file, data: split.data ?? {}, line, problems };
}

function withBasePath(baseUrl: string, basePath: string): string {
  const url = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  if (url.pathname === '/') url.pathname = basePath;
  return url.href;
}
