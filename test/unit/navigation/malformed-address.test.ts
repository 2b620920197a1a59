import { describe, expect, it } from 'vitest';
import { repairedPath } from '../../../src/app/navigation/malformed-address.ts';

describe('repairedPath', () => {
  it('leaves a readable path alone', () => {
    for (const path of ['/', '/posts/x', '/tags/caf%C3%A9', '/tags/%3Cimg%3E', '/notes/posts/x/']) {
      expect(repairedPath(path)).toBe(path);
    }
  });

  it('escapes the percent signs of an undecodable path', () => {
    expect(repairedPath('/posts/%E0%A4%A')).toBe('/posts/%25E0%25A4%25A');
  });

  it('gives a path that starts with two slashes one, so it names no other host', () => {
    expect(repairedPath('//evil.example')).toBe('/evil.example');
    expect(repairedPath('///evil.example/x')).toBe('/evil.example/x');
    expect(repairedPath('/notes//evil.example')).toBe('/notes/evil.example');
    expect(repairedPath('//evil.example/%E0%A4%A')).toBe('/evil.example/%25E0%25A4%25A');
  });
});
