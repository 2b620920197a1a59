import { describe, expect, it } from 'vitest';
import { offlineWidthOf, widthsFor } from '../../../src/build/content/images/image-formats.ts';
import { renderMarkdown } from '../../../src/build/content/render.ts';
import { sanitizePostHtml } from '../../../src/build/content/sanitize.ts';
import { imageFileName, parseImageName } from '../../../src/shared/images.ts';

describe('widths of a picture', () => {
  it('are 480, 960 and 1600 pixels, never wider than the source, which stands in for the widest it reaches', () => {
    expect(widthsFor(3200)).toEqual([480, 960, 1600]);
    expect(widthsFor(1600)).toEqual([480, 960, 1600]);
    expect(widthsFor(1200)).toEqual([480, 960, 1200]);
    expect(widthsFor(960)).toEqual([480, 960]);
    expect(widthsFor(300)).toEqual([300]);
  });

  it('keep 960 pixels offline, or the widest there is below that', () => {
    expect(offlineWidthOf([480, 960, 1600])).toBe(960);
    expect(offlineWidthOf([480, 700])).toBe(700);
  });
});

describe('names of built images', () => {
  it('say which image, which width and which format, even after a name ending in digits', () => {
    expect(imageFileName('kubecon-2017', '0123456789', 'avif', 960)).toBe('kubecon-2017-960w-0123456789.avif');
    expect(parseImageName('/notes/assets/images/kubecon-2017-960w-0123456789.avif')).toEqual({
      hash: '0123456789',
      width: 960,
      format: 'avif',
    });
    expect(parseImageName('kubecon-2017-abcdef0123.svg')).toEqual({
      hash: 'abcdef0123',
      width: undefined,
      format: 'svg',
    });
    expect(parseImageName('/favicon.svg')).toBeUndefined();
  });
});

describe('figures', () => {
  it('make an image with a title alone in its paragraph a figure, its title the caption, as text', () => {
    expect(renderMarkdown('![A slide](/x.png "<b>Slides</b> & notes")\n').html).toBe(
      '<figure><img src="/x.png" alt="A slide" loading="lazy" decoding="async" /><figcaption>&lt;b&gt;Slides&lt;/b&gt; &amp; notes</figcaption></figure>\n',
    );
  });

  it('leave an image without a title, or one inside a sentence, in its paragraph', () => {
    expect(renderMarkdown('![A slide](/x.png)\n').html).toMatch(/^<p><img /);
    expect(renderMarkdown('See ![A slide](/x.png "Slide") here.\n').html).toMatch(/^<p>See <img [^>]*title="Slide"/);
  });
});

describe('the sanitizer on pictures', () => {
  it('keeps a picture, its sources and their srcset, and strips handlers, styles and other attributes', () => {
    expect(
      sanitizePostHtml(
        '<picture onclick="x()" class="c"><source srcset="/a.avif 2x" type="image/avif" media="print" onerror="x()" src="/e.avif">' +
          '<img src="/a.png" srcset="/a-480.png 480w" sizes="100vw" fetchpriority="high" onload="x()" alt="a" style="color:red"></picture>',
      ),
    ).toBe(
      '<picture><source srcset="/a.avif 2x" type="image/avif" /><img src="/a.png" srcset="/a-480.png 480w" sizes="100vw" alt="a" fetchpriority="high" loading="lazy" decoding="async" /></picture>',
    );
  });

  it('drops javascript:, data: and mailto: candidates from a srcset, and a srcset left with none', () => {
    expect(
      sanitizePostHtml(
        '<picture><source srcset="javascript:alert(1) 1x, https://cdn.example/a.avif 2x, mailto:a@b 3x">' +
          '<img src="/a.png" srcset="data:image/png;base64,iVBORw0KGgo= 1x" alt=""></picture>',
      ),
    ).toBe(
      '<picture><source srcset="https://cdn.example/a.avif 2x" /><img src="/a.png" alt="" loading="lazy" decoding="async" /></picture>',
    );
  });

  it('drops a fetchpriority that means nothing', () => {
    expect(sanitizePostHtml('<img src="/a.png" alt="" fetchpriority="urgent">')).toBe(
      '<img src="/a.png" alt="" loading="lazy" decoding="async" />',
    );
  });
});
