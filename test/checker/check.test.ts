// The checker's engine on the real routing graph: every item and every outdated flag, passing and failing, on short
// pages and on the fixture pages (current and stale GP pages, a trust, a care home, a council, PDF-only, menu-only).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../server/checker/check.js';
import { readHtml, readPlainText } from '../../server/checker/page-text.js';
import type { CheckContext, CheckResult, ItemId, OutdatedId } from '../../server/checker/schemas.js';
import { loadGraph } from '../../server/data/load.js';
import { fixture } from './serve-fixtures.js';

const graph = loadGraph(join(import.meta.dirname, '../../data'));
const today = '2026-11-27';
const GP: CheckContext = { service: 'gp' };
const LEEDS_GP: CheckContext = { service: 'gp', postcode: 'LS1 4AP' };

const run = (html: string, context: CheckContext = GP): CheckResult =>
  checkPage(graph, { kind: 'html', text: readHtml(html) }, context, today);
const item = (html: string, id: ItemId, context: CheckContext = GP) => run(html, context).items.find((i) => i.id === id)!;
const status = (html: string, id: ItemId, context: CheckContext = GP) => item(html, id, context).status;
const flags = (html: string, context: CheckContext = GP): OutdatedId[] => run(html, context).outdated.map((o) => o.id);
const page = (...paragraphs: string[]) => `<main>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</main>`;

describe('reading the page', () => {
  it('skips scripts, styles, menus and footers; decodes entities; counts text in links and lists', () => {
    const text = readHtml(`<head><style>p{}</style></head><body><nav>Complaints menu</nav><main><h1>Tom &amp; Jerry&#39;s</h1>
      <ul><li>Email <a href="mailto:a@b.example">our <b>team</b></a></li></ul><script>var ccg = 1</script></main><footer>CCG</footer></body>`);
    expect(text.passages).toEqual(["Tom & Jerry's", 'Email our team']);
    expect(text.navigation).toEqual(['Complaints menu', 'CCG']);
    expect(text.links).toEqual([{ text: 'our team', href: 'mailto:a@b.example' }]);
  });

  it('keeps a header inside the main content, and reads pasted text line by line', () => {
    expect(readHtml('<article><header><h1>Complaints</h1></header></article>').passages).toEqual(['Complaints']);
    expect(readPlainText('One\n\n  Two  \nsee https://x.example/a.').passages).toEqual(['One', 'Two', 'see https://x.example/a.']);
  });
});

describe('checklist items', () => {
  it('how-to-complain: two ways pass, one warns, none fails, menu-only fails, PDF-only could not be read', () => {
    expect(status(page('To complain, write to us or email complaints@x.example.'), 'how-to-complain')).toBe('pass');
    expect(status(page('To make a complaint, write to the practice.'), 'how-to-complain')).toBe('warn');
    expect(status(page('Opening hours are 8am to 6pm.'), 'how-to-complain')).toBe('fail');
    expect(item(fixture('nav-only.html'), 'how-to-complain')).toMatchObject({ status: 'fail', advice: expect.stringContaining('menu') });
    const pdfOnly = run(fixture('pdf-only.html'));
    expect(pdfOnly.summary).toMatchObject({ read: 'could-not-read', passed: 0, applicable: 0 });
    expect(pdfOnly.notices).toEqual([expect.objectContaining({ id: 'pdf-only', link: expect.stringContaining('.pdf') })]);
    expect(new Set(pdfOnly.items.map((i) => i.status))).toEqual(new Set(['not-checked']));
  });

  it('contact-details: who and how pass, one of them warns, neither fails', () => {
    expect(status(page('Contact the complaints manager on 0113 496 0000.'), 'contact-details')).toBe('pass');
    expect(status(page('Ask for the practice manager.'), 'contact-details')).toBe('warn');
    expect(status(page('Write to the Practice Operations Managers, 1 High Street, Salford M6 5FX.'), 'contact-details')).toBe('pass');
    expect(status(page('Email hello@x.example.'), 'contact-details')).toBe('warn');
    expect(status(page('We care about your views.'), 'contact-details')).toBe('fail');
  });

  it('time-limit: 12 months with an extension passes, without it warns, missing fails; Scotland expects 6 months', () => {
    expect(status(page('Complain within 12 months. We can extend this if there is a good reason.'), 'time-limit')).toBe('pass');
    expect(status(page('You should complain within one year of the event.'), 'time-limit')).toBe('warn');
    expect(status(page('Complain within 6 months.'), 'time-limit')).toBe('fail');
    // The rule before 2009: 6 months, within 12 months of the incident.
    expect(status(page('Complain within 6 months of discovering the problem, provided this is within 12 months of the incident.'), 'time-limit')).toBe('fail');
    expect(status(page('Complain soon.'), 'time-limit')).toBe('fail');
    const scotland = { service: 'gp', nation: 'scotland' } as const;
    expect(status(page('Complain within six months. Later complaints are accepted for good reason.'), 'time-limit', scotland)).toBe('pass');
  });

  it('commissioner-alternative: the ICB passes, the right board by name passes, another board warns, none fails; self-funded care has none', () => {
    expect(status(page('You can complain to the integrated care board instead.'), 'commissioner-alternative')).toBe('pass');
    expect(item(page('Or complain to West Yorkshire ICB.'), 'commissioner-alternative', LEEDS_GP).advice).toContain('names NHS West Yorkshire Integrated Care Board');
    expect(item(page('Or complain to NHS Birmingham and Solihull Integrated Care Board.'), 'commissioner-alternative', LEEDS_GP))
      .toMatchObject({ status: 'warn', bodies: [expect.objectContaining({ name: 'NHS West Yorkshire Integrated Care Board', phone: '01924 552150' })] });
    expect(status(page('Complain to us.'), 'commissioner-alternative')).toBe('fail');
    expect(status(page('Complain to us.'), 'commissioner-alternative', { service: 'care-home', funding: 'self' })).toBe('not-applicable');
    expect(status(page('You can also complain to the council that arranged your care.'), 'commissioner-alternative', { service: 'care-home', funding: 'council' })).toBe('pass');
  });

  it('what-happens-next: acknowledgement and reply pass, one warns, none fails', () => {
    expect(status(page('We will acknowledge it within 3 working days and keep you informed.'), 'what-happens-next')).toBe('pass');
    expect(status(page('We will investigate your complaint.'), 'what-happens-next')).toBe('warn');
    expect(status(page('Thank you.'), 'what-happens-next')).toBe('fail');
  });

  it('advocacy: the local provider passes (with its details), a provider without the contract warns, none fails', () => {
    expect(status(page('Advonet can help you, free.'), 'advocacy', LEEDS_GP)).toBe('pass');
    expect(item(page('Free NHS complaints advocacy can help.'), 'advocacy', LEEDS_GP))
      .toMatchObject({ status: 'pass', bodies: [expect.objectContaining({ id: 'advocacy-advonet-leeds' })] });
    expect(item(page('POhWER NHS Complaints Advocacy can help: 0300 456 2370.'), 'advocacy', LEEDS_GP))
      .toMatchObject({ status: 'warn', advice: expect.stringContaining('does not hold the contract') });
    expect(status(page('POhWER advocacy can help.'), 'advocacy', { service: 'gp', postcode: 'SG1 1AA' })).toBe('pass');
    expect(status(page('Nothing about help.'), 'advocacy')).toBe('fail');
    expect(status(page('Nothing about help.'), 'advocacy', { service: 'care-home', funding: 'self' })).toBe('warn');
  });

  it('ombudsman: the right one passes, the wrong one fails, both warn, none fails', () => {
    expect(status(page('You can go to the PHSO.'), 'ombudsman')).toBe('pass');
    expect(status(page('You can ask the Health Service Ombudsman to look at it.'), 'ombudsman')).toBe('pass');
    expect(status(page('You can go to the Local Government and Social Care Ombudsman.'), 'ombudsman')).toBe('fail');
    expect(status(page('Go to the Parliamentary and Health Service Ombudsman, or for social care the LGSCO.'), 'ombudsman')).toBe('warn');
    expect(status(page('Nothing more.'), 'ombudsman')).toBe('fail');
    const selfFunded = { service: 'care-home', funding: 'self' } as const;
    expect(status(page('Contact the Local Government and Social Care Ombudsman.'), 'ombudsman', selfFunded)).toBe('pass');
    expect(status(page('Contact the Parliamentary and Health Service Ombudsman.'), 'ombudsman', selfFunded)).toBe('fail');
  });

  it('healthwatch: local Healthwatch passes, another area warns, missing fails for a hospital and warns for a GP', () => {
    expect(status(page('Healthwatch Leeds can help.'), 'healthwatch', LEEDS_GP)).toBe('pass');
    expect(status(page('Contact Healthwatch Bradford.'), 'healthwatch', LEEDS_GP)).toBe('warn');
    expect(status(page('Nothing.'), 'healthwatch', { service: 'hospital' })).toBe('fail');
    expect(status(page('Nothing.'), 'healthwatch', GP)).toBe('warn');
    expect(status(page('Nothing.'), 'healthwatch', { service: 'gp', nation: 'wales' })).toBe('not-applicable');
  });

  it('care-not-affected, someone-else, accessible-formats: pass and fail', () => {
    expect(status(page('Complaining will not affect your care.'), 'care-not-affected')).toBe('pass');
    expect(status(page("Complaining won't affect your treatment."), 'care-not-affected')).toBe('pass');
    expect(status(page('We value complaints.'), 'care-not-affected')).toBe('fail');
    expect(status(page('You can complain on behalf of someone else with their consent.'), 'someone-else')).toBe('pass');
    expect(status(page('You can complain on behalf of a relative.'), 'someone-else')).toBe('warn');
    expect(status(page('Only patients may complain.'), 'someone-else')).toBe('fail');
    expect(status(page('Ask for large print or an interpreter.'), 'accessible-formats')).toBe('pass');
    expect(status(page('Read this page.'), 'accessible-formats')).toBe('fail');
  });
});

describe('outdated wording', () => {
  it('flags each phrase, and not a passage that says the change happened', () => {
    expect(flags(page('Complain to Leeds CCG.'))).toEqual(['ccg']);
    expect(flags(page('CCGs were replaced by integrated care boards in 2022.'))).toEqual([]);
    expect(flags(page('You can complain to NHS England.'))).toEqual(['nhs-england-primary-care']);
    expect(flags(page('You can complain to NHS England.'), { service: 'hospital' })).toEqual([]);
    expect(flags(page('ICAS can help you.'))).toEqual(['icas']);
    expect(flags(page('ICAS can help you.'), { service: 'gp', postcode: 'M32' })).toEqual([]); // Trafford's service is called ICAS
    expect(flags(page('Complaints must be made within 6 months.'))).toEqual(['six-month-limit']);
    expect(flags(page('Complaints must be made within 6 months.'), { service: 'gp', nation: 'scotland' })).toEqual([]);
    expect(flags(page('Contact the Local Government Ombudsman.'), { service: 'care-home', funding: 'self' })).toEqual(['local-government-ombudsman']);
    expect(flags(page('Contact the LGSCO.'))).toEqual(['wrong-ombudsman']);
    expect(flags(page('Contact the PHSO.'))).toEqual([]);
  });
});

describe('fixture pages', () => {
  it('a current GP page passes everything and names the local bodies', () => {
    const result = run(fixture('gp-current.html'), LEEDS_GP);
    expect(result.summary).toEqual({ passed: 11, applicable: 11, read: 'read' });
    expect(result.outdated).toEqual([]); // "CCG" in its script and footer is not content
  });

  it('a stale GP page gets a short list of what to fix', () => {
    const result = run(fixture('gp-stale.html'), LEEDS_GP);
    expect(result.outdated.map((o) => o.id).sort()).toEqual(['ccg', 'icas', 'local-government-ombudsman', 'nhs-england-primary-care', 'six-month-limit', 'wrong-ombudsman']);
    expect(result.items.filter((i) => i.status === 'pass').map((i) => i.id)).toEqual(['contact-details']);
    expect(result.items.find((i) => i.id === 'advocacy')?.status).toBe('warn');
  });

  it('a trust, a care home and a council page', () => {
    expect(run(fixture('trust.html'), { service: 'hospital' }).summary).toEqual({ passed: 11, applicable: 11, read: 'read' });
    const home = run(fixture('care-home.html'), { service: 'care-home', funding: 'self', postcode: 'LS2 9JT' });
    expect(home.summary.applicable).toBe(10);
    expect(home.items.filter((i) => i.status === 'fail').map((i) => i.id)).toEqual(['time-limit', 'accessible-formats']);
    const council = run(fixture('council.html'), { service: 'council-adult-social-care' });
    expect(council.items.find((i) => i.id === 'ombudsman')?.status).toBe('pass');
    expect(council.items.find((i) => i.id === 'time-limit')?.status).toBe('warn');
  });

  it('a PDF warns on every item that applies', () => {
    const result = checkPage(graph, { kind: 'pdf', text: readPlainText('') }, GP, today);
    expect(new Set(result.items.map((i) => i.status))).toEqual(new Set(['warn']));
    expect(result.summary.passed).toBe(0);
  });
});
