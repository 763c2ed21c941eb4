// Identical questions get identical answers: a small, short-lived, in-memory cache of serialised responses,
// keyed by a one-way hash of the canonical request, the data version and the date (answer order does not matter).
// It exists for peaks, when many people ask the same thing at once. It is never written to disk or logged, holds
// at most 2,000 responses for at most 10 minutes each, and is gone on restart. Only valid requests are kept:
// a request that fails is computed, refused and forgotten.
import { createHash } from 'node:crypto';

const MAX_ENTRIES = 2000;
const MAX_AGE_MS = 10 * 60 * 1000;

/** JSON with object keys sorted and multi-choice answers sorted, so equal requests give equal text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export class ResponseCache {
  private readonly entries = new Map<string, { body: string; at: number }>();

  static key(...parts: unknown[]): string {
    return createHash('sha256').update(canonical(parts)).digest('base64url');
  }

  /** The cached response for the key, or the computed one (which is then kept). */
  get(key: string, compute: () => unknown): string {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < MAX_AGE_MS) return hit.body;
    const body = JSON.stringify(compute());
    this.entries.delete(key);
    // A Map keeps insertion order: the first key is the oldest.
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { body, at: now });
    return body;
  }

  get size() {
    return this.entries.size;
  }
}
