import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile, ruleMatches } from '../../../src/shared/headers-file.ts';

const FILE = `# comment
/*
  Content-Security-Policy: default-src 'self'
  X-Content-Type-Options: nosniff
/sw.js
  Cache-Control: no-cache
/posts/*
  Cache-Control: no-cache
/tags/:tag
  X-Tag: one
/assets/*
  Cache-Control: public, max-age=31536000, immutable
`;

describe('a _headers file', () => {
  it('is read as rules of a path and its headers, comments left out', () => {
    expect(parseHeadersFile(FILE).map((rule) => [rule.path, rule.headers.length])).toEqual([
      ['/*', 2],
      ['/sw.js', 1],
      ['/posts/*', 1],
      ['/tags/:tag', 1],
      ['/assets/*', 1],
    ]);
  });

  it('matches paths as Netlify and Cloudflare Pages do: * any rest, :name one segment', () => {
    expect(ruleMatches('/*', '/')).toBe(true);
    expect(ruleMatches('/posts/*', '/posts/a')).toBe(true);
    expect(ruleMatches('/posts/*', '/posts')).toBe(false);
    expect(ruleMatches('/tags/:tag', '/tags/a')).toBe(true);
    expect(ruleMatches('/tags/:tag', '/tags/a/b')).toBe(false);
    expect(ruleMatches('/sw.js', '/swXjs')).toBe(false);
  });

  it('gives a path the headers of every rule that matches it', () => {
    const rules = parseHeadersFile(FILE);
    expect(headersForPath(rules, '/posts/a')).toEqual({
      'Content-Security-Policy': "default-src 'self'",
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    expect(headersForPath(rules, '/assets/app.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersForPath([...rules, { path: '/*', headers: [['x-content-type-options', 'other']] }], '/')).toEqual(
      expect.objectContaining({ 'X-Content-Type-Options': 'nosniff, other' }),
    );
  });
});
