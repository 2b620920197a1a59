import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { BuildOptions } from '../build-options.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { ContentError, formatProblem } from './errors.ts';
import { createDevSearch, type DevSearch } from './dev-search.ts';
import { writeSearchIndex, type SearchIndexStats } from './search-index.ts';
import { contentTypeFor } from '../../shared/content-type.ts';
import { copyFiles, writeFiles } from './write-files.ts';

const VIRTUAL_ID = 'virtual:field-notes/content';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The content plugin, with the built site for plugins that run after it (the prerenderer). */
export interface ContentPlugin extends Plugin {
  api: { site(): BuiltSite };
}

/** Vite plugin: builds `content/` into data, feeds and sitemap, and exposes the index URL to the app. */
export function contentPlugin(options: BuildOptions): ContentPlugin {
  let site: BuiltSite | undefined;
  let devSearch: DevSearch | undefined;
  let searchIndex: (SearchIndexStats & { seconds: number }) | undefined;
  const built = (): BuiltSite => {
    if (!site) throw new Error('field-notes:content: the content has not been built yet');
    return site;
  };
  const build = () =>
    buildSite({
      contentDir: options.contentDir,
      publicDir: options.publicDir,
      includeDrafts: options.includeDrafts,
      siteUrl: options.siteUrl,
      basePath: options.basePath,
      displayRoot: options.root,
      imageCacheDir: options.imageCacheDir,
    });

  return {
    name: 'field-notes:content',
    api: { site: built },
    // Content is built before anything else runs, so a broken post stops the whole build
    // before any plugin (the service worker's included) writes a file.
    async configResolved() {
      site = await build().catch(rethrowReadably);
    },
    buildStart() {
      for (const file of built().files) this.addWatchFile(file);
      for (const warning of built().warnings) this.warn(formatProblem(warning));
    },
    resolveId: resolveContentModule,
    load: (id) => loadContentModule(id, built),
    // Written straight to disk, not emitted: the bundler handles emitted assets one by one, slowly at scale.
    // writeBundle ends before any closeBundle, where vite-plugin-pwa makes the precache list from the files.
    async writeBundle(outputOptions) {
      const outDir = outputOptions.dir;
      if (!outDir) throw new Error('field-notes:content: the build has no output folder');
      const { assets, posts, index, images } = built();
      await writeFiles(outDir, assets);
      await copyFiles(outDir, images.files);
      // Vite has copied public/ as it is by now (renderStart): an SVG a post shows must not be served unsanitized.
      await copyFiles(outDir, images.sanitizedCopies);
      const started = performance.now();
      const stats = await writeSearchIndex(outDir, posts, options.basePath, index.site.language);
      searchIndex = { ...stats, seconds: (performance.now() - started) / 1000 };
    },
    // In dev, Vite calls this when the server closes.
    async buildEnd() {
      await devSearch?.close();
    },
    closeBundle() {
      // Vite calls this even when buildStart failed; the error has been reported already.
      if (!site) return;
      const { published, draftsLeftOut, tags, bytes } = site.stats;
      const images = site.images.stats;
      console.log(
        `Field Notes: ${plural(published, 'post')} published, ${plural(draftsLeftOut, 'draft')} left out, ${plural(tags, 'tag')}, ${(bytes / 1024).toFixed(1)} KiB of content written`,
      );
      if (searchIndex)
        console.log(
          `Field Notes: search index of ${plural(published, 'post')}, ${plural(searchIndex.files, 'file')}, ${(searchIndex.bytes / 1024).toFixed(1)} KiB, built in ${searchIndex.seconds.toFixed(1)} s`,
        );
      if (images.images > 0)
        console.log(
          `Field Notes: ${plural(images.images, 'image')} (${images.encoded} encoded, ${images.images - images.encoded} from the cache), ${(images.precachedBytes / 1024).toFixed(1)} KiB of them precached`,
        );
    },
    configureServer(server) {
      devSearch = createDevSearch(server.config.base, (message) => server.config.logger.error(message));
      devSearch.rebuild(built().posts, built().index.site.language);
      server.middlewares.use(devSearch.middleware);
      server.middlewares.use((request, response, next) => {
        const url = (request.url ?? '').split('?')[0] ?? '';
        const relative = url.startsWith(server.config.base) ? url.slice(server.config.base.length) : null;
        const image = built().images.files.find((candidate) => candidate.fileName === relative);
        if (image) {
          response.setHeader('Content-Type', contentTypeFor(image.fileName));
          void readFile(image.from).then((bytes) => response.end(bytes), next);
          return;
        }
        const asset = built().assets.find((candidate) => candidate.fileName === relative);
        if (!asset) return next();
        response.setHeader('Content-Type', asset.fileName.endsWith('.json') ? 'application/json' : 'application/xml');
        response.end(asset.source);
      });
      server.watcher.add(options.contentDir);
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(options.contentDir + path.sep)) void rebuildInDev(server);
      });
    },
  };

  // Editing a post in `npm run dev` rebuilds the content and reloads the page; a mistake is
  // shown in the terminal and the last good content stays served.
  async function rebuildInDev(server: ViteDevServer) {
    try {
      site = await build();
    } catch (error) {
      server.config.logger.error(error instanceof Error ? error.message : String(error));
      return;
    }
    devSearch?.rebuild(site.posts, site.index.site.language);
    const module = server.moduleGraph.getModuleById(RESOLVED_ID);
    if (module) server.moduleGraph.invalidateModule(module);
    server.ws.send({ type: 'full-reload' });
  }
}

/** Only the app's view of a site already built: for the prerenderer's server build of the app. */
export function contentModulePlugin(site: () => BuiltSite): Plugin {
  return {
    name: 'field-notes:content-module',
    resolveId: resolveContentModule,
    load: (id) => loadContentModule(id, site),
  };
}

function resolveContentModule(id: string): string | undefined {
  return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
}

function loadContentModule(id: string, site: () => BuiltSite): string | undefined {
  if (id !== RESOLVED_ID) return undefined;
  const { indexFile, index } = site();
  return [
    `export const indexUrl = ${JSON.stringify(indexFile)};`,
    `export const contentVersion = ${JSON.stringify(index.version)};`,
    `export const site = ${JSON.stringify(index.site)};`,
    '',
  ].join('\n');
}

function rethrowReadably(error: unknown): never {
  if (error instanceof ContentError) {
    // One clean file:line per line, which editors and terminals link to; Vite would print the
    // thrown error wrapped in brackets with a stack that says nothing to an author.
    console.error(error.problems.map(formatProblem).join('\n'));
    throw new Error(`${error.message.split(':')[0]}, listed above. Fix them and build again.`);
  }
  throw error;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
