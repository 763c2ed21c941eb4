// The providers directory: NHS organisations and their hospital sites, found by the names people use, and the
// organisation's own complaints or PALS team as a body in a plan. Pure: the loader hands in the records.
import type { Body, ProviderResult } from './api-schemas.js';
import type { Language, Nation } from './contract.js';
import { PHRASES } from './phrases.js';
import type { ProviderContact, ProviderRecord } from './schemas.js';
import { hasPrimarySource, publicSources } from './sources.js';

/** Name matching ignores case, accents, apostrophes and punctuation: "St James's", "st jamess" and "ST. JAMES’S"
 *  are the same. "&" is "and", "Saint" is "St", and a leading "the" is dropped, as people write either. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bsaint\b/g, 'st')
    .trim()
    // "The LGI" and "the Christie" are the LGI and the Christie.
    .replace(/^the /, '');
}

/** Whether a site's id names a site (ORG:site) rather than an organisation. */
const SITE_SEPARATOR = ':';

interface Entry {
  result: ProviderResult;
  /** The entry's names, normalised, the official one first. */
  names: { text: string; words: string[]; official: boolean; shown: string }[];
  /** Words that narrow a search but never match alone: the town. */
  context: string[];
}

export interface ProviderDirectory {
  /** Organisations by id. */
  organisations: ReadonlyMap<string, ProviderRecord>;
  /** The organisation an id names: an organisation's own id, or one of its sites (ORG:site). */
  organisationFor(id: string): ProviderRecord | undefined;
  /** Organisations and sites whose names match, best first. */
  search(query: string, options?: { nation?: Nation; limit?: number }): ProviderResult[];
}

const nameEntry = (shown: string, official: boolean) => {
  const text = normaliseName(shown);
  return { text, words: text.split(' '), official, shown };
};

export function buildProviderDirectory(records: readonly ProviderRecord[]): ProviderDirectory {
  const organisations = new Map(records.map((r) => [r.id, r]));
  const entries: Entry[] = [];
  for (const org of records) {
    const organisation = { id: org.id, name: org.name };
    entries.push({
      result: { id: org.id, name: org.name, kind: org.kind, nation: org.nation, organisation },
      names: [org.name, ...org.shortNames, ...org.formerNames, ...(org.welshName ? [org.welshName] : [])]
        .map((n, i) => nameEntry(n, i === 0)),
      context: [],
    });
    for (const site of org.sites) {
      entries.push({
        result: {
          id: `${org.id}${SITE_SEPARATOR}${site.id}`, name: site.name, kind: 'hospital', nation: org.nation, organisation,
          ...(site.welshName && { welshName: site.welshName }), ...(site.town && { town: site.town }),
        },
        names: [site.name, ...site.otherNames, ...(site.welshName ? [site.welshName] : [])].map((n, i) => nameEntry(n, i === 0)),
        context: site.town ? normaliseName(site.town).split(' ') : [],
      });
    }
  }

  const entryById = new Map(entries.map((e) => [e.result.id, e]));
  return {
    organisations,
    organisationFor(id) {
      const entry = entryById.get(id);
      return entry && organisations.get(entry.result.organisation.id);
    },
    search(query, { nation, limit = 10 } = {}) {
      const q = normaliseName(query);
      if (!q) return [];
      const qWords = q.split(' ');
      const scored: { entry: Entry; score: number; matched: string }[] = [];
      for (const entry of entries) {
        if (nation && entry.result.nation !== nation) continue;
        let best = 0;
        let matched = '';
        for (const name of entry.names) {
          const score = scoreName(q, qWords, name, entry.context);
          if (score > best) {
            best = score;
            matched = name.shown;
          }
        }
        if (best === 0) continue;
        // Say which other name matched only when the official name does not start with what was typed.
        const officialStarts = (entry.names[0]?.text ?? '').startsWith(q);
        scored.push({ entry, score: best, matched: officialStarts ? entry.result.name : matched });
      }
      // On a tie, an organisation before its sites, then the shorter name.
      const isSite = (e: Entry) => (e.result.kind === 'hospital' ? 1 : 0);
      scored.sort((a, b) => b.score - a.score || isSite(a.entry) - isSite(b.entry)
        || a.entry.result.name.length - b.entry.result.name.length || a.entry.result.name.localeCompare(b.entry.result.name));
      return scored.slice(0, limit).map(({ entry, matched }) => (matched === entry.result.name ? entry.result : { ...entry.result, matched }));
    },
  };
}

/** How well one name matches: the whole name, its start, the start of a word, every word's start in any order
 *  (with the town), then anywhere. The official name wins a tie over other names. */
function scoreName(q: string, qWords: readonly string[], name: Entry['names'][number], context: readonly string[]): number {
  const bonus = name.official ? 1 : 0;
  if (name.text === q) return 100 + bonus;
  if (name.text.startsWith(q)) return 80 + bonus;
  if (name.text.includes(` ${q}`)) return 60 + bonus;
  const words = [...name.words, ...context];
  if (qWords.every((w) => words.some((n) => n.startsWith(w)))) {
    // Matched only through the town: a weaker hint than the name itself.
    return (qWords.some((w) => name.words.some((n) => n.startsWith(w))) ? 40 : 20) + bonus;
  }
  if (q.length >= 3 && name.text.replace(/ /g, '').includes(q.replace(/ /g, ''))) return 10 + bonus;
  return 0;
}


// Records never change once loaded, so each organisation's public views (per purpose and language) are made once.
const views = new Map<string, WeakMap<ProviderRecord, Body>>();

/** The organisation as the body a plan names: its PALS (for a resolve step) or its complaints team. Where neither
 *  team's phone nor email is confirmed, the switchboard from the NHS Organisation Data Service stands in, said to
 *  be the switchboard, with whom to ask for; it is never shown as the team's own number. */
export function providerBody(org: ProviderRecord, purpose: 'pals' | 'complaints', language: Language = 'en'): Body {
  const key = `${purpose}.${language}`;
  const cache = views.get(key) ?? views.set(key, new WeakMap()).get(key)!;
  let body = cache.get(org);
  if (body) return body;
  const say = PHRASES[language];
  const contact: ProviderContact | undefined = purpose === 'pals' && org.nation === 'england' ? org.pals ?? org.complaints : org.complaints ?? org.pals;
  const sources = [...(contact?.sources ?? []), ...org.sources];
  const direct = Boolean(contact?.phone || contact?.email);
  const askFor = say.providerTeam[purpose][org.nation];
  const useSwitchboard = !direct && Boolean(org.switchboard);
  body = {
    id: org.id,
    name: language === 'cy' && org.welshName ? org.welshName : org.name,
    role: 'provider',
    description: say.providerTeamDescription[purpose === 'pals' && org.nation === 'england' ? 'pals' : 'complaints'],
    ...(contact?.phone && { phone: contact.phone }),
    ...(contact?.phone && contact.phoneNote && { phoneNote: contact.phoneNote }),
    ...(useSwitchboard && { phone: org.switchboard, phoneNote: say.switchboardNote(askFor), askFor }),
    ...(contact?.textphone && { textphone: contact.textphone }),
    ...(contact?.email && { email: contact.email }),
    ...((contact?.website ?? org.website) && { website: contact?.website ?? org.website }),
    ...(contact?.complaintPage && { complaintPage: contact.complaintPage }),
    ...(contact?.address && { address: contact.address }),
    generic: false,
    // Verified only when the team's own details were read on a primary source; a switchboard never is.
    verified: !useSwitchboard && Boolean(contact?.verified) && hasPrimarySource(contact?.sources ?? []),
    checked: contact?.checked ?? org.checked,
    sources: publicSources(sources),
  };
  cache.set(org, body);
  return body;
}
