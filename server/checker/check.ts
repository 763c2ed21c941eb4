// The complaints page checker: from a page's words and the context it is for, each checklist item's status with the
// words found, what to add, and the law or standard behind it; and wording that is out of date
// (shared/docs/learning.md, section 1). Pure: no file or network access.
import type { Graph } from '../graph/graph.js';
import type { Source } from '../graph/schemas.js';
import { expectationsFor, type Expectations, type Named } from './expectations.js';
import { find, findBody, findEmail, sentenceAt, type Found } from './match.js';
import { otherNation, readability } from './page-notices.js';
import type { PageText } from './page-text.js';
import type { CheckContext, CheckItem, CheckResult, ItemId, Notice, Outdated, SuggestedBody } from './schemas.js';

const regulation = (n: number, what: string): Source => ({
  title: `NHS complaints regulations 2009, regulation ${n} (${what})`,
  url: `https://www.legislation.gov.uk/uksi/2009/309/regulation/${n}`,
});
const COMPLAINT_STANDARDS: Source = {
  title: 'Parliamentary and Health Service Ombudsman, NHS Complaint Standards',
  url: 'https://ombudsman.org.uk/organisations-we-investigate/nhs-complaint-standards',
};
const CQC_REGULATION_16: Source = {
  title: 'Health and Social Care Act 2008 (Regulated Activities) Regulations 2014, regulation 16 (an accessible complaints system)',
  url: 'https://www.legislation.gov.uk/uksi/2014/2936/regulation/16',
};
const ADVOCACY_ACT: Source = {
  title: 'Local Government and Public Involvement in Health Act 2007, section 223A (independent complaints advocacy)',
  url: 'https://www.legislation.gov.uk/ukpga/2007/28/section/223A',
};
const HEALTHWATCH_CONTRACT: Source = {
  title: 'Healthwatch England: NHS services must tell people how to contact their local Healthwatch (NHS Standard Contract, 2015/16)',
  url: 'https://healthwatch.co.uk/news/2015-07-29/nhs-services-must-tell-people-how-contact-their-local-healthwatch',
};
const HEALTHWATCH_AUDIT: Source = {
  title: 'Healthwatch England: assessing complaints information on GP websites',
  url: 'https://www.healthwatch.co.uk/reports-library/assessing-complaints-information-gp-websites',
};
const WALES_ACKNOWLEDGEMENT: Source = {
  title: 'The National Health Service (Concerns, Complaints and Redress Arrangements) (Wales) Regulations 2011, regulation 22 (acknowledgement within 2 working days)',
  url: 'https://www.legislation.gov.uk/wsi/2011/704/regulation/22',
};
const NHS_CONSTITUTION: Source = {
  title: 'The NHS Constitution for England',
  url: 'https://www.gov.uk/government/publications/the-nhs-constitution-for-england',
};

/** GP, dental, pharmacy and optical services: the ICB took their complaints over from NHS England on 1 July 2023.
 *  They are not on the NHS Standard Contract, so naming local Healthwatch is good practice rather than a term. */
const PRIMARY_CARE = new Set(['gp', 'dentist', 'pharmacy', 'optician']);
const SOCIAL_CARE = new Set(['care-home', 'home-care', 'council-adult-social-care', 'children-social-care']);

const COMPLAINT = /\bcomplain|\bcomplaints?\b|\bconcerns?\b/i;
/** Where a page offers another place to complain, it speaks of complaining or of "instead". */
const COMPLAINT_OR_INSTEAD = /\bcomplain|\bcomplaints?\b|\bconcerns?\b|\binstead\b|\brather than\b/i;
const MONTHS_WORDS: Record<number, string> = { 3: 'three', 6: 'six', 12: 'twelve' };

type Status = CheckItem['status'];
interface Judged { status: Status; evidence?: Found; advice: string; bodies?: SuggestedBody[] }

const suggest = (b: Named): SuggestedBody => ({
  id: b.id, name: b.name, ...(b.phone && { phone: b.phone }), ...(b.email && { email: b.email }), ...(b.website && { website: b.website }),
  verified: b.verified,
});
/** A placeholder ("your local Healthwatch") has nothing to copy. */
const isReal = (b: { id: string }) => !b.id.startsWith('your-') && !b.id.startsWith('advocacy-ask-');

export interface PageInput {
  kind: 'html' | 'text' | 'pdf';
  text: PageText;
  url?: string;
}

export function checkPage(graph: Graph, page: PageInput, context: CheckContext, today: string): CheckResult {
  const expect = expectationsFor(graph, context, today);
  const p = page.text;
  const unreadable = page.kind === 'pdf' ? undefined : readability(p);
  const judge = (id: ItemId): Judged | null => {
    if (page.kind === 'pdf') return pdfItem(id);
    return JUDGES[id](p, expect, context);
  };
  const items: CheckItem[] = ITEMS.map(({ id, title, basis }) => {
    const judged = judge(id);
    const extraBasis = id === 'ombudsman' ? expect.ombudsmanSources : id === 'commissioner-alternative' ? expect.alternativeSources : id === 'time-limit' ? expect.timeLimit?.sources ?? [] : id === 'what-happens-next' && expect.nation === 'wales' ? [WALES_ACKNOWLEDGEMENT] : [];
    const sources = [...basis, ...extraBasis].filter((s, i, all) => all.findIndex((x) => x.url === s.url) === i);
    if (!judged) return { id, status: 'not-applicable', title, advice: 'This does not apply to this service.', basis: sources };
    if (unreadable) return { id, status: 'not-checked', title, advice: unreadable.message, basis: sources };
    return {
      id, status: judged.status, title, ...(judged.evidence && { evidence: judged.evidence.quote }), advice: judged.advice,
      basis: sources, ...(judged.bodies && judged.bodies.length > 0 && { bodies: judged.bodies }),
    };
  });
  const outdated = page.kind === 'pdf' || unreadable ? [] : outdatedWording(p, expect, context);
  const notices: Notice[] = unreadable ? [unreadable] : [];
  const other = page.kind === 'pdf' || unreadable ? undefined : otherNation(p, expect.nation);
  if (other) notices.push(other);
  const applicable = items.filter((i) => i.status !== 'not-applicable' && i.status !== 'not-checked');
  return {
    items,
    outdated,
    notices,
    summary: { passed: applicable.filter((i) => i.status === 'pass').length, applicable: applicable.length, read: unreadable ? 'could-not-read' : 'read' },
    dataVersion: graph.version,
    page: { kind: page.kind, ...(page.url && { url: page.url }) },
  };

  /** A PDF cannot be read here, and is hard to find and to read on a phone or with a screen reader. */
  function pdfItem(id: ItemId): Judged | null {
    if (id === 'how-to-complain') {
      return { status: 'warn', advice: 'This address is a PDF document. Put how to complain on a web page, so people can find it and read it on a phone or with a screen reader. Then check that page.' };
    }
    const applies = JUDGES[id](p, expect, context);
    return applies && { status: 'warn', advice: 'We cannot read PDF documents. Put this on a web page, then check the page.' };
  }
}

const ITEMS: readonly { id: ItemId; title: string; basis: Source[] }[] = [
  { id: 'how-to-complain', title: 'How to complain, in more than one way', basis: [regulation(13, 'complaints made orally, in writing or electronically'), COMPLAINT_STANDARDS, CQC_REGULATION_16] },
  { id: 'contact-details', title: 'Who to send a complaint to, and how to reach them', basis: [regulation(4, 'a complaints manager'), HEALTHWATCH_AUDIT] },
  { id: 'time-limit', title: 'The time limit, and that it can be extended', basis: [regulation(12, 'time limit for making a complaint')] },
  { id: 'commissioner-alternative', title: 'Complaining to the commissioner instead', basis: [regulation(7, 'complaints to providers or commissioners')] },
  { id: 'what-happens-next', title: 'What happens after you complain', basis: [regulation(13, 'acknowledgement and record'), regulation(14, 'investigation and response'), COMPLAINT_STANDARDS] },
  { id: 'advocacy', title: 'Free help from an independent complaints advocate', basis: [ADVOCACY_ACT, regulation(3, 'arrangements for handling complaints, including help to complain'), COMPLAINT_STANDARDS] },
  { id: 'ombudsman', title: 'The right ombudsman, if you are still unhappy', basis: [regulation(14, 'the response names the ombudsman'), COMPLAINT_STANDARDS] },
  { id: 'healthwatch', title: 'How to contact local Healthwatch', basis: [HEALTHWATCH_CONTRACT, HEALTHWATCH_AUDIT] },
  { id: 'care-not-affected', title: 'Complaining will not affect your care', basis: [COMPLAINT_STANDARDS, NHS_CONSTITUTION] },
  { id: 'someone-else', title: 'Complaining for someone else', basis: [regulation(5, 'who may make a complaint')] },
  { id: 'accessible-formats', title: 'Other formats, languages and help to complain', basis: [CQC_REGULATION_16, COMPLAINT_STANDARDS] },
];

type Judge = (page: PageText, expect: Expectations, context: CheckContext) => Judged | null;

const WAYS: readonly [string, RegExp][] = [
  ['in person', /\bin person\b|\bspeak(ing)? (to|with)\b|\bverbally\b|\bface[ -]to[ -]face\b|\btell (us|your|a member|any)\b|\bdrop in\b|\bvisit (us|the|our)\b|\bask (to speak|for|any)\b|\bpharmacist in charge\b/i],
  ['by phone', /\bby (tele)?phone\b|\b(call|ring|telephone|phone) (us|the|our|on)\b|\b(call|ring|phone)\s+0\d/i],
  ['in writing', /\bin writing\b|\bwrite to\b|\bby (post|letter)\b|\bletter\b/i],
  ['by email', /\be-?mail\b|@[\w-]{1,63}\.\w/i],
  ['online', /\bonline\b|\bweb ?form\b|\bcomplaints? form\b|\bform on (our|this) (web)?site\b/i],
];

const howToComplain: Judge = (page) => {
  // On a page about complaints, each way of getting in touch that the page gives counts.
  const ways = WAYS.filter(([, pattern]) => page.passages.some((t) => pattern.test(t)));
  const mention = find(page.passages, /\b(make|making|raise|raising|how to) (a )?(complaint|concern)|\bcomplain\b|\bcomplaints?\b/i);
  const pdf = page.links.find((l) => /\.pdf(\?|#|$)/i.test(l.href) && (COMPLAINT.test(l.text) || COMPLAINT.test(l.href)));
  if (!mention) {
    const inMenu = find(page.navigation, COMPLAINT);
    return {
      status: 'fail', ...(inMenu && { evidence: inMenu }),
      advice: inMenu
        ? 'Complaints are mentioned only in the menu or footer. Put how to complain in the main part of the page.'
        : 'Say how to complain: in person, by phone, in writing, by email or online. Give at least two ways.',
    };
  }
  const names = ways.map(([name]) => name);
  if (pdf && ways.length < 2) {
    return { status: 'warn', evidence: { passage: pdf.text, quote: `${pdf.text} (${pdf.href})` }, advice: 'The details are in a PDF. PDFs are hard to find and to read on a phone or with a screen reader. Put the main points on the page itself, and give at least two ways to complain.' };
  }
  if (ways.length >= 2) return { status: 'pass', evidence: mention, advice: `The page gives ${names.length} ways to complain (${names.join(', ')}).` };
  return { status: 'warn', evidence: mention, advice: `Give more than one way to complain. ${names.length === 1 ? `The page gives only one (${names[0]}). ` : ''}People can complain in person, by phone, in writing, by email or online.` };
};

const PHONE = /(?<!\d)(\(?0\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4})(?!\d)/;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;
const WHO = /\bcomplaints? (manager|lead|team|officer|department|co-?ordinator)\b|\bmanagers?\b|\b(patient|customer|service user) (experience|relations|services|feedback) (team|lead|manager|officer)\b|\bPALS\b|\bPatient Advice and Liaison Service\b|\b(home|registered|service) manager\b|\b(customer )?(feedback|concerns) (team|lead|officer)\b|\bpharmacist in charge\b/i;

const contactDetails: Judge = (page) => {
  const who = find(page.passages, WHO);
  const how = findEmail(page.passages) ?? find(page.passages, PHONE) ?? find(page.passages, POSTCODE)
    ?? (() => {
      const link = page.links.find((l) => /^(mailto|tel):/i.test(l.href));
      return link && { passage: link.text, quote: `${link.text} (${link.href})` };
    })();
  if (who && how) return { status: 'pass', evidence: who, advice: 'The page says who deals with complaints and how to reach them.' };
  if (who) return { status: 'warn', evidence: who, advice: 'Add how to reach them: an email address, a phone number or a postal address.' };
  if (how) return { status: 'warn', evidence: how, advice: 'Say who deals with complaints: the complaints manager, or the team, by name or job title.' };
  return { status: 'fail', advice: 'Say who to send a complaint to (the complaints manager or team), with an email address, a phone number and a postal address.' };
};

/** A 6-month limit on making a complaint: "complaints must be made within 6 months", not "we reply within six months". */
const SIX_MONTHS = /\b(6|six)[ -]months?\b/i;
const sixMonthLimit = (passages: readonly string[]) => {
  const found = find(passages, SIX_MONTHS, /\bcomplain|\bcomplaints?\b|time limit|\bconcerns?\b/i);
  if (!found) return undefined;
  const sentence = sentenceAt(found.passage, found.passage.search(SIX_MONTHS));
  return /\b(reply|respond|response|answer|investigat|finish|complete|findings)\w*/i.test(sentence) ? undefined : found;
};

const timeLimit: Judge = (page, expect) => {
  const months = expect.timeLimit?.months;
  if (!months) return null;
  const word = MONTHS_WORDS[months];
  const right = new RegExp(`\\b(${months}${word ? `|${word}` : ''})[ -]months?\\b${months === 12 ? '|\\b(one|a) year\\b' : ''}`, 'i');
  const found = find(page.passages, right, /\bcomplain|\bcomplaints?\b|\bconcerns?\b|time limit|within/i);
  // A page that still gives the old 6-month limit in England (12 months since 2009) is wrong, whatever else it says.
  const stale = months === 12 ? sixMonthLimit(page.passages) : undefined;
  if (stale) return { status: 'fail', evidence: stale, advice: 'The page gives a 6-month time limit. Since 2009 the limit in England has been 12 months, and it can be extended for a good reason.' };
  const extension = find(page.passages, /good reason|\bextend|\bdiscretion|\bstill (be able to |)(consider|investigate|look)|exceptional|reasonable (excuse|reason)|later than/i);
  if (found && extension) return { status: 'pass', evidence: found, advice: `The page gives the ${months}-month time limit and says it can be extended.` };
  if (found) return { status: 'warn', evidence: found, advice: 'Add that a complaint can still be looked at after the time limit when there is a good reason for the delay.' };
  return { status: 'fail', advice: `Say that people should complain within ${months} months of what happened, or of finding out about it, and that this can be extended for a good reason.` };
};

/** In Wales a concern about NHS care may be raised with the health board instead of the service. */
const HEALTH_BOARD = /\b(local |university )?health board\b/i;

const commissionerAlternative: Judge = (page, expect) => {
  if (expect.nation === 'wales' && expect.healthBoardAlternative) {
    const board = find(page.passages, HEALTH_BOARD, /\binstead\b|\brather\b|\balso\b|\bdirectly\b|\bcan (raise|complain|contact)\b/i);
    return board
      ? { status: 'pass', evidence: board, advice: 'The page says people may raise a concern with the health board instead.' }
      : { status: 'fail', advice: 'Say that people may raise their concern with the local health board instead of with you.' };
  }
  if (expect.alternatives.length === 0) return null;
  const bodies = expect.alternatives.filter(isReal).map(suggest);
  for (const body of expect.alternatives) {
    const found = findBody(page, body, COMPLAINT_OR_INSTEAD);
    if (found) return { status: 'pass', evidence: found, advice: `The page names ${isReal(body) ? body.name : 'the body that may take the complaint instead'}.` };
  }
  const generic = expect.alternatives.some((b) => b.role === 'commissioner')
    ? find(page.passages, /\bintegrated care board\b|\bICB\b/i, COMPLAINT_OR_INSTEAD) : find(page.passages, /\b(the|your) (local )?council\b|\blocal authority\b/i, COMPLAINT);
  const wrong = expect.otherIcbs.map((b) => findBody(page, b)).find(Boolean);
  if (wrong) return { status: 'warn', evidence: wrong, advice: 'The page names an integrated care board (ICB) that is not the one for this area, or that has merged. Name the right one.', bodies };
  if (generic) {
    return bodies.length > 0
      ? { status: 'pass', evidence: generic, advice: `You could name the board: ${bodies.map((b) => b.name).join(' or ')}.`, bodies }
      : { status: 'pass', evidence: generic, advice: 'The page says people may complain to the commissioner instead.' };
  }
  const who = expect.alternatives.some((b) => b.role === 'commissioner') ? 'the integrated care board (ICB)' : 'the council that arranged the care';
  return { status: 'fail', advice: `Say that people may complain to ${who} instead of to you, but not to both.`, bodies };
};

/** Working days to acknowledge a complaint: England's regulations say 3, Wales's 2. Scotland and Northern Ireland
 *  have stages with their own times, so the number is not checked there. */
const ACKNOWLEDGE_DAYS: Partial<Record<string, number>> = { england: 3, wales: 2 };
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

const whatHappensNext: Judge = (page, expect) => {
  const acknowledge = find(page.passages, /\backnowledge|\b(let you know|confirm|tell you) (that )?we(['’]ve| have) (got|received)|\b(\d|one|two|three|four|five) working days?\b/i);
  const after = find(page.passages, /\binvestigat|\blook(ed|ing)? into\b|\bkeep you (informed|updated)|\bwritten (response|reply)|\b(respond|reply|findings|response|answer)\b[^.]{0,40}\bin writing\b|\bin writing\b[^.]{0,40}\b(response|reply|findings)\b|\bfull (response|reply)|\boffer to (discuss|meet)|\bdiscuss (your|the) (complaint|concern)|\btalk (it )?through\b/i);
  const days = ACKNOWLEDGE_DAYS[expect.nation];
  const given = acknowledge && /\b(\d|one|two|three|four|five) working days?\b/i.exec(sentenceAt(acknowledge.passage, acknowledge.passage.search(/\backnowledge|working day/i)));
  const stated = given ? Number(given[1]) || NUMBER_WORDS[given[1]!.toLowerCase()] : undefined;
  if (acknowledge && days && stated && stated !== days) {
    return { status: 'fail', evidence: acknowledge, advice: `The page says ${stated} working days. ${expect.nation === 'wales' ? 'In Wales a concern must be acknowledged within 2 working days.' : `Acknowledge a complaint within ${days} working days.`}` };
  }
  if (acknowledge && after) return { status: 'pass', evidence: acknowledge, advice: 'The page says what happens after someone complains.' };
  const ack = `${days ?? 3} working days`;
  if (acknowledge || after) {
    return {
      status: 'warn', evidence: acknowledge ?? after,
      advice: acknowledge
        ? 'Add what happens next: you will discuss the complaint, keep them informed, and reply in writing.'
        : `Add that you will acknowledge a complaint within ${ack}.`,
    };
  }
  return { status: 'fail', advice: `Say what happens next: you acknowledge a complaint within ${ack}, offer to discuss it, keep the person informed and reply in writing.` };
};

const ADVOCACY = /\badvoca(cy|te|tes)\b|\bfree,? independent (help|support|advice)\b/i;
/** Bodies that no longer exist: naming them is out of date, not help (ICAS ended in 2013; Welsh Community Health
 *  Councils were replaced by Llais on 1 April 2023). */
const CLOSED_ADVOCACY = /\bIndependent Complaints Advocacy Service\b|\bICAS\b|\bCommunity Health Councils?\b|\bCHCs?\b/;
const CURRENT_ADVOCACY = new RegExp(`^(?![\\s\\S]*(${CLOSED_ADVOCACY.source}))`);

const advocacy: Judge = (page, expect, context) => {
  const local = expect.advocacy;
  // NHS complaints advocacy is for NHS care; for other social care the council arranges an advocate when one is needed,
  // so the plan names no advocacy service and the page is asked only to say where free help is.
  const socialCare = SOCIAL_CARE.has(context.service) && context.funding !== 'nhs';
  if (!local && !socialCare) return null;
  const bodies = local && isReal(local) ? [suggest(local)] : [];
  const named = local && isReal(local) ? findBody(page, local) : undefined;
  if (local && named) return { status: 'pass', evidence: named, advice: `The page names ${local.name}.` };
  // A provider that is not the one for this area (another area's, or one whose contract ended).
  const former = local && expect.otherAdvocacy
    .map((b) => findBody(page, b, ADVOCACY))
    .find((f, i) => f && !local.name.toLowerCase().includes(expect.otherAdvocacy[i]!.name.toLowerCase().split(/\s[–(-]/)[0]!));
  if (local && former) {
    return { status: 'warn', evidence: former, advice: `The page names an advocacy service that does not hold the contract for this area. ${bodies.length > 0 ? `Name ${local.name} instead.` : 'Ask your council who provides NHS complaints advocacy now.'}`, bodies };
  }
  const generic = find(page.passages, ADVOCACY, CURRENT_ADVOCACY);
  if (generic) {
    return { status: 'pass', evidence: generic, advice: local && bodies.length > 0 ? `You could name the local service, ${local.name}, with its phone number.` : 'The page tells people that free advocacy can help.', bodies };
  }
  if (socialCare) {
    return { status: 'warn', advice: 'Say where to get free help to complain: the council can arrange an independent advocate for people who need one, and local Healthwatch can say who else can help.' };
  }
  return { status: 'fail', advice: `Say that free, independent complaints advocacy can help${local && bodies.length > 0 ? `, and name the local service, ${local.name}, with its phone number` : ''}.`, bodies };
};

/** "Local Government Ombudsman" is the old name of the Local Government and Social Care Ombudsman (since 2017). */
const OLD_LGSCO = /\bLocal Government Ombudsman\b|\bLGO\b/;
const namesOmbudsman = (page: PageText, b: Named) => findBody(page, b) ?? (b.id === 'lgsco' ? find(page.passages, OLD_LGSCO) : undefined);

const ombudsman: Judge = (page, expect) => {
  if (expect.ombudsmen.length === 0) return null;
  const right = expect.ombudsmen.map((b) => namesOmbudsman(page, b)).find(Boolean);
  const wrong = expect.wrongOmbudsmen.map((b) => ({ b, found: namesOmbudsman(page, b) })).find((w) => w.found);
  const names = expect.ombudsmen.map((b) => b.name).join(' or ');
  const bodies = expect.ombudsmen.map(suggest);
  if (right && wrong) return { status: 'warn', evidence: wrong.found, advice: `The page also names ${wrong.b.name}, which does not deal with this service. Make clear that the one for this service is ${names}.` };
  if (right) return { status: 'pass', evidence: right, advice: `The page names ${names}.` };
  if (wrong) return { status: 'fail', evidence: wrong.found, advice: `The page names ${wrong.b.name}, but complaints about this service go to ${names}. Change it.`, bodies };
  return { status: 'fail', advice: `Say that if people are still unhappy after your final reply, they can go to ${names}, and how to contact them.`, bodies };
};

const healthwatch: Judge = (page, expect, context) => {
  const local = expect.healthwatch;
  if (!local) return null;
  const bodies = isReal(local) ? [suggest(local)] : [];
  const named = isReal(local) ? findBody(page, local) : undefined;
  if (named) return { status: 'pass', evidence: named, advice: `The page names ${local.name}.` };
  const other = expect.otherHealthwatch.map((b) => findBody(page, b)).find(Boolean);
  if (other) return { status: 'warn', evidence: other, advice: `The page names a local Healthwatch for another area. ${bodies.length > 0 ? `Name ${local.name} instead.` : 'Name the one for your area.'}`, bodies };
  const generic = find(page.passages, /\bHealthwatch\b/i);
  if (generic) return { status: 'pass', evidence: generic, advice: bodies.length > 0 ? `You could name ${local.name}, with how to contact it.` : 'The page tells people about Healthwatch.', bodies };
  // Services on the NHS Standard Contract must say this; for the rest it is good practice.
  const must = !PRIMARY_CARE.has(context.service) && !(SOCIAL_CARE.has(context.service) && context.funding !== 'nhs');
  return { status: must ? 'fail' : 'warn', advice: `Tell people how to contact ${bodies.length > 0 ? local.name : 'their local Healthwatch'}: it gives free information about how to complain.`, bodies };
};

const careNotAffected: Judge = (page) => {
  const found = find(page.passages, /(\bnot|\bnever|n['’]t) (be )?(affect|harm|prejudice|change|impact)\w*\b.{0,60}\b(care|treatment|service|registration)\b|\b(care|treatment)\b.{0,40}(\bnot|\bnever|n['’]t) (be )?(affected|harmed|prejudiced)\b|(\bnot|\bnever|n['’]t) (be )?treated (any )?differently\b|(\bnot|\bnever|n['’]t) (be )?removed from (our|the) (practice )?(list|register)\b|(\bnot|\bnever|n['’]t) (count|be held|be used) against you\b|\bcontinue to (care for|treat) you\b/i);
  return found
    ? { status: 'pass', evidence: found, advice: 'The page says that complaining will not affect care.' }
    : { status: 'fail', advice: 'Say clearly that making a complaint will not affect the care or treatment the person gets.' };
};

const someoneElse: Judge = (page) => {
  const behalf = find(page.passages, /\bon (someone|somebody|their|his|her|your|a patient's|another person's)(['’]s)? behalf\b|\bon behalf of\b|\bfor (someone else|a relative|a friend|you)\b|\bcomplain(ing)? for (a|your|someone)\b|\brepresentative\b|\b(relative|friend|carer) (can|may)\b/i);
  const consent = find(page.passages, /\bconsent\b|\bpermission\b|\bauthori[sz]/i);
  if (behalf && consent) return { status: 'pass', evidence: behalf, advice: 'The page explains complaining for someone else.' };
  if (behalf) return { status: 'warn', evidence: behalf, advice: 'Say what consent is needed to complain for someone else, and what happens when they cannot give it.' };
  return { status: 'fail', advice: 'Say that someone can complain for another person, with their consent, and for a person who has died or cannot consent.' };
};

const accessibleFormats: Judge = (page) => {
  const found = find(page.passages, /\blarge print\b|\beasy read\b|\bbraille\b|\b(other|another|different|your) (formats?|languages?)\b|\binterpret(er|ing)\b|\btranslat|\breasonable adjustments?\b|\bBritish Sign Language\b|\bBSL\b|\baudio\b|\baccessible (format|information)|\bAccessible Information Standard\b/i);
  return found
    ? { status: 'pass', evidence: found, advice: 'The page offers other formats, languages or help to complain.' }
    : { status: 'fail', advice: 'Offer the information in other formats and languages (large print, easy read, an interpreter), and help to make a complaint.' };
};

const JUDGES: Record<ItemId, Judge> = {
  'how-to-complain': howToComplain,
  'contact-details': contactDetails,
  'time-limit': timeLimit,
  'commissioner-alternative': commissionerAlternative,
  'what-happens-next': whatHappensNext,
  advocacy,
  ombudsman,
  healthwatch,
  'care-not-affected': careNotAffected,
  'someone-else': someoneElse,
  'accessible-formats': accessibleFormats,
};

/** Past changes the page has not caught up with. A sentence that says the change happened is not flagged. */
function outdatedWording(page: PageText, expect: Expectations, context: CheckContext): Outdated[] {
  const out: Outdated[] = [];
  // A sentence that says the change happened ("CCGs were replaced") is not flagged: find skips it.
  const passages = page.passages;
  const flag = (id: Outdated['id'], found: Found | undefined, advice: string) => {
    if (found) out.push({ id, quote: found.quote, advice });
  };
  const england = expect.nation === 'england';
  if (england) {
    flag('ccg', find(passages, /\bclinical commissioning groups?\b|\bCCGs?\b/i),
      'Clinical commissioning groups (CCGs) closed on 1 July 2022. Name the integrated care board (ICB) instead.');
    if (PRIMARY_CARE.has(context.service)) {
      flag('nhs-england-primary-care', find(passages, /\bNHS England\b/, COMPLAINT),
        'Since 1 July 2023, complaints about GP, dental, pharmacy and optical services go to the integrated care board (ICB), not NHS England.');
    }
    const localIsIcas = expect.advocacy && /\bICAS\b|Independent Complaints Advocacy Service/i.test(expect.advocacy.name);
    if (!localIsIcas) {
      flag('icas', find(passages, /\bIndependent Complaints Advocacy Service\b|\bICAS\b/),
        'The national Independent Complaints Advocacy Service (ICAS) ended in 2013. Councils now arrange NHS complaints advocacy: name the local service.');
    }
    if (expect.timeLimit?.months === 12) {
      flag('six-month-limit', sixMonthLimit(passages),
        'The time limit for NHS and social care complaints in England has been 12 months since 2009, not 6 months.');
    }
  }
  if (expect.nation === 'wales') {
    flag('community-health-council', find(passages, /\bCommunity Health Councils?\b|\bCHCs?\b/),
      'Community Health Councils closed on 1 April 2023. Llais now gives free help to raise a concern: name Llais instead.');
  }
  flag('local-government-ombudsman', find(passages, OLD_LGSCO),
    'Since 2017 it has been called the Local Government and Social Care Ombudsman.');
  const right = expect.ombudsmen.some((b) => namesOmbudsman(page, b));
  if (!right) {
    for (const b of expect.wrongOmbudsmen) {
      flag('wrong-ombudsman', findBody(page, b) ?? (b.id === 'lgsco' ? find(passages, OLD_LGSCO) : undefined),
        `${b.name} does not deal with complaints about this service. Name ${expect.ombudsmen.map((o) => o.name).join(' or ')} instead.`);
    }
  }
  return out.filter((o, i) => out.findIndex((x) => x.id === o.id) === i);
}

