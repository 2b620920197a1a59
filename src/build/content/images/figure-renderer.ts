import type { MarkedExtension, Tokens } from 'marked';
import { escapeHtml } from '../escape.ts';

/** Makes `![alt](src "caption")` alone in its paragraph a captioned figure; inside a sentence it stays as written. */
export const figureRenderer: MarkedExtension = {
  renderer: {
    paragraph({ tokens }) {
      const meaningful = tokens.filter((token) => !(token.type === 'text' && token.raw.trim() === ''));
      const image = meaningful.length === 1 && meaningful[0]?.type === 'image' ? (meaningful[0] as Tokens.Image) : null;
      if (!image?.title) return false;
      // A tooltip repeating the caption would only be noise.
      const picture = this.parser.parseInline([{ ...image, title: null }]);
      return `<figure>${picture}<figcaption>${escapeHtml(image.title)}</figcaption></figure>\n`;
    },
  },
};
