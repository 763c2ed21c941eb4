// What a call handler can say for each step of the plan: short, in the second person, with the date in words.
import type { Body, Step } from '../api.js';
import { dateInWords } from '../dates.js';
import { unconfirmed } from '../components/BodyContact.js';
import { nameInSentence as named } from '../plan-text.js';

/** A web address as people say it: no https://, no www., no path. */
export const spokenWebsite = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

function contactSentence(body: Body): string {
  if (body.phone) {
    return unconfirmed(body) ? `We think their phone number is ${body.phone}, but check it on their website.` : `Their phone number is ${body.phone}.`;
  }
  if (body.email) return `Their email address is ${body.email}.`;
  // A placeholder's link finds the organisation: it is never read out as the organisation's own website.
  if (body.websiteLabel) return `${body.websiteLabel}.`;
  const web = body.complaintPage ?? (body.generic ? undefined : body.website);
  return web ? `Their website is ${spokenWebsite(web)}.` : '';
}

/**
 * The read-aloud wording for one step. `afterFinal`: the person has had the final response, so the independent
 * stage (the ombudsman) is the next thing to do rather than a later one. `decided`: the ombudsman has already
 * decided, so it can only be asked to look at its decision again, never to take the complaint as if new.
 */
export function readAloud(step: Step, afterFinal = false, decided = false): string {
  const { body, deadline } = step;
  const open = deadline?.by && !deadline.passed ? `, by ${dateInWords(deadline.by)}` : '';
  const who = body ? named(body) : '';
  let lead: string;
  if (!body) lead = `${step.title}.`;
  else if (step.kind === 'urgent') lead = `First, to keep everyone safe, you can contact ${who}.`;
  else if (step.kind === 'resolve') lead = `You can start by talking to ${who}. This is often the quickest way to sort things out.`;
  else if (step.kind === 'complain') lead = `You can complain to ${who}${open}.`;
  else if (step.kind === 'escalate' && decided) lead = `You can ask ${who} to look at its decision again, but only for certain reasons.`;
  else if (step.kind === 'escalate') {
    lead = afterFinal
      ? `You can now ask ${who} to look at your complaint${open}.`
      : `If you are still unhappy after their final response, you can ask ${who} to look at your complaint${open}.`;
  } else if (step.kind === 'help') lead = `${who.charAt(0).toUpperCase() + who.slice(1)} can help you for free.`;
  else lead = `You can also contact ${who}.`;

  const alternatives = step.kind === 'complain' && step.alternatives?.length
    ? `Or you can complain to ${step.alternatives.map(named).join(' or ')} instead.`
    : '';
  const passed = deadline?.by && deadline.passed ? `The usual time limit for this was ${dateInWords(deadline.by)}.` : '';
  return [lead, body && contactSentence(body), alternatives, passed].filter(Boolean).join(' ');
}
