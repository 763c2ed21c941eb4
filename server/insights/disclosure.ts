// NHS England's disclosure control for published counts (shared/docs/learning.md 2): counts of 1 to 7 are
// suppressed, every other count is rounded to the nearest 5, and totals are computed from the rounded cells.

export const DISCLOSURE_RULE =
  'To protect people in small areas, counts from 1 to 7 are not shown. Other counts are rounded to the nearest 5. ' +
  'Totals add up the rounded counts, so they may differ a little from the real total.';

/** null when suppressed (1 to 7); otherwise the count rounded to the nearest 5 (0 stays 0). */
export function discloseCount(count: number): number | null {
  if (count >= 1 && count <= 7) return null;
  // count / 5 never ends in .5 for a whole count, so rounding has no ties to break.
  return Math.round(count / 5) * 5;
}

export function discloseRows(rows: readonly { value: string; count: number }[]) {
  const shown = rows.map((r) => ({ value: r.value, count: discloseCount(r.count) }));
  const total = shown.reduce((sum, r) => sum + (r.count ?? 0), 0);
  return { rows: shown, total };
}
