// UK postcodes as people type them: any case, with or without the space, or just the first part.

const FULL = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;
const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;

/** "ls14ap" → "LS1 4AP", "ls1" → "LS1"; null when it is not shaped like a postcode. */
export function normalisePostcode(input: string): string | null {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  const full = FULL.exec(compact);
  if (full) return `${full[1]} ${full[2]}`;
  return OUTWARD.test(compact) ? compact : null;
}
