import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { JourneyRequest, JourneyResponse, Plan } from '../../widget/api.js';
import { FollowUpLink } from '../../widget/components/FollowUpLink.js';
import { countEachCall, countFirstPlan, countingAllowed, followUpUrl, planShownSender } from '../../widget/insights.js';
import { registry } from '../../widget/parts.js';

const plan: Plan = { summary: 's', steps: [], warnings: [], area: { code: 'E08000035', name: 'Leeds' }, dataVersion: 'v1' };
const question = { status: 'question', question: { id: 'stage', kind: 'single', text: 't', optional: false, options: [] }, progress: { answered: 1, remainingAtMost: 2 } } as JourneyResponse;
const presets = { service: 'gp' };

describe('when counts may be sent', () => {
  it('never with insights="off", Global Privacy Control or Do Not Track', () => {
    expect(countingAllowed(undefined, { doNotTrack: null })).toBe(true);
    expect(countingAllowed('off', { doNotTrack: null })).toBe(false);
    expect(countingAllowed(undefined, { doNotTrack: null, globalPrivacyControl: true })).toBe(false);
    expect(countingAllowed(undefined, { doNotTrack: '1' })).toBe(false);
  });
});

describe('counting plans shown', () => {
  it('counts the first plan of a journey once, not its refinements, and again after starting again', async () => {
    const responses: JourneyResponse[] = [question, { status: 'plan', plan }, { status: 'plan', plan }, question, { status: 'plan', plan }];
    const send = vi.fn();
    const fetchJourney = countFirstPlan(async () => responses.shift()!, presets, send);
    const ask = (answers: Record<string, string>) => fetchJourney({ answers } as JourneyRequest);
    await ask(presets);
    await ask({ ...presets, stage: 'waiting' });
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(plan, { service: 'gp', stage: 'waiting' });
    // "Change your answers", then the plan again: a refinement.
    await ask({ ...presets, stage: 'no-response' });
    expect(send).toHaveBeenCalledTimes(1);
    // "Start again" sends only the presets: a new journey.
    await ask(presets);
    await ask({ ...presets, stage: 'not-yet' });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('counts a call handler\'s call once, as its plan stood when the next call starts or the page is left', async () => {
    const send = vi.fn();
    const page = new EventTarget();
    const fetchPlan = countEachCall(async () => plan, presets, send, page as unknown as Window);
    await fetchPlan({ answers: presets });
    await fetchPlan({ answers: { ...presets, stage: 'waiting' } });
    await fetchPlan({ answers: { ...presets, stage: 'no-response' } });
    expect(send).not.toHaveBeenCalled();
    await fetchPlan({ answers: presets }); // New call
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(plan, { service: 'gp', stage: 'no-response' });
    page.dispatchEvent(new Event('pagehide'));
    expect(send).toHaveBeenCalledTimes(1);
    await fetchPlan({ answers: { ...presets, stage: 'not-yet' } });
    page.dispatchEvent(new Event('pagehide'));
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('the organisation, from the provider-ods attribute', () => {
  it('is sent as an ODS code, and anything else is left out with a warning', async () => {
    const sent: unknown[] = [];
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
      sent.push(JSON.parse(String(init!.body)));
      return new Response(null, { status: 202 });
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      planShownSender('https://signpost.example', 'public', ' b86001 ')(plan, presets);
      planShownSender('https://signpost.example', 'public', 'Riverside Surgery')(plan, presets);
      expect(sent).toEqual([
        expect.objectContaining({ provider: 'B86001' }),
        expect.not.objectContaining({ provider: expect.anything() }),
      ]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('provider-ods'));
    } finally {
      fetchMock.mockRestore();
      warn.mockRestore();
    }
  });
});

describe('the follow-up link', () => {
  it('carries the country, service and council, never the postcode', () => {
    expect(followUpUrl('https://signpost.example/', plan, { nation: 'england', service: 'gp', postcode: 'LS1 4AP' }))
      .toBe('https://signpost.example/follow-up?nation=england&service=gp&area=E08000035');
  });

  it('is shown under the plan when the service is known', () => {
    registry().service = 'https://signpost.example';
    render(<FollowUpLink plan={plan} answers={{ nation: 'england' }} />);
    const link = screen.getByRole('link', { name: /tell us how your complaint went/ });
    expect(link.getAttribute('href')).toBe('https://signpost.example/follow-up?nation=england&area=E08000035');
  });
});
