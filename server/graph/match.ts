// The tiny matcher that rules, questions and options are written in. Kept apart so the data format
// has one meaning everywhere: a curator can read `when: { service: [gp], stage: [not-yet] }` and know it.
import type { Condition } from './schemas.js';

/** What a condition is tested against: answers plus derived facts, every value as a list. */
export type Facts = Readonly<Record<string, readonly string[]>>;

export const conditionsOf = (when: Condition | readonly Condition[]): readonly Condition[] =>
  Array.isArray(when) ? when : [when as Condition];

type Compiled = readonly { key: string; values: ReadonlySet<string>; unknown: boolean; only: boolean }[];

/** A key written `only-<question>` holds when that question has answers and every one of them is listed:
 *  "the complaint is only about records", which "any of" cannot say. */
const ONLY = 'only-';

// Conditions come from the loaded data and never change, so each is compiled once, on first use.
const compiled = new WeakMap<Condition, Compiled>();
function compile(cond: Condition): Compiled {
  let c = compiled.get(cond);
  if (!c) {
    c = Object.entries(cond).map(([key, values]) => {
      const only = key.startsWith(ONLY);
      return { key: only ? key.slice(ONLY.length) : key, values: new Set(values), unknown: (values ?? []).includes('unknown'), only };
    });
    compiled.set(cond, c);
  }
  return c;
}

/** Every key must hold. A key holds when any of its listed values is among the facts' values (for an
 *  `only-` key: when all of them are); "unknown" holds when the fact has no value. */
export function matches(cond: Condition, facts: Facts): boolean {
  for (const { key, values, unknown, only } of compile(cond)) {
    const have = facts[key];
    if (!have || have.length === 0) {
      if (!unknown) return false;
    } else if (only ? !have.every((v) => values.has(v)) : !have.some((v) => values.has(v))) {
      return false;
    }
  }
  return true;
}

/** A rule holds when one of its `when` conditions matches and none of its `unless` conditions does. */
export function ruleMatch(rule: { when: Condition | readonly Condition[]; unless?: Condition | readonly Condition[] | undefined }, facts: Facts): Condition | undefined {
  const matched = conditionsOf(rule.when).find((c) => matches(c, facts));
  if (!matched || (rule.unless && conditionsOf(rule.unless).some((c) => matches(c, facts)))) return undefined;
  return matched;
}
