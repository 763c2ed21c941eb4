// Configuration from the environment: the checker's test-only switch is off unless set to "true".
import { describe, expect, it } from 'vitest';
import { readConfig } from '../server/config.js';

describe('CHECKER_ALLOW_PRIVATE_ADDRESSES', () => {
  it('is off by default, on only for "true", and refuses anything else', () => {
    expect(readConfig({}).CHECKER_ALLOW_PRIVATE_ADDRESSES).toBe(false);
    expect(readConfig({ CHECKER_ALLOW_PRIVATE_ADDRESSES: 'false' }).CHECKER_ALLOW_PRIVATE_ADDRESSES).toBe(false);
    expect(readConfig({ CHECKER_ALLOW_PRIVATE_ADDRESSES: 'true' }).CHECKER_ALLOW_PRIVATE_ADDRESSES).toBe(true);
    expect(() => readConfig({ CHECKER_ALLOW_PRIVATE_ADDRESSES: 'yes' })).toThrow(/CHECKER_ALLOW_PRIVATE_ADDRESSES/);
  });
});
