/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { contentPlugin } from './src/build/content-plugin.ts';
import { readBuildOptions } from './src/build/build-options.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ command }) => {
  const options = readBuildOptions(process.env, { root, command });
  return {
    base: options.basePath,
    plugins: [solid(), contentPlugin(options)],
    build: { target: 'es2022', sourcemap: true },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['test/unit/**/*.test.{ts,tsx}'],
            environment: 'node',
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
            // One Chromium at a time: the machine has two cores.
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
