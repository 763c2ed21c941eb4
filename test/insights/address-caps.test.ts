import { describe, expect, it } from 'vitest';
import { AddressCaps } from '../../server/insights/address-caps.js';

describe('daily caps per address', () => {
  it('allows the cap, refuses the next, and starts again the next day', () => {
    let day = '2026-12-05';
    const caps = new AddressCaps({ plan: 2, 'follow-up': 1 }, () => day);
    expect([caps.take('plan', '192.0.2.1'), caps.take('plan', '192.0.2.1'), caps.take('plan', '192.0.2.1')]).toEqual([true, true, false]);
    expect(caps.take('plan', '192.0.2.2')).toBe(true);
    expect(caps.capped()).toEqual({ plan: 1, 'follow-up': 0 });
    day = '2026-12-06';
    expect(caps.take('plan', '192.0.2.1')).toBe(true);
  });

  it('gives back an event the store could not record, so a fault uses up no allowance', () => {
    const caps = new AddressCaps({ plan: 1, 'follow-up': 1 }, () => '2026-12-05');
    expect(caps.take('follow-up', '192.0.2.1')).toBe(true);
    caps.giveBack('follow-up', '192.0.2.1');
    expect(caps.take('follow-up', '192.0.2.1')).toBe(true);
    expect(caps.take('follow-up', '192.0.2.1')).toBe(false);
  });
});
