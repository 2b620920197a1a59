/// <reference types="vitest/config" />
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { compileHintsPlugin } from './src/build/compile-hints.ts';
import { contentPlugin } from './src/build/content/content-plugin.ts';
import { readBuildOptions } from './src/build/build-options.ts';
import { pwaOptions } from './src/build/pwa/pwa-options.ts';
import { prerenderPlugin } from './src/build/prerender/prerender-plugin.ts';
import { readSiteConfig } from './src/build/content/site-config.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(async ({ command }): Promise<UserConfig> => {
  const options = readBuildOptions(process.env, { root, command });
  // Read here too because the manifest needs the title before any plugin runs; errors name the
  // real folder, so a CONTENT_DIR build points at its own site.yaml.
  const site = await readSiteConfig(
    options.contentDir,
    path.relative(root, options.contentDir) || '.',
    options.siteUrl,
    options.basePath,
  );
  const content = contentPlugin(options);
  const prerender = prerenderPlugin(options, () => content.api.site());
  return {
    base: options.basePath,
    plugins: [
      // Hydratable: every page is prerendered (src/build/prerender/prerender-plugin.ts) and hydrated in the
      // browser. Component tests render in jsdom, where Solid's hydratable mode would resolve its
      // server build; they render afresh, as a client-side navigation does.
      solid({ ssr: !process.env.VITEST }),
      content,
      prerender,
      compileHintsPlugin(),
      VitePWA(
        pwaOptions(site, options.basePath, {
          postSlugs: () => content.api.site().posts.map((post) => post.slug),
          outDir: () => prerender.api.outDir(),
          images: () => content.api.site().images,
        }),
      ),
    ],
    build: { target: 'es2022', sourcemap: true },
    // The sync worker (src/app/data/sync-worker.ts) is a module worker, as the page's code is.
    worker: { format: 'es' },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['test/unit/**/*.test.{ts,tsx}'],
            environment: 'node',
            // A guard against hangs, not a speed check: a test that parses 3,000 posts took 5.7 s
            // with the browser tests beside it, past Vitest's default of 5 s.
            testTimeout: 30_000,
          },
        },
        {
          test: {
            name: 'e2e',
            include: ['test/e2e/**/*.spec.ts'],
            environment: 'node',
            globalSetup: ['test/e2e/support/global-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 180_000,
            // What a test polls for may come a second or more later on a busy machine (a reading
            // position is saved once a second); Vitest's default gives up after one.
            expect: { poll: { timeout: 15_000 } },
            // One Chromium at a time: the machine has two cores.
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
