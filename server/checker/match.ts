// Finding words on a page: a passage that matches, a short quote from it, and whether a body is named (by its
// name, its initials, its phone number or its website).
import type { PageText } from './page-text.js';
import type { Named } from './expectations.js';

export interface Found {
  passage: string;
  quote: string;
}

/** At most this many characters either side of the match, so evidence stays short. */
const QUOTE_SPAN = 90;

export function quoteAround(passage: string, index: number, length: number): string {
  const start = Math.max(0, index - QUOTE_SPAN);
  const end = Math.min(passage.length, index + length + QUOTE_SPAN);
  return `${start > 0 ? '…' : ''}${passage.slice(start, end).trim()}${end < passage.length ? '…' : ''}`;
}

// Each list of passages is also kept as one text (and its digits), so a pattern that is nowhere on the page costs
// one search, not one per passage: the checker looks for some 250 bodies on every page.
const joined = new WeakMap<readonly string[], { text: string; digits: string[] }>();
function joinedOf(passages: readonly string[]) {
  let j = joined.get(passages);
  if (!j) {
    j = { text: passages.join('\n'), digits: passages.map(digitsOf) };
    joined.set(passages, j);
  }
  return j;
}

/** The first passage matching every pattern (the first pattern is quoted). */
export function find(passages: readonly string[], ...patterns: RegExp[]): Found | undefined {
  const [first, ...rest] = patterns;
  if (!first || !first.test(joinedOf(passages).text)) return undefined;
  for (const passage of passages) {
    const m = first.exec(passage);
    if (m && rest.every((p) => p.test(passage))) return { passage, quote: quoteAround(passage, m.index, m[0].length) };
  }
  return undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a pattern: case-insensitive, any run of spaces, whole words. */
export const phrase = (words: string) => new RegExp(`(?<![\\w])${escape(words.trim()).replace(/\s+/g, '\\s+')}(?![\\w])`, 'i');
/** Initials are matched in capitals only ("PHSO", not "phso" inside another word). */
const initials = (letters: string) => new RegExp(`\\b${letters}\\b`);

const SMALL_WORDS = new Set(['and', 'for', 'of', 'the', 'in', 'on']);
/** Words that say what a body is, not which one. */
const GENERIC = new Set(['nhs', 'independent', 'complaints', 'complaint', 'advocacy', 'health', 'service', 'services', 'the', 'team', 'hub', 'local', 'your', 'ask', 'council']);

/** The ways a page may name a body: its name, its name without the brackets, the organisation before a dash,
 *  initials in brackets or made from its words, and "ICB" for an integrated care board. */
export function namePatterns(name: string): RegExp[] {
  let patterns = patternCache.get(name);
  if (!patterns) {
    patterns = makeNamePatterns(name);
    if (patternCache.size > 2000) patternCache.clear();
    patternCache.set(name, patterns);
  }
  return patterns;
}

// Names come from the loaded directory and repeat on every check: each is turned into patterns once.
const patternCache = new Map<string, RegExp[]>();

function makeNamePatterns(name: string): RegExp[] {
  const out = new Set<string>([name]);
  const bare = name.replace(/\s*\([^)]*\)/g, '').trim();
  out.add(bare);
  const organisation = bare.split(/\s+[–-]\s+|\s+(?=NHS\b|Independent\b|Health Complaints\b|Complaints\b)/)[0]!.trim();
  if (organisation.split(/\s+/).some((w) => !GENERIC.has(w.toLowerCase()) && w.length >= 4)) out.add(organisation);
  // "Parliamentary and Health Service Ombudsman" is often written "Health Service Ombudsman".
  const afterAnd = / and ((?:\S+ ){2,}\S+)$/.exec(bare)?.[1];
  if (afterAnd) out.add(afterAnd);
  // "Healthwatch Bradford and District" is usually written "Healthwatch Bradford".
  const shortHealthwatch = /^(Healthwatch \S+(?: \S+)?) and /.exec(bare)?.[1];
  if (shortHealthwatch) out.add(shortHealthwatch);
  for (const n of [...out]) {
    const withoutNhs = n.replace(/^NHS\s+/, '');
    out.add(withoutNhs);
    if (/Integrated Care Board/i.test(withoutNhs)) out.add(withoutNhs.replace(/Integrated Care Board/i, 'ICB'));
  }
  // A name made only of words like "NHS complaints advocacy" names no one in particular.
  const patterns = [...out].filter((n) => n.length >= 4 && n.split(/\s+/).some((w) => !GENERIC.has(w.toLowerCase()))).map(phrase);
  const bracketed = /\(([A-Z]{3,6})\)/.exec(name)?.[1];
  const words = bare.split(/\s+/).filter((w) => !SMALL_WORDS.has(w));
  const made = words.length >= 3 && words.every((w) => /^[A-Z]/.test(w)) ? words.map((w) => w[0]).join('') : undefined;
  for (const letters of [bracketed, made]) if (letters) patterns.push(initials(letters));
  return patterns;
}

const digitsOf = (s: string) => s.replace(/\D/g, '');
const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return undefined;
  }
};

/** Where the page names a body, with the words found; undefined when it does not. */
export function findBody(page: PageText, body: Named, ...also: RegExp[]): Found | undefined {
  for (const pattern of namePatterns(body.name)) {
    const found = find(page.passages, pattern, ...also);
    if (found) return found;
  }
  const phone = body.phone && digitsOf(body.phone);
  if (phone && phone.length >= 10) {
    const { digits } = joinedOf(page.passages);
    const passage = page.passages.find((p, i) => digits[i]!.includes(phone) && also.every((a) => a.test(p)));
    if (passage) return { passage, quote: quoteAround(passage, 0, 0) };
  }
  const host = body.website && hostOf(body.website);
  if (host) {
    const link = page.links.find((l) => hostOf(l.href) === host);
    if (link && also.every((a) => a.test(link.text) || page.passages.some((p) => p.includes(link.text) && a.test(p)))) {
      return { passage: link.text, quote: `${link.text} (${link.href})` };
    }
  }
  return undefined;
}
