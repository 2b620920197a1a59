import { createHash } from 'node:crypto';

/** A short, stable content hash: the same input always gives the same name, any change a new one. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}
