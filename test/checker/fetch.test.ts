// Which addresses the checker's fetcher may connect to.
import { describe, expect, it } from 'vitest';
import { isAllowedAddress, isPublicAddress } from '../../server/checker/fetch.js';

describe('isPublicAddress', () => {
  it('refuses loopback, private, link-local, shared, documentation, multicast and mapped private addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
      '192.0.2.1', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1',
      '::ffff:10.0.0.1', '2001:db8::1', 'ff02::1', 'not an address']) {
      expect(isPublicAddress(a), a).toBe(false);
    }
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
