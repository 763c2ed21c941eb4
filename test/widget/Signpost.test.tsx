import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type JourneyRequest, type JourneyResponse, type Question } from '../../widget/api.js';
import { Signpost } from '../../widget/components/Signpost.js';
import LetterWriter from '../../widget/letter/LetterWriter.js';
import { concernQuestion, plan, postcodeQuestion, serviceQuestion, whenQuestion } from './fixtures.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  sessionStorage.clear();
});

const QUESTIONS = [serviceQuestion, concernQuestion, whenQuestion, postcodeQuestion];

/** A stand-in for the API: asks the first unanswered question, then gives the plan. */
function fakeApi(fail?: (request: JourneyRequest) => ApiError | undefined) {
  return vi.fn(async (request: JourneyRequest): Promise<JourneyResponse> => {
    const failure = fail?.(request);
    if (failure) throw failure;
    const remaining = QUESTIONS.filter((q) => !(q.id in request.answers));
    const next = remaining[0];
    return next
      ? { status: 'question', question: next, progress: { answered: QUESTIONS.length - remaining.length, remainingAtMost: remaining.length } }
      : { status: 'plan', plan };
  });
}

const heading = (question: Question) => screen.findByRole('heading', { level: 2, name: question.text });
const choose = (label: string) => fireEvent.click(screen.getByLabelText(label));
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
const lastAnswers = (api: ReturnType<typeof fakeApi>) => api.mock.calls.at(-1)![0].answers;
/** A site's presets are confirmed on the first screen before they are used. */
async function confirmPresets(answer = 'Yes') {
  fireEvent.click(await screen.findByLabelText(answer));
  next();
}

describe('Signpost', () => {
  it('starts with the safety line and the first question, without taking focus from the host page', async () => {
    const api = fakeApi();
    render(<Signpost fetchJourney={api} presets={{}} />);
    expect(screen.getByText(/If someone is in danger now/)).toBeTruthy();
    await heading(serviceQuestion);
    expect(document.activeElement).toBe(document.body);
    expect(screen.getByText('Question 1').getAttribute('aria-live')).toBe('polite');
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('sends the presets and the provider, and never asks what the site already said', async () => {
    const api = fakeApi();
    const provider = { name: 'Riverside Surgery', service: 'gp' };
    render(<Signpost fetchJourney={api} presets={{ service: 'gp' }} provider={provider} />);
    await confirmPresets();
    await heading(concernQuestion);
    expect(api).toHaveBeenCalledWith({ answers: { service: 'gp' }, context: { provider } });
    expect(screen.getByText('Question 1')).toBeTruthy();
  });

  it('moves focus to each new heading and announces progress', async () => {
    render(<Signpost fetchJourney={fakeApi()} presets={{}} />);
    await heading(serviceQuestion);
    choose('Hospital');
    next();
    const focused = await heading(concernQuestion);
    expect(document.activeElement).toBe(focused);
    expect(screen.getByText('Question 2')).toBeTruthy();
  });

  it('keeps every answer when going back, and keeps later answers when an earlier one changes', async () => {
    const api = fakeApi();
    render(<Signpost fetchJourney={api} presets={{}} />);
    await heading(serviceQuestion);
    choose('Hospital');
    next();
    await heading(concernQuestion);
    choose('Staff attitude');
    next();
    await heading(whenQuestion);

    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    const focused = await heading(concernQuestion);
    expect(document.activeElement).toBe(focused);
    expect(screen.getByLabelText('Staff attitude')).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await heading(serviceQuestion);
    expect(screen.getByLabelText('Hospital')).toHaveProperty('checked', true);

    choose('GP practice');
    next();
    await heading(concernQuestion);
    // Only answers up to this screen are sent, so the journey walks forward again with the later answers filled in.
    expect(lastAnswers(api)).toEqual({ service: 'gp' });
    expect(screen.getByLabelText('Staff attitude')).toHaveProperty('checked', true);
    next();
    await heading(whenQuestion);
    expect(lastAnswers(api)).toEqual({ service: 'gp', concern: ['staff-attitude'] });
  });

  it('shows the plan, with ways back into the journey', async () => {
    const api = fakeApi();
    render(<Signpost fetchJourney={api} presets={{ service: 'gp' }} />);
    await confirmPresets();
    await heading(concernQuestion);
    choose('Care or treatment');
    next();
    await heading(whenQuestion);
    fireEvent.click(screen.getByRole('button', { name: 'Skip this question' }));
    await heading(postcodeQuestion);
    fireEvent.input(screen.getByLabelText('Postcode'), { target: { value: 'ls1 4ap' } });
    next();
    const planHeading = await screen.findByRole('heading', { name: 'Your plan' });
    expect(document.activeElement).toBe(planHeading);
    expect(lastAnswers(api)).toEqual({ service: 'gp', concern: ['care-or-treatment'], when: '', postcode: 'LS1 4AP' });

    // Check your answers: one Change, then straight back to the summary, not through the later questions.
    fireEvent.click(screen.getByRole('button', { name: 'Check or change your answers' }));
    await screen.findByRole('heading', { name: 'Check your answers' });
    fireEvent.click(screen.getByRole('button', { name: `Change your answer to: ${concernQuestion.text}` }));
    await heading(concernQuestion);
    expect(screen.getByLabelText('Care or treatment')).toHaveProperty('checked', true);
    choose('Staff attitude');
    next();
    const check = await screen.findByRole('heading', { name: 'Check your answers' });
    expect(document.activeElement).toBe(check);
    expect(lastAnswers(api)).toEqual({ service: 'gp', concern: ['care-or-treatment', 'staff-attitude'], when: '', postcode: 'LS1 4AP' });
    expect(screen.getByText('Care or treatment, Staff attitude')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'See your plan' }));
    await screen.findByRole('heading', { name: 'Your plan' });

    // Back is the browser's Back: the summary again, then the question changed.
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { name: 'Check your answers' });
  });

  it('after a change, asks a question that now applies before going back to the summary', async () => {
    const funding = { ...serviceQuestion, id: 'funding', text: 'Who paid for the care?', options: [{ value: 'nhs', label: 'The NHS' }] };
    const api = vi.fn(async (request: JourneyRequest): Promise<JourneyResponse> => {
      const { answers } = request;
      if (!answers.service) return { status: 'question', question: serviceQuestion, progress: { answered: 0, remainingAtMost: 2 } };
      if (answers.service === 'hospital' && !answers.funding) return { status: 'question', question: funding, progress: { answered: 1, remainingAtMost: 1 } };
      return { status: 'plan', plan };
    });
    render(<Signpost fetchJourney={api} presets={{}} />);
    await heading(serviceQuestion);
    choose('GP practice');
    next();
    fireEvent.click(await screen.findByRole('button', { name: 'Check or change your answers' }));
    fireEvent.click(await screen.findByRole('button', { name: `Change your answer to: ${serviceQuestion.text}` }));
    await heading(serviceQuestion);
    choose('Hospital');
    next();
    await heading(funding);
    choose('The NHS');
    next();
    await screen.findByRole('heading', { name: 'Check your answers' });
    expect(screen.getByText('The NHS')).toBeTruthy();
  });

  it('makes each screen a step in the browser history: Back and Forward keep every answer', async () => {
    render(<Signpost fetchJourney={fakeApi()} presets={{}} />);
    await heading(serviceQuestion);
    choose('Hospital');
    next();
    await heading(concernQuestion);
    choose('Staff attitude');
    next();
    await heading(whenQuestion);
    history.back();
    await heading(concernQuestion);
    expect(screen.getByLabelText('Staff attitude')).toHaveProperty('checked', true);
    history.back();
    await heading(serviceQuestion);
    expect(screen.getByLabelText('Hospital')).toHaveProperty('checked', true);
    history.forward();
    await heading(concernQuestion);
    history.forward();
    await heading(whenQuestion);
  });

  it('comes back to the same screen after a reload, from this tab\'s sessionStorage only', async () => {
    const setLocal = vi.spyOn(localStorage, 'setItem');
    const cookie = vi.spyOn(document, 'cookie', 'set');
    const first = render(<Signpost fetchJourney={fakeApi()} presets={{}} />);
    await heading(serviceQuestion);
    choose('Hospital');
    next();
    await heading(concernQuestion);
    first.unmount();
    render(<Signpost fetchJourney={fakeApi()} presets={{}} />);
    await heading(concernQuestion);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await heading(serviceQuestion);
    expect(screen.getByLabelText('Hospital')).toHaveProperty('checked', true);
    expect(setLocal).not.toHaveBeenCalled();
    expect(cookie).not.toHaveBeenCalled();
  });

  it('with remember off keeps nothing in storage, and with history off adds nothing to the browser history', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const pushState = vi.spyOn(history, 'pushState');
    render(<Signpost fetchJourney={fakeApi()} presets={{}} history={false} remember={false} />);
    await heading(serviceQuestion);
    choose('Hospital');
    next();
    await heading(concernQuestion);
    expect(setItem).not.toHaveBeenCalled();
    expect(pushState).not.toHaveBeenCalled();
    // Back still works, inside the widget.
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await heading(serviceQuestion);
  });

  it('says calmly when the service cannot be reached, keeps the answer, and tries again', async () => {
    let offline = false;
    const api = fakeApi(() => (offline ? new ApiError(0, 'network', 'offline') : undefined));
    render(<Signpost fetchJourney={api} presets={{}} />);
    await heading(serviceQuestion);
    offline = true;
    choose('Dentist');
    next();
    const alert = await screen.findByText(/We could not connect to the service/);
    expect(document.activeElement).toBe(alert.closest('[role=alert]'));
    expect(screen.getByLabelText('Dentist')).toHaveProperty('checked', true);
    offline = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await heading(concernQuestion);
    expect(screen.queryByText(/We could not connect/)).toBeNull();
  });

  it('tells people nicely when a postcode is not known', async () => {
    const api = fakeApi((request) =>
      request.answers.postcode === 'ZZ9 9ZZ' ? new ApiError(404, 'postcode_not_found', 'Postcode not found', 'postcode') : undefined,
    );
    render(<Signpost fetchJourney={api} presets={{ service: 'gp', concern: ['other'], when: '' }} />);
    await confirmPresets();
    await heading(postcodeQuestion);
    fireEvent.input(screen.getByLabelText('Postcode'), { target: { value: 'zz99zz' } });
    next();
    await screen.findByText(/We could not find that postcode/, { selector: '.cs-error-message' });
    expect(document.activeElement?.getAttribute('role')).toBe('alert');
  });

  it('asks a question itself when the site gave an answer the API does not accept', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const api = fakeApi((request) =>
      request.answers.service === 'spaceship' ? new ApiError(400, 'invalid_answer', 'No such service', 'service') : undefined,
    );
    render(<Signpost fetchJourney={api} presets={{ service: 'spaceship' }} />);
    await confirmPresets();
    await heading(serviceQuestion);
    expect(lastAnswers(api)).toEqual({});
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the service attribute "spaceship"'));
  });

  it('checks the site\'s answers against the questions, and names the allowed values of one it does not know', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const api = fakeApi();
    render(<Signpost fetchJourney={api} fetchQuestions={async () => QUESTIONS} presets={{ service: 'gpp' }} />);
    await heading(serviceQuestion);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/the service attribute "gpp".*Allowed values: gp, hospital, dentist/));
    expect(lastAnswers(api)).toEqual({});
  });

  it('confirms the site\'s answers first; "No" asks every question, without the site\'s name', async () => {
    const api = fakeApi();
    const provider = { name: 'Riverside Surgery', service: 'gp' };
    render(<Signpost fetchJourney={api} fetchQuestions={async () => QUESTIONS} presets={{ service: 'gp' }} provider={provider} />);
    await screen.findByRole('heading', { level: 2, name: 'Is your complaint about Riverside Surgery?' });
    expect(screen.getByText('This website set up this help for: GP practice.')).toBeTruthy();
    expect(api).not.toHaveBeenCalled();
    await confirmPresets("No, it's about something else");
    await heading(serviceQuestion);
    expect(api).toHaveBeenCalledWith({ answers: {}, context: undefined });
    choose('Hospital');
    next();
    await heading(concernQuestion);
    expect(api.mock.calls.at(-1)![0]).toEqual({ answers: { service: 'hospital' }, context: undefined });
    // Back goes all the way to the site's question.
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await heading(serviceQuestion);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 2, name: 'Is your complaint about Riverside Surgery?' });
  });

  it('lists the site\'s answers under "Check your answers", each with a way to change it', async () => {
    const api = fakeApi();
    render(<Signpost fetchJourney={api} fetchQuestions={async () => QUESTIONS} presets={{ service: 'gp', concern: ['other'], when: '', postcode: '' }} />);
    await screen.findByRole('heading', { level: 2, name: 'Is your complaint about GP practice?' });
    await confirmPresets();
    await screen.findByRole('heading', { name: 'Your plan' });
    fireEvent.click(screen.getByRole('button', { name: 'Check or change your answers' }));
    fireEvent.click(await screen.findByRole('button', { name: `Change your answer to: ${serviceQuestion.text}` }));
    await heading(serviceQuestion);
    expect(lastAnswers(api)).toEqual({ concern: ['other'], when: '', postcode: '' });
  });

  it('offers refinements beside the plan, and answering one brings back the plan, updated', async () => {
    const outcome = { ...concernQuestion, id: 'outcome', text: 'What would you like to happen?', optional: true };
    const api = vi.fn(async (request: JourneyRequest): Promise<JourneyResponse> =>
      request.answers.outcome ? { status: 'plan', plan } : { status: 'plan', plan, refinements: [outcome] });
    render(<Signpost fetchJourney={api} presets={{}} />);
    fireEvent.click(await screen.findByRole('button', { name: outcome.text }));
    await heading(outcome);
    expect(screen.queryByText(/^Question/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    fireEvent.click(await screen.findByRole('button', { name: outcome.text }));
    await heading(outcome);
    choose('Staff attitude');
    next();
    await screen.findByRole('heading', { name: 'Your plan' });
    expect(lastAnswers(api)).toEqual({ outcome: ['staff-attitude'] });
    expect(screen.queryByRole('button', { name: outcome.text })).toBeNull();
  });

  it("carries on without the site's provider details if the API refuses them", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const api = fakeApi((request) =>
      request.context?.provider ? new ApiError(400, 'invalid_request', '"context.provider.email" is not valid') : undefined,
    );
    render(<Signpost fetchJourney={api} presets={{}} provider={{ name: 'Riverside Surgery', email: 'not an email' }} />);
    await confirmPresets();
    await heading(serviceQuestion);
    expect(api.mock.calls.at(-1)![0].context).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('provider'));
  });

  it('starts again with nothing filled in', async () => {
    render(<Signpost fetchJourney={fakeApi()} presets={{ service: 'gp', when: '', postcode: '' }} />);
    await confirmPresets();
    await heading(concernQuestion);
    choose('Staff attitude');
    next();
    await screen.findByRole('heading', { name: 'Your plan' });
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    await confirmPresets();
    const focused = await heading(concernQuestion);
    expect(document.activeElement).toBe(focused);
    expect(screen.getByLabelText('Staff attitude')).toHaveProperty('checked', false);
  });

  it('opens the letter writer from the plan, loaded only then, and comes back to the same place', async () => {
    const loadPart = vi.fn(async () => ({ default: LetterWriter }));
    render(<Signpost fetchJourney={fakeApi()} presets={{ service: 'gp', when: '', postcode: '' }} loadPart={loadPart} />);
    await confirmPresets();
    await heading(concernQuestion);
    choose('Staff attitude');
    next();
    await screen.findByRole('heading', { name: 'Your plan' });
    expect(loadPart).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Help me write my complaint' }));
    const form = await screen.findByRole('heading', { name: 'Write your complaint' });
    expect(loadPart).toHaveBeenCalledWith('letter');
    await waitFor(() => expect(document.activeElement).toBe(form));
    expect(screen.queryByRole('button', { name: 'Change your answers' })).toBeNull();
    fireEvent.input(screen.getByLabelText('What happened?'), { target: { value: 'Kept while I look at the plan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back to your plan' }));
    const button = await screen.findByRole('button', { name: 'Help me write my complaint' });
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    await screen.findByRole('heading', { name: 'Write your complaint' });
    expect(screen.getByLabelText('What happened?')).toHaveProperty('value', 'Kept while I look at the plan');
  });

  it('says kindly when the letter writer cannot be loaded, and tries again', async () => {
    const loadPart = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ default: LetterWriter });
    render(<Signpost fetchJourney={fakeApi()} presets={{ service: 'gp', concern: ['other'], when: '', postcode: '' }} loadPart={loadPart} />);
    await confirmPresets();
    fireEvent.click(await screen.findByRole('button', { name: 'Help me write my complaint' }));
    await screen.findByText(/this part could not be loaded/);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Write your complaint' });
  });

  it('does not offer a letter without a way to load it', async () => {
    render(<Signpost fetchJourney={fakeApi()} presets={{ service: 'gp', concern: ['other'], when: '', postcode: '' }} />);
    await confirmPresets();
    await screen.findByRole('heading', { name: 'Your plan' });
    expect(screen.queryByRole('button', { name: 'Help me write my complaint' })).toBeNull();
  });
});
