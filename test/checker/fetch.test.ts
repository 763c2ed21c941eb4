// The checker's fetcher: which addresses it may connect to, its time limit, redirects and PDFs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedIpv4, fetchPage, isAllowedAddress, isPublicAddress } from '../../server/checker/fetch.js';
import { serveFixtures, type FixtureServer } from './serve-fixtures.js';

describe('isPublicAddress', () => {
  it('refuses loopback, private, link-local, shared, documentation, multicast and mapped private addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
      '192.0.2.1', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1',
      '::ffff:10.0.0.1', '2001:db8::1', 'ff02::1', 'not an address']) {
      expect(isPublicAddress(a), a).toBe(false);
    }
  });

  it('judges every IPv6 address that carries an IPv4 one by the address it carries', () => {
    for (const a of ['::ffff:7f00:1', '::ffff:a9fe:a9fe', '::127.0.0.1', '::a00:1', '::7f00:1', '64:ff9b::10.0.0.1', '64:ff9b::a9fe:a9fe',
      '64:ff9b:1::808:808', '2002:7f00:1::1', '2002:c0a8:101::', '2001:0:4136:e378:8000:63bf:f5ff:fffe', '2001:0:a00:1::1']) {
      expect(isPublicAddress(a), a).toBe(false);
    }
    for (const a of ['::ffff:808:808', '::8.8.8.8', '64:ff9b::8.8.8.8', '2002:808:808::1', '2001:0:808:808:8000:63bf:f7f7:f7f7']) {
      expect(isPublicAddress(a), a).toBe(true);
    }
    expect(embeddedIpv4('2001:0:4136:e378:8000:63bf:3fff:fdd2')).toEqual(['65.54.227.120', '192.0.2.45']);
  });

  it('allows public addresses', () => {
    for (const a of ['8.8.8.8', '151.101.0.1', '2a00:1450:4009:80b::200e', '::ffff:8.8.4.4']) expect(isPublicAddress(a), a).toBe(true);
  });

  it('allows loopback only when told to (tests), and never other private ranges', () => {
    expect(isAllowedAddress('127.0.0.1', true)).toBe(true);
    expect(isAllowedAddress('::1', true)).toBe(true);
    expect(isAllowedAddress('127.0.0.1', false)).toBe(false);
    expect(isAllowedAddress('10.0.0.1', true)).toBe(false);
    expect(isAllowedAddress('169.254.169.254', true)).toBe(false);
  });
});

describe('fetchPage', () => {
  let site: FixtureServer;
  beforeAll(async () => {
    site = await serveFixtures();
  });
  afterAll(() => site.close());
  const options = { userAgent: 'test', allowLoopback: true };

  it('gives up on a page that does not finish in time', async () => {
    const started = Date.now();
    await expect(fetchPage(`${site.origin}/slow.html`, { ...options, timeoutMs: 300 })).rejects.toMatchObject({ code: 'fetch_failed' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('follows up to the number of redirects allowed, and no more', async () => {
    await expect(fetchPage(`${site.origin}/redirect/2/trust.html`, { ...options, maxRedirects: 2 })).resolves.toMatchObject({ kind: 'html', url: `${site.origin}/trust.html` });
    await expect(fetchPage(`${site.origin}/redirect/3/trust.html`, { ...options, maxRedirects: 2 })).rejects.toMatchObject({ code: 'fetch_failed' });
  });

  it('reads a page compressed although we asked for none', async () => {
    const page = await fetchPage(`${site.origin}/gzip.html`, options);
    expect(page.body).toContain('Making a complaint');
  });

  it('reads a PDF as a PDF, without its bytes', async () => {
    await expect(fetchPage(`${site.origin}/complaints-leaflet.pdf`, options)).resolves.toMatchObject({ kind: 'pdf', body: '' });
  });
});
