import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import solid from 'vite-plugin-solid';
import type { BuildOptions } from './build-options.ts';
import { contentModulePlugin, writeAssets } from './content-plugin.ts';
import type { BuiltSite } from './build-site.ts';
import { allowInline, cspHash } from './prerender/csp.ts';
import { pageHtml, pageTemplate, type SharedParts } from './prerender/page-html.ts';
import { pageRoutes } from './prerender/page-routes.ts';

const PAGES_PER_BATCH = 250;

/** The server entry's exports (src/app/entry-server.tsx), as the built bundle gives them. */
interface ServerEntry {
  preparePrerender(): Promise<unknown>;
  renderPage(
    url: string,
    content: { posts: BuiltSite['posts'] },
  ): { html: string; title: string; description: string; seeds: Record<string, unknown> };
}

/**
 * Prerenders every page to static HTML with Solid's server rendering, after the client bundle
 * is generated and before the service worker's precache list is made, so the list holds every
 * page. The app's server build is made here, in a temporary folder, from the same sources.
 */
export function prerenderPlugin(options: BuildOptions, site: () => BuiltSite): Plugin {
  let config: ResolvedConfig;
  let shared: SharedParts | undefined;
  return {
    name: 'field-notes:prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    // Written straight to the output folder, like the content's files (content-plugin.ts): the
    // bundler handles emitted assets one by one, which is slow for thousands of pages. Done in
    // writeBundle, which ends before the service worker's precache list is made (closeBundle).
    async writeBundle(outputOptions, bundle) {
      const index = bundle['index.html'];
      const outDir = outputOptions.dir;
      if (index?.type !== 'asset' || !outDir) return;
      const indexHtml = String(index.source);
      const stylesheet = Object.values(bundle).find((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
      const parts: SharedParts = {
        bootScript: (await readFile(path.join(options.publicDir, 'boot.js'), 'utf8')).trim(),
        css: stylesheet?.type === 'asset' ? String(stylesheet.source) : '',
      };
      shared = parts;
      const template = pageTemplate(indexHtml, parts);
      const started = performance.now();
      const server = await buildServerEntry(config, site);
      try {
        await server.entry.preparePrerender();
        const built = performance.now();
        const content = { posts: site().posts };
        const routes = pageRoutes(content.posts);
        // Rendered and written a batch at a time: ten thousand pages held at once would fill the
        // heap, and the garbage collector would then take longer than the rendering.
        let writing = 0;
        for (let start = 0; start < routes.length; start += PAGES_PER_BATCH) {
          const pages = routes.slice(start, start + PAGES_PER_BATCH).map((route) => {
            const url = `${options.basePath}${route.path.slice(1)}`;
            const page = server.entry.renderPage(url, content);
            return { fileName: route.file, source: pageHtml(template, { ...page, path: url }) };
          });
          const before = performance.now();
          await writeAssets(outDir, pages);
          writing += performance.now() - before;
        }
        const rendered = performance.now() - writing;
        const seconds = (ms: number) => (ms / 1000).toFixed(1);
        console.log(
          `Field Notes: prerendered ${routes.length} pages (server build ${seconds(built - started)} s, ` +
            `render ${seconds(rendered - built)} s, write ${seconds(writing)} s)`,
        );
      } finally {
        await rm(server.dir, { recursive: true, force: true });
      }
    },
    async closeBundle() {
      // Vite copies public/ (with _headers) into the output folder; add the inline hashes there.
      if (!shared) return;
      const file = path.join(config.build.outDir, '_headers');
      const headers = await readFile(file, 'utf8').catch(() => undefined);
      if (headers === undefined) return;
      await writeFile(
        file,
        allowInline(headers, { script: [cspHash(shared.bootScript)], style: [cspHash(shared.css)] }),
      );
    },
  };
}

async function buildServerEntry(
  config: ResolvedConfig,
  site: () => BuiltSite,
): Promise<{ entry: ServerEntry; dir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'field-notes-prerender-'));
  await build({
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'warn',
    plugins: [solid({ ssr: true }), contentModulePlugin(site)],
    // Bundled whole, so Node never has to load Solid's JSX sources or a browser-only build.
    ssr: { noExternal: true },
    build: {
      ssr: path.join(config.root, 'src/app/entry-server.tsx'),
      outDir: dir,
      emptyOutDir: true,
      sourcemap: false,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'entry-server.mjs', codeSplitting: false } },
    },
  });
  const entry = (await import(pathToFileURL(path.join(dir, 'entry-server.mjs')).href)) as ServerEntry;
  return { entry, dir };
}
