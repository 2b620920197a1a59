import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completePolicies, metaPolicy, pagePolicy } from '../../../src/build/prerender/csp.ts';
import { pageTemplate } from '../../../src/build/prerender/page-html.ts';

const HEADERS = readFileSync('public/_headers', 'utf8');
const SOURCES = { script: ["'sha256-boot='"], style: ["'sha256-css='"], images: ['https://images.example.org'] };

// Vite's index.html, as the build hands it over, in little.
const INDEX =
  '<!doctype html><html><head><meta charset="UTF-8" /><title>x</title><script src="/boot.js"></script>' +
  '<link rel="stylesheet" crossorigin href="/assets/index.css"><link rel="manifest" href="/manifest.webmanifest">' +
  '</head><body><div id="app"></div><script type="module" crossorigin src="/assets/index.js"></script></body></html>';

describe('the policy every page carries', () => {
  it('adds the inline hashes and exactly the allowed picture hosts, with no https: for images', () => {
    const policy = pagePolicy(HEADERS, SOURCES)!;
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-boot='(;|$)/);
    expect(policy).toMatch(/style-src 'self' 'sha256-css='(;|$)/);
    expect(policy).toMatch(/img-src 'self' data: https:\/\/images\.example\.org(;|$)/);
    expect(completePolicies(HEADERS, SOURCES)).toContain(policy);
  });

  it('allows no picture from another site when site.yaml names none', () => {
    expect(pagePolicy(HEADERS, { ...SOURCES, images: [] })).toMatch(/img-src 'self' data:;/);
  });

  it('holds in a <meta> all but what only a header can send', () => {
    const meta = metaPolicy(`${pagePolicy(HEADERS, SOURCES)!}; report-uri /csp; sandbox`);
    expect(meta).not.toMatch(/frame-ancestors|report-uri|sandbox/);
    expect(meta).toContain("default-src 'self'");
    expect(meta).toContain("object-src 'none'");
  });

  it('is the first thing in <head> after the charset, before any script or style', () => {
    const html = pageTemplate(INDEX, { bootScript: 'boot()', policy: "default-src 'self'" });
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    expect(head).toMatch(
      /^<head><meta charset="UTF-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="default-src 'self'" \/>/,
    );
    expect(head.indexOf('http-equiv')).toBeLessThan(head.indexOf('<script'));
    expect(head.indexOf('http-equiv')).toBeLessThan(head.indexOf('<style'));
  });
});
