import { describe, expect, it } from 'vitest';
import { withPicture } from '../../../bench/media/picture-corpus.ts';

describe('withPicture', () => {
  it('shows the picture alone in a paragraph after the first paragraph of the body', () => {
    const post = '---\ntitle: "A"\n---\n\nFirst words.\nStill first.\n\n## Next\n\nMore.\n';
    expect(withPicture(post, './a/photo.jpg', 0)).toBe(
      '---\ntitle: "A"\n---\n\nFirst words.\nStill first.\n\n![A generated photo, number 1](./a/photo.jpg)\n\n## Next\n\nMore.\n',
    );
  });

  it('puts it at the end of a post of one paragraph', () => {
    expect(withPicture('---\ntitle: "A"\n---\n\nOnly this.', './a/photo.jpg', 4)).toBe(
      '---\ntitle: "A"\n---\n\nOnly this.\n\n![A generated photo, number 5](./a/photo.jpg)',
    );
  });
});
