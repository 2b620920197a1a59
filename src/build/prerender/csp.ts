import { createHash } from 'node:crypto';

/** The CSP source that allows exactly this inline script or style. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** Adds the hashes to each Content-Security-Policy in a `_headers` file: only these inline scripts and styles run. */
export function allowInline(headers: string, sources: { script: string[]; style: string[] }): string {
  return headers.replace(/^(\s*Content-Security-Policy:)(.*)$/gm, (_line, name: string, policy: string) => {
    const directives = policy.split(';').map((directive) => {
      const [directiveName] = directive.trim().split(/\s+/);
      if (directiveName === 'script-src') return `${directive.trimEnd()} ${sources.script.join(' ')}`;
      if (directiveName === 'style-src') return `${directive.trimEnd()} ${sources.style.join(' ')}`;
      return directive;
    });
    return `${name}${directives.join(';')}`;
  });
}
