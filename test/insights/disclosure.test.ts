import { describe, expect, it } from 'vitest';
import { discloseCount, discloseRows } from '../../server/insights/disclosure.js';

describe('disclosure control (NHS England: suppress 1 to 7, round the rest to 5, totals from rounded cells)', () => {
  it.each([
    [0, 0], [1, null], [2, null], [7, null], [8, 10], [10, 10], [12, 10], [13, 15], [17, 15], [18, 20], [1002, 1000], [1003, 1005],
  ])('shows %i as %s', (count, shown) => {
    expect(discloseCount(count)).toBe(shown);
  });

  it('adds up the rounded cells for the total, leaving suppressed cells out', () => {
    const { rows, total } = discloseRows([
      { value: 'a', count: 12 }, { value: 'b', count: 13 }, { value: 'c', count: 7 }, { value: 'd', count: 8 },
    ]);
    expect(rows).toEqual([{ value: 'a', count: 10 }, { value: 'b', count: 15 }, { value: 'c', count: null }, { value: 'd', count: 10 }]);
    // The real total is 40; published, it is 10 + 15 + 10.
    expect(total).toBe(35);
  });
});
