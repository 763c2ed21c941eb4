// Identical questions get identical answers: a small, short-lived, in-memory cache of serialised responses,
// keyed by the canonical request, the data version and the date (answer order does not matter).
// It exists for peaks, when many people ask the same thing at once. It is never written to disk or logged, holds
// at most 2,000 responses for at most 10 minutes each, and is gone on restart. Only valid requests are kept:
// a request that fails is computed, refused and forgotten.
import type { Answers, Provider } from '../graph/api-schemas.js';
import { QUESTION_IDS } from '../graph/contract.js';
import { Encoded } from './content-encoding.js';

const MAX_ENTRIES = 2000;
const MAX_AGE_MS = 10 * 60 * 1000;

/** The request in a fixed order (questions in contract order, multi-choice answers sorted), so that requests that
 *  mean the same give the same key. Values are JSON-quoted, so no answer can pose as another. */
export function requestKey(kind: string, version: string, today: string, answers: Answers, provider?: Provider): string {
  let key = `${kind} ${version} ${today}`;
  for (const id of QUESTION_IDS) {
    const a = answers[id];
    if (a !== undefined) key += ` ${id}=${JSON.stringify(Array.isArray(a) ? [...a].sort() : a)}`;
  }
  if (provider) key += ` provider=${JSON.stringify([provider.name, provider.phone, provider.email, provider.website, provider.service])}`;
  return key;
}

export class ResponseCache {
  private readonly entries = new Map<string, { body: Encoded; at: number }>();

  /** The cached response for the key, or the computed one (its JSON bytes, which are then kept), ready to send
   *  compressed. */
  get(key: string, compute: () => Buffer): Encoded {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < MAX_AGE_MS) return hit.body;
    const body = new Encoded(compute());
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
