// THE I/O PART of the checker: fetches a page from a URL a person gave us, safely. Everything else in this folder is
// pure.
// Against server-side request forgery: http and https only; the host is resolved here and EVERY address it resolves
// to must be public, at every hop (at most 3 redirects); the connection goes to an address we checked, so a second
// DNS answer cannot swap it; 10 seconds in all; 2 MB at most.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
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
}

// Addresses that are not on the public internet (IANA special-purpose registries).
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32],
  ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) NOT_PUBLIC.addSubnet(net, prefix, 'ipv6');

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPublicAddress(mapped);
  const family = isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Resolves every address of the host and refuses the connection unless all of them are allowed. */
/** Whether the fetcher may connect to this address. */
export function isAllowedAddress(address: string, allowLoopback: boolean): boolean {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address;
  if (allowLoopback && isIP(v4) && LOOPBACK.check(v4, isIP(v4) === 4 ? 'ipv4' : 'ipv6')) return true;
  return isPublicAddress(v4);
}

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
    const response = await get(url, options.userAgent, allowLoopback, signal);
    const location = response.headers.location;
    if (REDIRECTS.has(response.statusCode ?? 0) && location) {
      response.resume();
      if (hop >= maxRedirects) throw new FetchError('fetch_failed', `The page redirected more than ${maxRedirects} times.`);
      url = parseTarget(new URL(location, url).href, allowLoopback);
      continue;
    }
    const status = response.statusCode ?? 0;
    if (status < 200 || status >= 300) {
      response.resume();
      throw new FetchError('fetch_failed', `The website answered with status ${status}. Check the address, or paste the page's text instead.`);
    }
    return readBody(response, url.href, signal);
  }
}

function get(url: URL, userAgent: string, allowLoopback: boolean, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      headers: { 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.5', 'accept-encoding': 'identity' },
      lookup: checkedLookup(allowLoopback),
      signal,
    }, resolve);
    req.on('error', (err) => reject(asFetchError(err, signal)));
    req.end();
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
