import { createContext, sharedConfig, useContext } from 'solid-js';
import type { Post } from '../../shared/post.ts';

/** Everything the build knows, given to the prerenderer: every published post, newest first. */
export interface BuildContent {
  posts: Post[];
}

/** A query's first value on a prerendered page, computed on the server, read back while hydrating; `key` names it. */
export interface Seed<T> {
  key: string;
  compute: (content: BuildContent) => T;
  /** What the page carries of it: less (a post's HTML is in the page already) or a smaller form worth its `restore`. */
  embed?: (value: T) => unknown;
  /** The value again from what `embed` made of it; without one, the embedded value is used as it is. */
  restore?: (embedded: unknown) => T;
}

/** Where seeds come from: the build's content (server) or the values the page was prerendered with. */
export interface SeedSource {
  read<T>(seed: Seed<T>): T | undefined;
}

const SeedContext = createContext<SeedSource>();

/** Gives the app below it its seeds: App.tsx wraps the routes in it when prerendering or hydrating. */
export const SeedProvider = SeedContext.Provider;

/** A query's seeded first value, or undefined outside prerendering and hydration. */
export function seedValue<T>(seed: Seed<T>): T | undefined {
  // On the client only while hydrating: after that a page starts from IndexedDB like any other.
  if (typeof window !== 'undefined' && !sharedConfig.context) return undefined;
  return useContext(SeedContext)?.read(seed);
}

/** Server: seeds computed from the build's content as a page renders, and what the page must embed of them. */
export function serverSeeds(content: BuildContent): { source: SeedSource; embedded: Record<string, unknown> } {
  const computed = new Map<string, unknown>();
  const embedded: Record<string, unknown> = {};
  const source = {
    read<T>(seed: Seed<T>): T {
      if (!computed.has(seed.key)) {
        const value = seed.compute(content);
        computed.set(seed.key, value);
        embedded[seed.key] = seed.embed ? seed.embed(value) : value;
      }
      return computed.get(seed.key) as T;
    },
  };
  return { source, embedded };
}

/** Client: seeds served from the values embedded in the prerendered page. */
export function embeddedSeeds(values: Record<string, unknown>): SeedSource {
  return {
    read<T>(seed: Seed<T>): T | undefined {
      const value = values[seed.key];
      if (value === undefined) return undefined;
      return seed.restore ? seed.restore(value) : (value as T);
    },
  };
}
