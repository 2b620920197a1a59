import path from 'node:path';
import { normalizeBasePath } from '../shared/base-path.ts';

/** Everything the content build needs to know, resolved from the environment once. */
export interface BuildOptions {
  /** The project root; paths in messages are shown relative to it. */
  root: string;
  /** Absolute path of the folder holding `site.yaml` and `posts/`. */
  contentDir: string;
  /** Absolute path of `public/`, where local images and files that posts link to live. */
  publicDir: string;
  /** Drafts are built in dev, and in production only when asked for. */
  includeDrafts: boolean;
  /** Overrides `baseUrl` from site.yaml, for deploys. */
  siteUrl: string | undefined;
  /** The path the site is served under, starting and ending with `/`. */
  basePath: string;
  /** Where processed images are kept between builds; undefined for buildSite's default. */
  imageCacheDir: string | undefined;
}

/** Reads CONTENT_DIR, DRAFTS, SITE_URL, BASE_PATH and IMAGE_CACHE_DIR; dev mode always shows drafts. */
export function readBuildOptions(
  env: Record<string, string | undefined>,
  context: { root: string; command: 'build' | 'serve' },
): BuildOptions {
  return {
    root: context.root,
    publicDir: path.resolve(context.root, 'public'),
    contentDir: path.resolve(context.root, env.CONTENT_DIR ?? 'content'),
    includeDrafts: context.command === 'serve' || isTruthy(env.DRAFTS),
    siteUrl: env.SITE_URL || undefined,
    basePath: normalizeBasePath(env.BASE_PATH ?? '/'),
    // A benchmark times builds with an empty cache without touching the developer's own.
    imageCacheDir: env.IMAGE_CACHE_DIR ? path.resolve(context.root, env.IMAGE_CACHE_DIR) : undefined,
  };
}

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && ['1', 'true', 'yes'].includes(value.toLowerCase());
}
