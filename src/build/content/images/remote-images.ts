import { ContentError } from '../errors.ts';
import { readSiteYaml } from '../site-config.ts';

/** The site.yaml key listing the other sites a post may show pictures from; the CSP's img-src follows it. */
export const REMOTE_HOSTS_KEY = 'remoteImageHosts';

// A host name, optionally `*.` for its subdomains and a port: what a CSP host-source holds.
const HOST = /^(?:\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/;

/** Reads site.yaml's list of hosts pictures may come from, lowercased; none when unset. Throws a ContentError on a bad entry. */
export async function readRemoteImageHosts(contentDir: string, displayDir: string): Promise<string[]> {
  const { file, data, line } = await readSiteYaml(contentDir, displayDir);
  const value = data[REMOTE_HOSTS_KEY];
  if (value === undefined || value === null) return [];
  const fail = (message: string) => new ContentError([{ file, line: line(REMOTE_HOSTS_KEY), message }]);
  if (!Array.isArray(value))
    throw fail(`\`${REMOTE_HOSTS_KEY}\` must be a list of host names, like [images.example.org]`);
  return value.map((entry: unknown) => {
    const host = typeof entry === 'string' ? entry.trim().toLowerCase() : '';
    if (!HOST.test(host))
      throw fail(
        `\`${REMOTE_HOSTS_KEY}\` entry ${JSON.stringify(entry)} is not a host name: write the host alone, as images.example.org or *.example.org`,
      );
    return host;
  });
}

/** What is wrong with a post's picture on another site: not https, or its host not in `hosts`; null if it may show. */
export function describeRemoteImage(href: string, hosts: readonly string[]): string | null {
  if (href.startsWith('//')) return `image "${href}" names no scheme: write it as https:${href}`;
  if (!/^https?:/i.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return `image "${href}" is not a valid address`;
  }
  if (url.protocol !== 'https:')
    return `image "${href}" is not https: browsers block plain http pictures on an https site; write https:// or save it beside the post`;
  if (hosts.some((host) => hostMatches(host, url.host))) return null;
  return `image "${href}" is on another site: add its host (${url.host}) to ${REMOTE_HOSTS_KEY} in site.yaml, or save it beside the post`;
}

/** The CSP sources for `img-src` that allow exactly the listed hosts, over https. */
export function imageSources(hosts: readonly string[]): string[] {
  return hosts.map((host) => `https://${host}`);
}

// As a CSP host-source matches: `*.example.org` covers its subdomains but not example.org itself.
function hostMatches(allowed: string, host: string): boolean {
  const [allowedName = '', allowedPort] = allowed.split(':');
  const [name = '', port] = host.split(':');
  if (allowedPort !== port) return false;
  return allowedName.startsWith('*.') ? name.endsWith(allowedName.slice(1)) : name === allowedName;
}
