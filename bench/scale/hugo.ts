// The reference build: Debian's Hugo on the same markdown, with a minimal generated site around it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { whichSync } from '../../scripts/find-chromium.ts';
import { folderSize, timedRun, type TimedRun } from './timed-run.ts';

/** Hugo's build of one corpus. */
export interface HugoBuild extends TimedRun {
  distBytes: number;
  distFiles: number;
}

const HOW_TO_INSTALL = 'Install it with `sudo apt-get install -y hugo` (Debian ships 0.111), or put `hugo` on PATH.';

/**
 * The Hugo executable: on PATH, else installed with apt-get when running as root. Returns
 * undefined (and says how to get it) when there is none, so the rest of the bench still runs.
 */
export function findOrInstallHugo(): { path: string; version: string } | undefined {
  let found = whichSync('hugo', process.env.PATH ?? '');
  if (!found && process.getuid?.() === 0) {
    console.log('Hugo is missing; installing Debian’s package (apt-get install -y hugo)…');
    const install = spawnSync('apt-get', ['install', '-y', 'hugo'], { stdio: 'inherit' });
    if (install.status === 0) found = whichSync('hugo', process.env.PATH ?? '');
  }
  if (!found) {
    console.warn(`No Hugo: the reference build is left out. ${HOW_TO_INSTALL}`);
    return undefined;
  }
  const version = execFileSync(found, ['version'], { encoding: 'utf8' }).trim();
  return { path: found, version };
}

/** Writes a minimal Hugo site around the corpus's posts in `site`: config, list, single, taxonomy. */
export async function writeHugoSite(corpus: string, site: string, title: string): Promise<void> {
  await rm(site, { recursive: true, force: true });
  await mkdir(path.join(site, 'layouts', '_default'), { recursive: true });
  // The posts as they are: their front matter (title, date, tags) is already what Hugo reads.
  await cp(path.join(corpus, 'posts'), path.join(site, 'content', 'posts'), { recursive: true });
  await writeFile(
    path.join(site, 'config.toml'),
    [
      `baseURL = "https://field-notes.example.org/"`,
      `title = ${JSON.stringify(title)}`,
      'languageCode = "en"',
      'paginate = 20',
      '[taxonomies]',
      '  tag = "tags"',
      '',
    ].join('\n'),
  );
  for (const [name, template] of Object.entries(TEMPLATES))
    await writeFile(path.join(site, 'layouts', '_default', name), template);
}

/** `hugo --quiet` on the generated site, timed like our build. */
export async function buildHugo(hugo: string, site: string): Promise<HugoBuild> {
  const out = path.join(site, 'public');
  const run = await timedRun(hugo, ['--quiet', '--source', site, '--destination', out], {
    cwd: site,
    env: process.env,
  });
  const size = run.ok && existsSync(out) ? await folderSize(out) : { bytes: 0, files: 0 };
  return { ...run, distBytes: size.bytes, distFiles: size.files };
}

// Plain HTML, no theme: a paginated list (home, tag pages), the tag index by count, and a post.
const TEMPLATES: Record<string, string> = {
  'baseof.html': `<!doctype html>
<html lang="{{ site.LanguageCode }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a> <a href="{{ "/tags/" | relURL }}">Tags</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
`,
  'list.html': `{{ define "main" }}<h1>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }}{{ end }}</h1>
{{ if eq .Kind "taxonomy" }}<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>
{{ else }}{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = site.RegularPages }}{{ end }}
{{ range (.Paginate $pages).Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time> · {{ .ReadingTime }} min
<p>{{ .Summary | plainify }}</p>{{ range .Params.tags }}<a href="{{ "/tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</article>
{{ end }}{{ template "_internal/pagination.html" . }}{{ end }}{{ end }}
`,
  'single.html': `{{ define "main" }}<article><h1>{{ .Title }}</h1>
<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time> · {{ .ReadingTime }} min
<p>{{ range .Params.tags }}<a href="{{ "/tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>
{{ .TableOfContents }}{{ .Content }}
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</article>{{ end }}
`,
};
