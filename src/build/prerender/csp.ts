import { createHash } from 'node:crypto';
import { headersForPath, parseHeadersFile } from '../../shared/headers-file.ts';

/** The CSP source that allows exactly this inline script or style. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** What the build adds to the policy: its inline script and styles by hash, and the hosts posts show pictures from. */
export interface PolicySources {
  script: string[];
  style: string[];
  images: string[];
}

/** Adds the sources to each Content-Security-Policy in a `_headers` file: only these inline parts run, only these images load. */
export function completePolicies(headers: string, sources: PolicySources): string {
  return headers.replace(/^(\s*Content-Security-Policy:)(.*)$/gm, (_line, name: string, policy: string) => {
    const directives = policy.split(';').map((directive) => {
      const [directiveName] = directive.trim().split(/\s+/);
      const added =
        directiveName === 'script-src'
          ? sources.script
          : directiveName === 'style-src'
            ? sources.style
            : directiveName === 'img-src'
              ? sources.images
              : [];
      return added.length === 0 ? directive : `${directive.trimEnd()} ${added.join(' ')}`;
    });
    return `${name}${directives.join(';')}`;
  });
}

/** The completed policy a `_headers` file gives every page (its `/*` rule's), or undefined when it sets none. */
export function pagePolicy(headers: string, sources: PolicySources): string | undefined {
  const sent = headersForPath(parseHeadersFile(completePolicies(headers, sources)), '/index.html');
  return Object.entries(sent).find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
}

// Browsers ignore these in a <meta> (they need the response itself), and warn about each one.
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The part of a policy a `<meta http-equiv="Content-Security-Policy">` can hold. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !HEADER_ONLY.has(directive.split(/\s+/)[0]!.toLowerCase()))
    .join('; ');
}
