import { createRequire } from 'node:module';

// jsdom ships without type declarations (and @types/jsdom is not installed): describe the little used here.
interface JsdomModule {
  JSDOM: {
    new (html?: string): { window: { DOMParser: typeof DOMParser } };
    fragment(html: string): DocumentFragment;
  };
}

const require = createRequire(import.meta.url);
const { JSDOM } = require('jsdom') as JsdomModule;

/** Parses HTML into a fragment, to query rendered elements and attributes. */
export function htmlFragment(html: string): DocumentFragment {
  return JSDOM.fragment(html);
}

/** The text a reader sees in some HTML, with runs of whitespace collapsed to one space. */
export function visibleText(html: string): string {
  return (htmlFragment(html).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Parses XML strictly; a malformed document comes back with a `parsererror` element. */
export function parseXml(source: string): Document {
  const { DOMParser: Parser } = new JSDOM().window;
  return new Parser().parseFromString(source, 'application/xml');
}
