// What the checker's pages show: the result's shape (from the API), short labels, and a tiny element builder.
// Types only from the server's schemas: no server code reaches the browser.
import type { CheckItem, CheckResult as Result, ItemId, OutdatedId } from '../../server/checker/schemas.js';

export type CheckResult = Result;
export type Item = CheckItem;

/** Words for the batch table and its summary ("31 of 58 practices name the right ombudsman"). */
export const ITEM_LABELS: Record<ItemId, { short: string; summary: string }> = {
  'how-to-complain': { short: 'How to complain', summary: 'say how to complain in more than one way' },
  'contact-details': { short: 'Who to contact', summary: 'say who to contact, and how' },
  'time-limit': { short: 'Time limit', summary: 'give the time limit and say it can be extended' },
  'commissioner-alternative': { short: 'ICB or council instead', summary: 'say people can complain to the ICB or council instead' },
  'what-happens-next': { short: 'What happens next', summary: 'say what happens next' },
  advocacy: { short: 'Advocacy', summary: 'tell people about free advocacy' },
  ombudsman: { short: 'Ombudsman', summary: 'name the right ombudsman' },
  healthwatch: { short: 'Healthwatch', summary: 'tell people about local Healthwatch' },
  'care-not-affected': { short: 'Care not affected', summary: 'say complaining will not affect care' },
  'someone-else': { short: 'For someone else', summary: 'explain complaining for someone else' },
  'accessible-formats': { short: 'Formats and languages', summary: 'offer other formats and languages' },
};

/** The name of each outdated phrase, in full for the result and short for the table. */
export const OUTDATED_LABELS: Record<OutdatedId, { full: string; short: string }> = {
  ccg: { full: 'Clinical commissioning group (CCG)', short: 'CCG' },
  'nhs-england-primary-care': { full: 'NHS England for GP, dental, pharmacy or optical complaints', short: 'NHS England' },
  icas: { full: 'Independent Complaints Advocacy Service (ICAS)', short: 'ICAS' },
  'six-month-limit': { full: 'A 6-month time limit', short: '6 months' },
  'local-government-ombudsman': { full: 'Local Government Ombudsman', short: 'Old ombudsman name' },
  'wrong-ombudsman': { full: 'The wrong ombudsman', short: 'Wrong ombudsman' },
  'community-health-council': { full: 'Community Health Council (Wales)', short: 'CHC' },
};

export const STATUS_WORDS: Record<CheckItem['status'], string> = {
  pass: 'Good', fail: 'Missing', warn: 'Check', 'not-applicable': 'Not needed', 'not-checked': 'Could not read',
};

type Child = Node | string;

/** document.createElement with attributes and children: text is always text, never HTML. */
export function el(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
