import { describe, expect, it } from 'vitest';
import { canonicalPageAddress } from '../../../src/shared/page-address.ts';

describe('canonicalPageAddress', () => {
  it('names the address of a page asked for by its file', () => {
    expect(canonicalPageAddress('/index.html', '/')).toBe('/');
    expect(canonicalPageAddress('/posts/kubecon-2017-thoughts.html', '/')).toBe('/posts/kubecon-2017-thoughts');
    expect(canonicalPageAddress('/tags/ci-cd.html', '/')).toBe('/tags/ci-cd');
    expect(canonicalPageAddress('/tags.html', '/')).toBe('/tags');
    expect(canonicalPageAddress('/docs/index.html', '/')).toBe('/docs/');
    // Escapes stay as they came: the address names the same page.
    expect(canonicalPageAddress('/tags/caf%C3%A9.html', '/')).toBe('/tags/caf%C3%A9');
  });

  it('works under a base path, and leaves paths outside it alone', () => {
    expect(canonicalPageAddress('/blog/index.html', '/blog/')).toBe('/blog/');
    expect(canonicalPageAddress('/blog/posts/x.html', '/blog/')).toBe('/blog/posts/x');
    expect(canonicalPageAddress('/index.html', '/blog/')).toBeUndefined();
    expect(canonicalPageAddress('/blogposts/x.html', '/blog/')).toBeUndefined();
  });

  it('leaves canonical addresses, other files and the host’s 404 page alone', () => {
    for (const path of ['/', '/posts/x', '/tags/', '/feed.xml', '/assets/app.js', '/404.html', '/x.htm', '/.html']) {
      expect(canonicalPageAddress(path, '/'), path).toBeUndefined();
    }
    // Only the site's own 404.html is the host's: a post may be called 404.
    expect(canonicalPageAddress('/posts/404.html', '/')).toBe('/posts/404');
  });

  it('never names an address off this site or outside the base path', () => {
    const hostile = [
      '//evil.example/index.html',
      '//evil.example.html',
      '/\\evil.example/index.html',
      '/%5Cevil.example/index.html',
      '/%2F%2Fevil.example.html',
      '/posts/..%2f..%2fpackage.html',
      '/posts/%2e%2e/index.html',
      '/posts//x.html',
      '/./x.html',
      '/posts/%E0%A4%A.html',
    ];
    for (const path of hostile) expect(canonicalPageAddress(path, '/'), path).toBeUndefined();
    expect(canonicalPageAddress('/blog//evil.example/index.html', '/blog/')).toBeUndefined();
  });
});
