// Finding words on a page: a passage that matches, a short quote from it, and whether a body is named (by its
// name, its initials, its phone number or its website).
import { hostOf, type PageText } from './page-text.js';
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

// Each list of passages is also kept as one text, its digits and the set of its words (lower case), so a pattern
// that is nowhere on the page costs one search, and a name whose words are not all on the page costs none: the
// checker looks for some 250 bodies on every page.
interface Index { text: string; starts: number[]; digits: string[]; words: Set<number> }
const indexes = new WeakMap<readonly string[], Index>();
function indexOf(passages: readonly string[]): Index {
  let j = indexes.get(passages);
  if (!j) {
    const starts: number[] = [];
    let at = 0;
    for (const p of passages) {
      starts.push(at);
      at += p.length + 1;
    }
    const text = passages.join('\n');
    j = { text, starts, digits: passages.map(digitsOf), words: wordHashes(text) };
    indexes.set(passages, j);
  }
  return j;
}

/** The passage a position in the joined text falls in. */
function passageAt(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}

const globalCopies = new WeakMap<RegExp, RegExp>();
const globalOf = (pattern: RegExp) => {
  let g = globalCopies.get(pattern);
  if (!g) {
    g = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`);
    globalCopies.set(pattern, g);
  }
  return g;
};

/** Sentences about the past, or about what is not offered: what they name is not evidence that the page does it now
 *  ("ICAS closed in 2013", "CCGs were replaced", "we do not offer advocacy"). */
export const NOT_NOW = /\bno longer\b|\bused to\b|\breplaced\b|\bformerly\b|\brenamed\b|\bclosed (in|on|down)\b|\babolished\b|\bceased\b|\bended in\b|\bwas (called|known as)\b|\bpreviously\b|\buntil (19|20)\d\d\b|\b(do|does|can|will)(\s+not|n['’]t)\s+(offer|provide|give|arrange)\b/i;

/** The sentence of a passage that holds a position: from the end of the sentence before to the end of this one. */
export function sentenceAt(passage: string, index: number): string {
  const before = passage.slice(Math.max(0, index - 400), index);
  const end = /[.!?](\s|$)/.exec(passage.slice(index, index + 400));
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  return passage.slice(start < 0 ? Math.max(0, index - 400) : index - before.length + start + 2, end ? index + end.index + 1 : index + 400);
}

/** The first passage matching every pattern (the first pattern is quoted), in a sentence that speaks of now. One
 *  scan of the page for the first pattern: each passage it matches in is tried once for the others. */
export function find(passages: readonly string[], ...patterns: RegExp[]): Found | undefined {
  const [first, ...rest] = patterns;
  if (!first) return undefined;
  const { text, starts } = indexOf(passages);
  const scan = globalOf(first);
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const i = passageAt(starts, m.index);
    const passage = passages[i]!;
    const at = m.index - starts[i]!;
    if (NOT_NOW.test(sentenceAt(passage, at))) {
      scan.lastIndex = m.index + Math.max(1, m[0].length);
      continue;
    }
    if (rest.every((p) => p.test(passage))) return { passage, quote: quoteAround(passage, at, m[0].length) };
    scan.lastIndex = starts[i]! + passage.length + 1;
  }
  return undefined;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** A hash (FNV-1a) of each word of the text, letters and digits in lower case. Made from the character codes in one
 *  pass, with no string per word: a page of 2 MB of one-letter words would otherwise make a million strings. A clash
 *  costs only a search that finds nothing. */
function wordHashes(text: string): Set<number> {
  const hashes = new Set<number>();
  let hash = FNV_OFFSET;
  let length = 0;
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 0;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      hash = Math.imul(hash ^ c, FNV_PRIME);
      length++;
    } else if (length > 0) {
      hashes.add(hash >>> 0);
      hash = FNV_OFFSET;
      length = 0;
    }
  }
  return hashes;
}
const wordsIn = (text: string) => [...wordHashes(text)];

/** The first e-mail address on the page. Found from each "@", with bounded looks either side: a pattern run over the
 *  whole text would try every start in a long word, which is quadratic in its length. */
const LOCAL_PART = /[\w.+-]/;
const DOMAIN = /[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/y;
export function findEmail(passages: readonly string[]): Found | undefined {
  for (const passage of passages) {
    for (let at = passage.indexOf('@'); at > 0; at = passage.indexOf('@', at + 1)) {
      let start = at;
      while (start > 0 && at - start < 64 && LOCAL_PART.test(passage[start - 1]!)) start--;
      if (start === at) continue;
      DOMAIN.lastIndex = at + 1;
      const domain = DOMAIN.exec(passage);
      if (domain) return { passage, quote: quoteAround(passage, start, at + 1 + domain[0].length - start) };
    }
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
const GENERIC = new Set(['nhs', 'independent', 'complaints', 'complaint', 'advocacy', 'health', 'service', 'services', 'the', 'team', 'hub', 'local', 'your', 'ask', 'council',
  'dental', 'medical', 'care', 'social', 'patient', 'patients', 'practice', 'public', 'general']);
/** Sites many bodies share (a link to them names none of them). */
const SHARED_HOSTS = new Set(['nhs.uk', 'gov.uk', 'england.nhs.uk', 'gov.wales', 'gov.scot', 'nidirect.gov.uk', 'legislation.gov.uk']);

/** A way of naming a body, and the words (lower case) a page must have for it to match. */
interface NamePattern { pattern: RegExp; words: number[] }

/** The ways a page may name a body: its name, its name without the brackets, the organisation before a dash,
 *  initials in brackets or made from its words, and "ICB" for an integrated care board. */
export function namePatterns(name: string): NamePattern[] {
  let patterns = patternCache.get(name);
  if (!patterns) {
    patterns = makeNamePatterns(name);
    if (patternCache.size > 2000) patternCache.clear();
    patternCache.set(name, patterns);
  }
  return patterns;
}

// Names come from the loaded directory and repeat on every check: each is turned into patterns once.
const patternCache = new Map<string, NamePattern[]>();

function makeNamePatterns(name: string): NamePattern[] {
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
  const patterns = [...out].filter((n) => n.length >= 4 && n.split(/\s+/).some((w) => !GENERIC.has(w.toLowerCase())))
    .map((n) => ({ pattern: phrase(n), words: wordsIn(n) }));
  const bracketed = /\(([A-Z]{3,6})\)/.exec(name)?.[1];
  const words = bare.split(/\s+/).filter((w) => !SMALL_WORDS.has(w));
  const made = words.length >= 3 && words.every((w) => /^[A-Z]/.test(w)) ? words.map((w) => w[0]).join('') : undefined;
  for (const letters of [bracketed, made]) if (letters) patterns.push({ pattern: initials(letters), words: wordsIn(letters) });
  return patterns;
}

/** The digits of a text, in order (a loop over character codes: fast on any text, with no string per digit). */
function digitsOf(text: string): string {
  const digits = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits[n++] = c;
  }
  return latin1.decode(digits.subarray(0, n));
}
const latin1 = new TextDecoder('latin1');

/** Where the page names a body, with the words found; undefined when it does not. */
export function findBody(page: PageText, body: Named, ...also: RegExp[]): Found | undefined {
  const index = indexOf(page.passages);
  for (const { pattern, words } of namePatterns(body.name)) {
    if (!words.every((w) => index.words.has(w))) continue;
    const found = find(page.passages, pattern, ...also);
    if (found) return found;
  }
  const phone = body.phone && digitsOf(body.phone);
  if (phone && phone.length >= 10) {
    const { digits } = index;
    const passage = page.passages.find((p, i) => digits[i]!.includes(phone) && also.every((a) => a.test(p)));
    if (passage) return { passage, quote: quoteAround(passage, 0, 0) };
  }
  const host = body.website && !body.id.startsWith('your-') ? hostOf(body.website) : undefined;
  if (host && !SHARED_HOSTS.has(host)) {
    const link = page.links.find((l) => l.host === host);
    if (link && also.every((a) => a.test(link.text) || page.passages.some((p) => p.includes(link.text) && a.test(p)))) {
      return { passage: link.text, quote: `${link.text} (${link.href})` };
    }
  }
  return undefined;
}
