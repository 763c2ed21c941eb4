// The tiny matcher that rules, questions and options are written in. Kept apart so the data format
// has one meaning everywhere: a curator can read `when: { service: [gp], stage: [not-yet] }` and know it.
import type { Condition } from './schemas.js';

/** What a condition is tested against: answers plus derived facts, every value as a list. */
export type Facts = Readonly<Record<string, readonly string[]>>;

export const conditionsOf = (when: Condition | readonly Condition[]): readonly Condition[] =>
  Array.isArray(when) ? when : [when as Condition];

type Compiled = readonly { key: string; values: ReadonlySet<string>; unknown: boolean }[];

// Conditions come from the loaded data and never change, so each is compiled once, on first use.
const compiled = new WeakMap<Condition, Compiled>();
function compile(cond: Condition): Compiled {
  let c = compiled.get(cond);
  if (!c) {
    c = Object.entries(cond).map(([key, values]) => ({ key, values: new Set(values), unknown: (values ?? []).includes('unknown') }));
    compiled.set(cond, c);
  }
  return c;
}

/** Every key must hold. A key holds when any of its listed values is among the facts' values;
 *  "unknown" holds when the fact has no value. */
export function matches(cond: Condition, facts: Facts): boolean {
  for (const { key, values, unknown } of compile(cond)) {
    const have = facts[key];
    if (!have || have.length === 0) {
      if (!unknown) return false;
    } else if (!have.some((v) => values.has(v))) {
      return false;
    }
  }
  return true;
}
