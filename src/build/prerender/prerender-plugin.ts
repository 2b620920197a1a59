import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, minify, type Plugin, type ResolvedConfig } from 'vite';
import solid from 'vite-plugin-solid';
import type { BuildOptions } from '../build-options.ts';
import { contentModulePlugin } from '../content/content-plugin.ts';
import type { BuiltSite } from '../content/build-site.ts';
import { completePolicies, cspHash, metaPolicy, pagePolicy, type PolicySources } from './csp.ts';
import { imageSources } from '../content/images/remote-images.ts';
import { pageTemplate, type SharedParts } from './page-html.ts';
import { pageModulesOf } from './page-modules.ts';
import { pageRoutes } from './page-routes.ts';
import { everyPageCss, pageStylesOf } from './page-styles.ts';
import { renderInParallel } from './render-in-parallel.ts';
import type { ServerEntry } from './render-pages.ts';

/** The prerender plugin, with where it writes for plugins that read the pages (the precache). */
export interface PrerenderPlugin extends Plugin {
  api: { outDir(): string };
}

/** Vite plugin: prerenders every page with Solid's server rendering, from a server build made in a temporary folder. */
export function prerenderPlugin(options: BuildOptions, site: () => BuiltSite): PrerenderPlugin {
  let config: ResolvedConfig;
  let policySources: PolicySources | undefined;
  return {
    name: 'field-notes:prerender',
    api: { outDir: () => path.resolve(config.root, config.build.outDir) },
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    // Written straight to disk, as the bundler handles emitted assets one by one. writeBundle ends before
    // the service worker's precache list is made (closeBundle), so the list holds every page.
    async writeBundle(outputOptions, bundle) {
      const index = bundle['index.html'];
      const outDir = outputOptions.dir;
      if (index?.type !== 'asset' || !outDir) return;
      const indexHtml = String(index.source);
      const bootScript = await minifiedBootScript(path.join(options.publicDir, 'boot.js'));
      const styles = pageStylesOf(bundle, config.root);
      policySources = {
        script: [cspHash(bootScript)],
        style: everyPageCss(styles).map(cspHash),
        images: imageSources(site().remoteImageHosts),
      };
      // Every page carries its policy itself, for hosts that send no _headers (GitHub Pages, a plain server).
      const headers = await readFile(path.join(options.publicDir, '_headers'), 'utf8').catch(() => '');
      const policy = pagePolicy(headers, policySources);
      const parts: SharedParts = { bootScript, ...(policy ? { policy: metaPolicy(policy) } : {}) };
      const template = pageTemplate(indexHtml, parts);
      const started = performance.now();
      const server = await buildServerEntry(config, site);
      try {
        await server.entry.preparePrerender();
        const built = performance.now();
        const content = { posts: site().posts };
        const routes = pageRoutes(content.posts);
        const folders = new Set(routes.map((route) => path.dirname(path.join(outDir, route.file))));
        for (const folder of folders) await mkdir(folder, { recursive: true });
        const modules = pageModulesOf(bundle, config.root, config.base);
        const job = { template, basePath: options.basePath, outDir, styles, modules };
        const { threads } = await renderInParallel(server, content, job, routes);
        const seconds = (ms: number) => (ms / 1000).toFixed(1);
        console.log(
          `Field Notes: prerendered ${routes.length} pages (server build ${seconds(built - started)} s, ` +
            `render and write ${seconds(performance.now() - built)} s on ${threads} ${threads === 1 ? 'thread' : 'threads'})`,
        );
      } finally {
        await rm(server.dir, { recursive: true, force: true });
      }
    },
    async closeBundle() {
      // Vite copies public/ (with _headers) into the output folder; add the hashes and image hosts there.
      if (!policySources) return;
      const file = path.join(config.build.outDir, '_headers');
      const headers = await readFile(file, 'utf8').catch(() => undefined);
      if (headers === undefined) return;
      await writeFile(file, completePolicies(headers, policySources));
    },
  };
}

async function buildServerEntry(
  config: ResolvedConfig,
  site: () => BuiltSite,
): Promise<{ entry: ServerEntry; entryUrl: string; dir: string }> {
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
  // Imported here too: worker threads load it by URL, and this thread renders its share.
  const entryUrl = pathToFileURL(path.join(dir, 'entry-server.mjs')).href;
  const entry = (await import(entryUrl)) as ServerEntry;
  return { entry, entryUrl, dir };
}

/** public/boot.js minified, as every page inlines it and the first paint waits for those bytes (bench/README.md). */
async function minifiedBootScript(file: string): Promise<string> {
  const { code, errors } = await minify(file, await readFile(file, 'utf8'), { compress: true, mangle: true });
  if (errors.length) throw new Error(`${path.relative(process.cwd(), file)}: ${errors[0]!.message}`);
  return code.trim();
}
