// THE I/O PART of the checker: fetches a page from a URL a person gave us, safely. Everything else in this folder is
// pure.
// Against server-side request forgery: http and https only; the host is resolved here and EVERY address it resolves
// to must be public, at every hop (at most 3 redirects); the connection goes to an address we checked, so a second
// DNS answer cannot swap it; 10 seconds in all; 2 MB at most. Bodies of redirects and error pages are never read:
// the connection is closed. Through an egress proxy (CHECKER_PROXY), the host is still resolved and checked here
// first; the proxy makes the connection, and should refuse private addresses itself.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { MAX_PAGE_BYTES } from './schemas.js';

export type FetchErrorCode = 'not_http' | 'address_not_allowed' | 'fetch_failed' | 'page_too_large' | 'not_a_page';

export class FetchError extends Error {
  constructor(readonly code: FetchErrorCode, message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface FetchedPage {
  kind: 'html' | 'text' | 'pdf';
  body: string;
  /** Where the page was found, after redirects. */
  url: string;
}

export interface FetchOptions {
  /** Tests only: allow loopback addresses (a local test server). Every other address that is not public stays refused. */
  allowLoopback?: boolean;
  userAgent: string;
  timeoutMs?: number;
  maxRedirects?: number;
  /** An http:// egress proxy that every fetch goes through (CONNECT for https). */
  proxy?: URL;
}

// Addresses that are not on the public internet (IANA special-purpose registries). IPv6 ranges that carry an IPv4
// address are not listed: they are judged by the address they carry (embeddedIpv4 below).
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  // 64:ff9b:1::/48 is NAT64 for local use (RFC 8215): where it puts the IPv4 address is the network's own choice.
  ['::', 128], ['::1', 128], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32],
  ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) NOT_PUBLIC.addSubnet(net, prefix, 'ipv6');

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** The 8 groups of an IPv6 address as numbers (any spelling: "::", a dotted IPv4 tail, leading zeros). */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail, ...rest] = text.split('::');
  if (rest.length > 0) return undefined;
  const part = (s: string) => (s === '' ? [] : s.split(':').map((g) => Number.parseInt(g, 16)));
  const front = part(head);
  const back = tail === undefined ? [] : part(tail);
  const groups = tail === undefined ? front : [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : undefined;
}

const ipv4Of = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;

/** The IPv4 addresses an IPv6 address stands for, in the ranges that carry one: IPv4-mapped (::ffff:0:0/96),
 *  IPv4-compatible (::/96), NAT64 (64:ff9b::/96), 6to4 (2002::/16) and Teredo (2001::/32: its server, and its client
 *  with the bits inverted). None for any other address. */
export function embeddedIpv4(address: string): string[] {
  const g = ipv6Groups(address);
  if (!g) return [];
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && g[5] === 0xffff) return [ipv4Of(g[6]!, g[7]!)];
  if (zeros(0, 6) && (g[6]! > 0 || g[7]! > 1)) return [ipv4Of(g[6]!, g[7]!)];
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return [ipv4Of(g[6]!, g[7]!)];
  if (g[0] === 0x2002) return [ipv4Of(g[1]!, g[2]!)];
  if (g[0] === 0x2001 && g[1] === 0) return [ipv4Of(g[2]!, g[3]!), ipv4Of(g[6]! ^ 0xffff, g[7]! ^ 0xffff)];
  return [];
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    const carried = embeddedIpv4(address);
    if (carried.length > 0) return carried.every((v4) => isPublicAddress(v4));
  }
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Whether the fetcher may connect to this address. */
export function isAllowedAddress(address: string, allowLoopback: boolean): boolean {
  const carried = isIP(address) === 6 ? embeddedIpv4(address) : [];
  const v4 = carried.length === 1 ? carried[0]! : address;
  if (allowLoopback && isIP(v4) && LOOPBACK.check(v4, isIP(v4) === 4 ? 'ipv4' : 'ipv6')) return true;
  return isPublicAddress(address);
}

/** Resolves every address of the host and refuses the connection unless all of them are allowed. */
function checkedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      if (addresses.length === 0) return callback(new FetchError('fetch_failed', `The address ${hostname} could not be found.`), '', 0);
      const blocked = addresses.find((a) => !isAllowedAddress(a.address, allowLoopback));
      if (blocked) return callback(new FetchError('address_not_allowed', 'That address is not on the public internet, so we cannot check it.'), '', 0);
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Refuses anything but http(s) before any network use, including a literal address that is not public. */
function parseTarget(raw: string, allowLoopback: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError('not_http', 'That is not a web address. Give an address starting with https://.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('not_http', 'We can only check web pages: give an address starting with https:// or http://.');
  }
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) && !isAllowedAddress(literal, allowLoopback)) {
    throw new FetchError('address_not_allowed', 'That address is not on the public internet, so we cannot check it.');
  }
  return url;
}

export async function fetchPage(raw: string, options: FetchOptions): Promise<FetchedPage> {
  const allowLoopback = options.allowLoopback ?? false;
  const signal = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const maxRedirects = options.maxRedirects ?? 3;
  let url = parseTarget(raw, allowLoopback);
  for (let hop = 0; ; hop++) {
    const response = await get(url, options, signal);
    const location = response.headers.location;
    if (REDIRECTS.has(response.statusCode ?? 0) && location) {
      response.destroy();
      if (hop >= maxRedirects) throw new FetchError('fetch_failed', `The page redirected more than ${maxRedirects} times.`);
      url = parseTarget(new URL(location, url).href, allowLoopback);
      continue;
    }
    const status = response.statusCode ?? 0;
    if (status < 200 || status >= 300) {
      response.destroy();
      throw new FetchError('fetch_failed', `The website answered with status ${status}. Check the address, or paste the page's text instead.`);
    }
    return readBody(response, url.href, signal);
  }
}

const ACCEPT = 'text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.5';

function get(url: URL, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const allowLoopback = options.allowLoopback ?? false;
  const headers = { 'user-agent': options.userAgent, accept: ACCEPT, 'accept-encoding': 'identity' };
  if (options.proxy) return viaProxy(url, options.proxy, headers, allowLoopback, signal);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers, lookup: checkedLookup(allowLoopback), signal }, resolve);
    req.on('error', (err) => reject(asFetchError(err, signal)));
    req.end();
  });
}

/** The same request through an egress proxy: plain http in absolute form, https in a CONNECT tunnel. */
async function viaProxy(url: URL, proxy: URL, headers: Record<string, string>, allowLoopback: boolean, signal: AbortSignal): Promise<IncomingMessage> {
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (!isIP(literal)) {
    await new Promise<void>((resolve, reject) => {
      checkedLookup(allowLoopback)(literal, { all: true }, (err) => (err ? reject(asFetchError(err, signal)) : resolve()));
    });
  }
  const proxyPort = Number(proxy.port) || 80;
  if (url.protocol === 'http:') {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: proxy.hostname, port: proxyPort, path: url.href, headers: { ...headers, host: url.host }, signal }, resolve);
      req.on('error', (err) => reject(asFetchError(err, signal)));
      req.end();
    });
  }
  const target = `${literal}:${Number(url.port) || 443}`;
  return new Promise((resolve, reject) => {
    const tunnel = httpRequest({ host: proxy.hostname, port: proxyPort, method: 'CONNECT', path: target, headers: { host: target }, signal });
    tunnel.on('connect', (answer: IncomingMessage, socket: Socket) => {
      if (answer.statusCode !== 200) {
        socket.destroy();
        reject(new FetchError('fetch_failed', 'We could not reach that website. Check the address, or paste the page\'s text instead.'));
        return;
      }
      const req = httpsRequest(url, { headers, signal, createConnection: () => tlsConnect({ socket, servername: literal }) }, resolve);
      req.on('error', (err) => reject(asFetchError(err, signal)));
      req.end();
    });
    tunnel.on('error', (err) => reject(asFetchError(err, signal)));
    tunnel.end();
  });
}

function asFetchError(err: unknown, signal: AbortSignal): FetchError {
  if (err instanceof FetchError) return err;
  const cause = (err as { cause?: unknown }).cause;
  if (cause instanceof FetchError) return cause;
  if (signal.aborted) return new FetchError('fetch_failed', 'The website took more than 10 seconds to answer.');
  return new FetchError('fetch_failed', 'We could not reach that website. Check the address, or paste the page\'s text instead.');
}

function readBody(response: IncomingMessage, url: string, signal: AbortSignal): Promise<FetchedPage> {
  const type = String(response.headers['content-type'] ?? '').toLowerCase();
  const kind = /application\/pdf/.test(type) ? 'pdf' : /html|xml/.test(type) || type === '' ? 'html' : /^text\//.test(type) ? 'text' : undefined;
  if (!kind) {
    response.resume();
    return Promise.reject(new FetchError('not_a_page', 'That address is not a web page or a PDF. Give the address of the complaints page.'));
  }
  const declared = Number(response.headers['content-length']);
  if (declared > MAX_PAGE_BYTES) {
    response.destroy();
    return Promise.reject(new FetchError('page_too_large', 'That page is larger than 2 MB, so we cannot check it.'));
  }
  // We ask for no compression, but some servers compress anyway. The 2 MB limit applies to the page as read.
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  const unzip = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'br' ? createBrotliDecompress() : encoding === 'deflate' ? createInflate() : undefined;
  const body: Readable = unzip ? response.pipe(unzip) : response;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    unzip?.on('error', () => reject(new FetchError('fetch_failed', 'The website sent a page we could not read.')));
    body.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_PAGE_BYTES) {
        unzip?.destroy();
        response.destroy();
        reject(new FetchError('page_too_large', 'That page is larger than 2 MB, so we cannot check it.'));
        return;
      }
      chunks.push(chunk);
    });
    response.on('error', (err) => reject(asFetchError(err, signal)));
    // Cut off part way (the time ran out): what arrived is not the whole page.
    response.on('close', () => {
      if (!response.complete) reject(asFetchError(new Error('closed early'), signal));
    });
    body.on('end', () => {
      const charset = /charset=["']?([\w-]+)/.exec(type)?.[1] ?? 'utf-8';
      let decoder: TextDecoder;
      try {
        decoder = new TextDecoder(charset);
      } catch {
        decoder = new TextDecoder('utf-8');
      }
      resolve({ kind, body: kind === 'pdf' ? '' : decoder.decode(Buffer.concat(chunks)), url });
    });
  });
}
