// The link checker behind npm run data:links: every URL in data/, fetched politely (one request at a time per
// host, a bounded number of hosts at once, a timeout, a User-Agent that says who we are), reporting dead links and
// redirects. It sends nothing but the request for the page.
import type { Graph } from '../graph/graph.js';
import { curatedRecords } from './report.js';

export interface LinkUse { url: string; where: string[] }

/** Every URL the data gives (sources, websites, complaint pages), each with the records that use it. */
export function dataUrls(graph: Graph): LinkUse[] {
  const uses = new Map<string, string[]>();
  const add = (url: string | undefined, where: string) => {
    if (url) uses.set(url, [...(uses.get(url) ?? []), where]);
  };
  for (const r of curatedRecords(graph)) {
    const where = `${r.type} ${r.id}`;
    for (const s of r.sources) add(s.url, where);
    add(r.contact?.website, `${where} (website)`);
    add(r.contact?.complaintPage, `${where} (complaint page)`);
  }
  for (const c of graph.areas.councils.values()) {
    add(c.safeguarding?.website, `council ${c.code} (safeguarding website)`);
    add(c.safeguarding?.complaintPage, `council ${c.code} (safeguarding page)`);
  }
  return [...uses].map(([url, where]) => ({ url, where }));
}

export type Outcome = 'ok' | 'redirect' | 'dead' | 'error';
export interface LinkResult {
  url: string;
  outcome: Outcome;
  /** The last HTTP status seen; absent when no response came (timeout, refused, bad certificate). */
  status?: number;
  /** Where a redirect ends. */
  finalUrl?: string;
  detail: string;
  ms: number;
}

export interface LinkCheckOptions {
  /** Hosts checked at once; each host gets one request at a time. */
  concurrency: number;
  timeoutMs: number;
  userAgent: string;
  maxRedirects?: number;
}

// Some servers refuse HEAD but serve GET; these statuses get one GET before the link is called dead.
const HEAD_REFUSED = new Set([403, 404, 405, 501]);

async function request(url: string, method: 'HEAD' | 'GET', options: LinkCheckOptions): Promise<Response> {
  const res = await fetch(url, {
    method, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs),
    headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
  });
  // Only the status matters: never download the page.
  await res.body?.cancel().catch(() => undefined);
  return res;
}

export async function checkLink(url: string, options: LinkCheckOptions): Promise<LinkResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  let current = url;
  try {
    for (let hops = 0; ; hops++) {
      let res = await request(current, 'HEAD', options);
      if (HEAD_REFUSED.has(res.status)) res = await request(current, 'GET', options);
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        if (hops >= (options.maxRedirects ?? 5)) return { url, outcome: 'error', status: res.status, detail: `more than ${options.maxRedirects ?? 5} redirects`, ms: ms() };
        current = new URL(location, current).href;
        continue;
      }
      if (res.status >= 200 && res.status < 300) {
        return current === url
          ? { url, outcome: 'ok', status: res.status, detail: 'ok', ms: ms() }
          : { url, outcome: 'redirect', status: res.status, finalUrl: current, detail: `moved to ${current}`, ms: ms() };
      }
      return { url, outcome: 'dead', status: res.status, ...(current !== url && { finalUrl: current }), detail: `HTTP ${res.status}`, ms: ms() };
    }
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const detail = e.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { url, outcome: 'error', detail, ms: ms() };
  }
}

/** Checks the URLs, one host at a time per worker, at most `concurrency` hosts at once; results in input order. */
export async function checkLinks(urls: readonly string[], options: LinkCheckOptions, onResult?: (r: LinkResult) => void): Promise<LinkResult[]> {
  const byHost = new Map<string, number[]>();
  urls.forEach((url, i) => {
    const host = URL.canParse(url) ? new URL(url).host : url;
    byHost.set(host, [...(byHost.get(host) ?? []), i]);
  });
  const hosts = [...byHost.values()];
  const results: LinkResult[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < hosts.length) {
      const indexes = hosts[next++]!;
      for (const i of indexes) {
        results[i] = await checkLink(urls[i]!, options);
        onResult?.(results[i]);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, hosts.length)) }, worker));
  return results;
}
