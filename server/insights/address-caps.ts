// How many events one address may add in a day, so that one sender cannot move the public figures by more than
// the cap. The address itself is never kept: it is turned into a keyed hash (HMAC-SHA-256) with a random key made
// for each day in England and held only in memory; at the day's end the key and every count are thrown away, so
// nothing can link an address to a count afterwards, nor one day's sender to another's.
import { createHmac, randomBytes } from 'node:crypto';
import { todayInLondon } from '../graph/dates.js';

export type CappedEvent = 'plan' | 'follow-up';

export class AddressCaps {
  #day = '';
  #key = Buffer.alloc(0);
  #counts = new Map<string, number>();

  constructor(readonly limits: Record<CappedEvent, number>, private readonly today: () => string = todayInLondon) {}

  /** Takes one event from the address's allowance for today; false when the allowance is used up. */
  take(kind: CappedEvent, address: string): boolean {
    const day = this.today();
    if (day !== this.#day) {
      this.#day = day;
      this.#key = randomBytes(32);
      this.#counts = new Map();
    }
    const key = this.#keyOf(kind, address);
    const used = this.#counts.get(key) ?? 0;
    if (used >= this.limits[kind]) return false;
    this.#counts.set(key, used + 1);
    return true;
  }

  /** Gives back an event the store could not record: a fault must not use up someone's allowance. */
  giveBack(kind: CappedEvent, address: string): void {
    const key = this.#keyOf(kind, address);
    const used = this.#counts.get(key) ?? 0;
    if (used > 0) this.#counts.set(key, used - 1);
  }

  #keyOf(kind: CappedEvent, address: string): string {
    return `${kind}:${createHmac('sha256', this.#key).update(address).digest('base64url')}`;
  }

  /** Addresses (as today's hashes, never the addresses) that have reached a cap today, for the operators. */
  capped(): Record<CappedEvent, number> {
    const result = { plan: 0, 'follow-up': 0 };
    for (const [key, used] of this.#counts) {
      const kind = key.slice(0, key.indexOf(':')) as CappedEvent;
      if (used >= this.limits[kind]) result[kind] += 1;
    }
    return result;
  }
}
