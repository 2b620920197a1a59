import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuildOptions } from '../../../src/build/build-options.ts';

const context = { root: '/repo', command: 'build' } as const;

describe('readBuildOptions', () => {
  it('leaves the image cache to buildSite when IMAGE_CACHE_DIR is unset', () => {
    expect(readBuildOptions({}, context).imageCacheDir).toBeUndefined();
  });

  it('reads IMAGE_CACHE_DIR relative to the project root, as CONTENT_DIR is', () => {
    expect(readBuildOptions({ IMAGE_CACHE_DIR: '.e2e/images' }, context).imageCacheDir).toBe(
      path.resolve('/repo', '.e2e/images'),
    );
    expect(readBuildOptions({ IMAGE_CACHE_DIR: '/tmp/images' }, context).imageCacheDir).toBe('/tmp/images');
  });
});
