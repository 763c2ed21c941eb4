// How often the checker agrees with the reviewer's expectations for the fixture pages (fixtures/reviewed/
// expectations.yaml): per checklist item (pass against anything else), per outdated flag (flagged or not), whether the
// page could be read, and the warning that a page looks like another nation's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { FIXTURES } from './serve-fixtures.js';

export interface Expectation {
  file: string;
  context: Record<string, string>;
  items?: Record<string, 'pass' | 'fail'>;
  outdated?: string[];
  read?: false;
  otherNation?: string;
}

/** What the scorer needs of a result: old and new result shapes alike. */
export interface Judged {
  items: { id: string; status: string }[];
  outdated: { id: string }[];
  summary: { read?: 'read' | 'could-not-read' };
  notices?: { id: string }[];
}

export const EXPECTATIONS = (load(readFileSync(join(FIXTURES, 'reviewed/expectations.yaml'), 'utf8')) as { pages: Expectation[] }).pages;
export const OUTDATED_IDS = ['ccg', 'nhs-england-primary-care', 'icas', 'six-month-limit', 'local-government-ombudsman', 'wrong-ombudsman', 'community-health-council'];

export interface Agreement {
  items: { agree: number; total: number };
  outdated: { agree: number; total: number };
  read: { agree: number; total: number };
  otherNation: { agree: number; total: number };
  perItem: Record<string, { agree: number; total: number }>;
  disagreements: string[];
}

export function agreement(check: (html: string, context: Record<string, string>) => Judged): Agreement {
  const result: Agreement = {
    items: { agree: 0, total: 0 }, outdated: { agree: 0, total: 0 }, read: { agree: 0, total: 0 }, otherNation: { agree: 0, total: 0 },
    perItem: {}, disagreements: [],
  };
  const count = (into: { agree: number; total: number }, agree: boolean, what: string) => {
    into.total++;
    if (agree) into.agree++;
    else result.disagreements.push(what);
  };
  for (const page of EXPECTATIONS) {
    const judged = check(readFileSync(join(FIXTURES, page.file), 'utf8'), page.context);
    const unread = judged.summary.read === 'could-not-read';
    count(result.read, unread === (page.read === false), `${page.file}: ${unread ? 'could not read' : 'read'}`);
    if (page.read === false) continue;
    for (const [id, expected] of Object.entries(page.items ?? {})) {
      const status = judged.items.find((i) => i.id === id)?.status ?? 'missing';
      const per = (result.perItem[id] ??= { agree: 0, total: 0 });
      const agree = (status === 'pass') === (expected === 'pass');
      count(result.items, agree, `${page.file}: ${id} expected ${expected}, got ${status}`);
      per.total++;
      if (agree) per.agree++;
    }
    if (page.outdated) {
      const flagged = new Set(judged.outdated.map((o) => o.id));
      for (const id of OUTDATED_IDS) {
        count(result.outdated, flagged.has(id) === page.outdated.includes(id), `${page.file}: ${id} ${flagged.has(id) ? 'flagged' : 'not flagged'}`);
      }
    }
    const warned = (judged.notices ?? []).some((n) => n.id === 'other-nation');
    count(result.otherNation, warned === Boolean(page.otherNation), `${page.file}: ${warned ? 'warned' : 'no warning'} of another nation`);
  }
  return result;
}

export const percent = (a: { agree: number; total: number }) => `${a.agree} of ${a.total} (${Math.round((100 * a.agree) / a.total)}%)`;
