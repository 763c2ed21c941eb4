// The source policy: how far each source can be trusted, and what the public sees. A source's kind comes from an
// explicit `kind:` on the source, else the reviewed host list (data/source-kinds.yaml), else from being on the
// site of the body the record is about, else it is secondary. Public responses show legislation, government and
// official sources only; a record supported only by secondary sources is shown as not verified.
import type { PublicSource } from './api-schemas.js';
import { PUBLIC_SOURCE_KINDS, type SourceKind } from './contract.js';
import type { Source, SourceKindRecord } from './schemas.js';

/** The host of a URL in lower case, without a trailing dot; undefined for text that is not a URL. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

const within = (host: string, site: string) => host === site || host.endsWith(`.${site}`);
const withoutWww = (host: string) => host.replace(/^www\./, '');

export interface SourcePolicy {
  /** The kind of a source, given the web addresses of the body (or bodies) the record is about. */
  kindOf(source: Source, ownUrls?: readonly (string | undefined)[]): SourceKind;
}

export function sourcePolicy(hosts: readonly SourceKindRecord[]): SourcePolicy {
  // Longest host first, and an exact entry before a host-and-subdomains entry for the same host.
  const ordered = [...hosts].sort((a, b) => b.host.length - a.host.length || Number(b.exact) - Number(a.exact));
  const listed = (host: string) => ordered.find((h) => (h.exact ? host === h.host || host === `www.${h.host}` : within(host, h.host)));
  return {
    kindOf(source, ownUrls = []) {
      if (source.kind) return source.kind;
      const host = hostOf(source.url);
      if (!host) return 'secondary';
      const entry = listed(host);
      if (entry) return entry.kind;
      const own = ownUrls.flatMap((u) => (u ? [hostOf(u)] : [])).filter((h): h is string => Boolean(h)).map(withoutWww);
      return own.some((site) => within(host, site)) ? 'official' : 'secondary';
    },
  };
}

const isPublic = (kind: SourceKind | undefined): kind is PublicSource['kind'] =>
  (PUBLIC_SOURCE_KINDS as readonly string[]).includes(kind ?? 'secondary');

// Loaded records never change, so each list of sources is filtered once, not on every plan.
const shown = new WeakMap<readonly Source[], PublicSource[]>();

/** The sources a member of the public sees. A source the loader has not classified counts as secondary. */
export function publicSources(sources: readonly Source[]): PublicSource[] {
  let list = shown.get(sources);
  if (!list) {
    list = sources.flatMap(({ title, url, kind }) => (isPublic(kind) ? [{ title, url, kind }] : []));
    shown.set(sources, list);
  }
  return list;
}

/** Whether at least one source is primary (legislation, government or the body's own site). */
export const hasPrimarySource = (sources: readonly Source[]) => sources.some((s) => isPublic(s.kind));
