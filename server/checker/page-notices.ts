// What the checker says about a page as a whole: that it could not be read (built by JavaScript, or only a link to a
// PDF), or that it looks written for another UK nation than the one it was checked for. Pure.
import type { Nation } from '../graph/contract.js';
import { find } from './match.js';
import type { PageText } from './page-text.js';
import type { Notice } from './schemas.js';

const PDF = /\.pdf(\?|#|$)/i;
const COMPLAINT = /\bcomplain|\bcomplaints?\b|\bconcerns?\b/i;

/** A notice when the page's words cannot be judged; undefined when they can. */
export function readability(page: PageText): Notice | undefined {
  if (page.builtByScript) {
    return {
      id: 'built-by-script',
      message: 'We could not read this page: its words are put there by JavaScript in the browser. Paste the words from your browser instead, and check them.',
    };
  }
  const words = page.passages.reduce((n, p) => n + p.split(' ').length, 0);
  const pdf = page.links.find((l) => PDF.test(l.href) && (COMPLAINT.test(l.text) || COMPLAINT.test(l.href)));
  // A short page whose complaints information is a PDF: the page itself says almost nothing.
  if (pdf && words < 60) {
    return {
      id: 'pdf-only',
      message: 'We could not read this page: it only links to a PDF. Check the PDF by hand, and put how to complain on the web page itself, so people can find it and read it on a phone or with a screen reader.',
      quote: pdf.text,
      link: pdf.href,
    };
  }
  return undefined;
}

/** Words that belong to one nation's complaints system. */
const NATION_SIGNS: Record<Nation, RegExp[]> = {
  england: [/\bParliamentary and Health Service Ombudsman\b|\bPHSO\b/, /\bintegrated care board\b|\bICB\b/i, /\bHealthwatch\b/, /\bLocal Government and Social Care Ombudsman\b/],
  wales: [/\bPublic Services Ombudsman for Wales\b|\bPSOW\b/, /\bPutting Things Right\b|\bListening to People\b/, /\bLlais\b/, /\bhealth board\b/i, /\bNHS Wales\b/],
  scotland: [/\bScottish Public Services Ombudsman\b|\bSPSO\b/, /\bPatient Advice and Support Service\b|\bPASS\b/, /\bNHS Scotland\b/, /\bcomplaints handling procedure\b/i],
  'northern-ireland': [/\bNorthern Ireland Public Services Ombudsman\b|\bNIPSO\b/, /\bPatient and Client Council\b/, /\bStrategic Planning and Performance Group\b|\bSPPG\b/, /\bHSC\b/],
};
const NATION_NAMES: Record<Nation, string> = { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' };

/** When the page has two or more signs of one other nation, and fewer of its own. */
export function otherNation(page: PageText, nation: Nation): Notice | undefined {
  const signs = (n: Nation) => NATION_SIGNS[n].map((pattern) => find(page.passages, pattern)).filter((f) => f !== undefined);
  const own = signs(nation).length;
  for (const other of Object.keys(NATION_SIGNS) as Nation[]) {
    if (other === nation) continue;
    const found = signs(other);
    if (found.length >= 2 && found.length > own) {
      return {
        id: 'other-nation',
        message: `This page looks written for ${NATION_NAMES[other]}, but it was checked for ${NATION_NAMES[nation]}. Complaints work differently in each nation: check the nation, or the page.`,
        quote: found[0]!.quote,
      };
    }
  }
  return undefined;
}
