// The tiny matcher that rules, questions and options are written in. Kept apart so the data format
// has one meaning everywhere: a curator can read `when: { service: [gp], stage: [not-yet] }` and know it.
import type { Condition } from './schemas.js';

/** What a condition is tested against: answers plus derived facts, every value as a list. */
export type Facts = Readonly<Record<string, readonly string[]>>;

export const conditionsOf = (when: Condition | readonly Condition[]): readonly Condition[] =>
  Array.isArray(when) ? when : [when as Condition];

/** Every key must hold. A key holds when any of its listed values is among the facts' values;
 *  "unknown" holds when the fact has no value. */
export function matches(cond: Condition, facts: Facts): boolean {
  for (const [key, wanted] of Object.entries(cond)) {
    if (!wanted) continue;
    const have = facts[key] ?? [];
    const ok = have.length === 0 ? wanted.includes('unknown') : have.some((v) => wanted.includes(v));
    if (!ok) return false;
  }
  return true;
}

export const matchesAny = (when: Condition | readonly Condition[], facts: Facts) =>
  conditionsOf(when).some((c) => matches(c, facts));
