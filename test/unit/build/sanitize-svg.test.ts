import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeSvg, SvgError } from '../../../src/build/content/images/sanitize-svg.ts';
import { ROOT } from './media-fixture.ts';

const HOSTILE = readFileSync(path.join(ROOT, 'test/fixtures/hostile/posts/evil-picture/evil.svg'), 'utf8');

describe('sanitizeSvg', () => {
  it('takes out scripts, event handlers, foreignObject and every reference out of the file', async () => {
    const { svg } = await sanitizeSvg(Buffer.from(HOSTILE));
    const text = svg.toString('utf8');
    expect(text).not.toMatch(/<script|onload|onclick|onerror|foreignObject|javascript:|evil\.example|<animate/i);
    // An editor's own data goes too, unsaid.
    expect(text).not.toContain('inkscape');
  });

  it('keeps the picture: shapes, text, gradients, styles and <use> of its own parts', async () => {
    const text = (await sanitizeSvg(Buffer.from(HOSTILE))).svg.toString('utf8');
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 200 100"/);
    expect(text).toContain('<rect class="box" width="200" height="100"/>');
    expect(text).toContain('<text x="10" y="50">Tap &amp; see</text>');
    expect(text).toContain('<linearGradient id="fade">');
    expect(text).toContain('<use href="#arrow"/>');
    expect(text).not.toContain('<!DOCTYPE');
  });

  it('names what it took out that the author should know, each once', async () => {
    const { removed } = await sanitizeSvg(Buffer.from(HOSTILE));
    expect(removed).toEqual(
      expect.arrayContaining([
        '<script>',
        'onload',
        'onclick',
        '<foreignObject>',
        '<animate>',
        'xlink:href="javascript:alert(3)"',
        'href="https://evil.example/sprites.svg#icon"',
        'href="https://evil.example/track.png"',
        'fill="url(https://evil.example/paint.svg#g)"',
        'a <style> that loads from elsewhere',
      ]),
    );
    expect(removed.some((entry) => entry.includes('inkscape'))).toBe(false);
    expect(new Set(removed).size).toBe(removed.length);
  });

  it('leaves a clean SVG as it drew, and says nothing', async () => {
    const clean =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#334155"/></svg>';
    const { svg, removed } = await sanitizeSvg(Buffer.from(clean));
    expect(svg.toString('utf8')).toBe(clean);
    expect(removed).toEqual([]);
  });

  it('keeps a raster picture embedded as data, which cannot run', async () => {
    const embedded =
      '<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/></svg>';
    const { svg, removed } = await sanitizeSvg(Buffer.from(embedded));
    expect(svg.toString('utf8')).toContain('href="data:image/png;base64,iVBORw0KGgo="');
    expect(removed).toEqual([]);
  });

  it('refuses what is not well-formed, or is not an SVG a browser would draw', async () => {
    await expect(sanitizeSvg(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>'))).rejects.toThrow(
      /^it is not well-formed XML \(1:\d+: .+\): open it in an editor and save it again$/,
    );
    await expect(sanitizeSvg(Buffer.from('<html><body>hi</body></html>'))).rejects.toThrow(
      new SvgError('it is not an SVG: its root element is <html>'),
    );
    await expect(sanitizeSvg(Buffer.from('<svg viewBox="0 0 1 1"/>'))).rejects.toThrow(/has no xmlns=/);
  });
});
