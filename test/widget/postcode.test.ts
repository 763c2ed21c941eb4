import { describe, expect, it } from 'vitest';
import { normalisePostcode } from '../../widget/postcode.js';

describe('normalisePostcode', () => {
  it.each([
    ['LS1 4AP', 'LS1 4AP'],
    ['ls14ap', 'LS1 4AP'],
    ['  sw1a  1aa ', 'SW1A 1AA'],
    ['M1 1AE', 'M1 1AE'],
    ['ls1', 'LS1'],
    ['EC1A', 'EC1A'],
  ])('reads %j as %j', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it.each(['', 'LS', '12345', 'LS1 4A', 'hello', 'LS1 4APX'])('refuses %j', (input) => {
    expect(normalisePostcode(input)).toBeNull();
  });
});
