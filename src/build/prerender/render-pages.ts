import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Post } from '../../shared/post.ts';
import { pageHtml, type PageParts } from './page-html.ts';
import type { PageRoute } from './page-routes.ts';
import { pageModules, type PageModules } from './page-modules.ts';
import { pageCss, type PageStyles } from './page-styles.ts';

/** What the prerenderer gives the app: every published post, newest first. */
export interface PrerenderContent {
  posts: Post[];
}

/** The server entry's exports (src/app/entry-server.tsx), as the built bundle gives them. */
export interface ServerEntry {
  preparePrerender(): Promise<unknown>;
  renderPage(url: string, content: PrerenderContent): Omit<PageParts, 'path' | 'css' | 'preload'>;
}

/** What every page is rendered with, whichever thread renders it. */
export interface PageJob {
  /** Vite's index.html turned into the shared page template (page-html.ts). */
  template: string;
  basePath: string;
  /** The output folder; every page's own folder already exists. */
  outDir: string;
  styles: PageStyles;
  modules: PageModules;
}

/** Renders each route and writes its file at once, synchronously. */
export function renderPages(entry: ServerEntry, content: PrerenderContent, job: PageJob, routes: PageRoute[]): void {
  for (const route of routes) {
    const url = `${job.basePath}${route.path.slice(1)}`;
    const page = entry.renderPage(url, content);
    const css = pageCss(job.styles, route.path);
    const preload = pageModules(job.modules, route.path);
    // At once, as held pages fill the heap and slow the collector; synchronously, as the thread has nothing else to do.
    writeFileSync(path.join(job.outDir, route.file), pageHtml(job.template, { ...page, path: url, css, preload }));
  }
}
