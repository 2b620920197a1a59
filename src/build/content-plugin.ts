import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { BuildOptions } from './build-options.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { ContentError, formatProblem } from './errors.ts';

const VIRTUAL_ID = 'virtual:field-notes/content';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Vite plugin: builds `content/` into data, feeds and sitemap, and exposes the index URL to the app. */
export function contentPlugin(options: BuildOptions): Plugin {
  let site: BuiltSite;
  const build = () =>
    buildSite({
      contentDir: options.contentDir,
      publicDir: options.publicDir,
      includeDrafts: options.includeDrafts,
      siteUrl: options.siteUrl,
      displayRoot: options.root,
    });

  return {
    name: 'field-notes:content',
    async buildStart() {
      site = await build().catch(rethrowReadably);
      for (const file of site.files) this.addWatchFile(file);
      for (const warning of site.warnings) this.warn(formatProblem(warning));
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export const indexUrl = ${JSON.stringify(site.indexFile)};\nexport const site = ${JSON.stringify(site.index.site)};\n`;
    },
    generateBundle() {
      for (const asset of site.assets) this.emitFile({ type: 'asset', fileName: asset.fileName, source: asset.source });
    },
    closeBundle() {
      const { published, draftsLeftOut, tags, bytes } = site.stats;
      console.log(
        `Field Notes: ${plural(published, 'post')} published, ${plural(draftsLeftOut, 'draft')} left out, ${plural(tags, 'tag')}, ${(bytes / 1024).toFixed(1)} KiB of content written`,
      );
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = (request.url ?? '').split('?')[0] ?? '';
        const relative = url.startsWith(server.config.base) ? url.slice(server.config.base.length) : null;
        const asset = site.assets.find((candidate) => candidate.fileName === relative);
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
    const module = server.moduleGraph.getModuleById(RESOLVED_ID);
    if (module) server.moduleGraph.invalidateModule(module);
    server.ws.send({ type: 'full-reload' });
  }
}

function rethrowReadably(error: unknown): never {
  if (error instanceof ContentError) {
    // Vite prefixes plugin errors with a stack; the list of file:line problems is what matters.
    const readable = new Error(error.message);
    readable.stack = error.message;
    throw readable;
  }
  throw error;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
