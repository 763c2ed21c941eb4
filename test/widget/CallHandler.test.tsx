import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type JourneyRequest, type Plan } from '../../widget/api.js';
import CallHandler from '../../widget/handler/CallHandler.js';
import { handlerPlan, handlerQuestions } from './fixtures.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup(fetchPlan = vi.fn(async (_request: JourneyRequest, _signal?: AbortSignal): Promise<Plan> => handlerPlan), extra = {}) {
  const findAreas = vi.fn(async () => ({ candidates: [{ code: 'E10000024', name: 'Nottinghamshire', share: 0.6 }, { code: 'E10000007', name: 'Derbyshire', share: 0.4 }] }));
  render(<CallHandler api="https://x.example" fetchPlan={fetchPlan} loadQuestions={async () => handlerQuestions} findAreas={findAreas} debounceMs={10} {...extra} />);
  return { fetchPlan, findAreas };
}

const sentAnswers = (fetchPlan: ReturnType<typeof vi.fn>) => (fetchPlan.mock.calls.at(-1)![0] as JourneyRequest).answers;
const radio = (question: string, value: string) => document.querySelector<HTMLInputElement>(`input[name="h-${question}"][value="${value}"]`)!;
const fieldset = (question: string) => document.querySelector(`fieldset[data-question="${question}"]`);
const press = (init: KeyboardEventInit) => fireEvent.keyDown(document.activeElement ?? document.body, init);

describe('CallHandler', () => {
  it('shows every question that applies, with its words to read aloud and numbered options, and the plan beside them', async () => {
    const { fetchPlan } = setup();
    // The first render also loads the screen's modules, which can take more than a second on a busy machine.
    await screen.findByRole('heading', { level: 3, name: /What we don't know yet/ }, { timeout: 5000 });
    const legends = [...document.querySelectorAll('fieldset[data-question] legend')].map((l) => l.textContent);
    expect(legends).toEqual([
      '1. Which country was the care or service in?', '2. What kind of care or service is your complaint about?', '3. What is your complaint about?',
      '4. Have you already complained?', '5. When did it happen? (optional)', '6. Who is the complaint for? (optional)',
    ]);
    expect(fieldset('nation')?.textContent).toContain('Ask: Which country was the care in?');
    expect(fieldset('nation')?.getAttribute('aria-describedby')).toBe('cs-h-nation-prompt');
    // The number to press is part of each option's name, as it is seen.
    expect(screen.getByLabelText('1 England')).toBe(radio('nation', 'england'));
    expect(fetchPlan).toHaveBeenCalledTimes(1);
    expect(sentAnswers(fetchPlan)).toEqual({});
    expect(screen.getAllByText(/Read aloud:/)[0]!.parentElement?.textContent).toContain('You can complain to your care home, by 3 March 2027.');
    expect(document.activeElement).toBe(document.body);
  });

  it('shows a question as soon as the answers make it apply, says so, and asks for a new plan once', async () => {
    const { fetchPlan } = setup();
    await screen.findByText('Up to date');
    fireEvent.click(screen.getByLabelText(/ England$/));
    fireEvent.click(screen.getByLabelText(/ Dentist$/));
    fireEvent.click(screen.getByLabelText(/ Care home or nursing home$/));
    expect(fieldset('funding')).toBeTruthy();
    expect(fieldset('postcode')).toBeTruthy();
    expect(document.querySelector('[role="status"].cs-visually-hidden')?.textContent).toContain('New question: Who paid for the care?');
    await waitFor(() => expect(fetchPlan).toHaveBeenCalledTimes(2));
    expect(sentAnswers(fetchPlan)).toEqual({ nation: 'england', service: 'care-home' });
  });

  it('prompts about safety when poor care in a care service may be neglect, and adds it to what went wrong', async () => {
    const { fetchPlan } = setup();
    await screen.findByText('Up to date');
    fireEvent.click(screen.getByLabelText(/ England$/));
    fireEvent.click(screen.getByLabelText(/ Care home or nursing home$/));
    fireEvent.click(screen.getByLabelText(/ Care or treatment$/));
    const add = await screen.findByRole('button', { name: 'Add "Abuse or neglect" to what went wrong' });
    expect(screen.getByRole('heading', { level: 3, name: 'Ask about safety' })).toBeTruthy();
    fireEvent.click(add);
    await waitFor(() => expect(sentAnswers(fetchPlan).concern).toEqual(['care-or-treatment', 'abuse-or-neglect']));
    expect(screen.queryByRole('heading', { name: 'Ask about safety' })).toBeNull();
  });

  it('ignores a plan that arrives after a newer one was asked for', async () => {
    const slow = deferred<Plan>();
    const newer: Plan = { ...handlerPlan, summary: 'The newer plan.' };
    let call = 0;
    const fetchPlan = vi.fn(async () => {
      call++;
      if (call === 2) return slow.promise;
      return call === 1 ? handlerPlan : newer;
    });
    setup(fetchPlan);
    await screen.findByText('Up to date');
    fireEvent.click(screen.getByLabelText(/ Wales$/));
    await waitFor(() => expect(fetchPlan).toHaveBeenCalledTimes(2));
    expect((fetchPlan.mock.calls[1] as unknown as [JourneyRequest, AbortSignal])[1].aborted).toBe(false);
    fireEvent.click(screen.getByLabelText(/ Scotland$/));
    await screen.findByText('The newer plan.');
    // The second request was cancelled when the third went out; if its answer still comes, it is ignored.
    expect((fetchPlan.mock.calls[1] as unknown as [JourneyRequest, AbortSignal])[1].aborted).toBe(true);
    await act(async () => {
      slow.resolve({ ...handlerPlan, summary: 'The stale plan.' });
      await wait(20);
    });
    expect(screen.queryByText('The stale plan.')).toBeNull();
    expect(screen.getByText('The newer plan.')).toBeTruthy();
  });

  it('chooses options with number keys, two quick numbers for long lists, and moves with Alt+J and Alt+K', async () => {
    setup();
    await screen.findByText('Up to date');
    press({ key: 'j', code: 'KeyJ', altKey: true });
    expect(document.activeElement).toBe(radio('nation', 'england'));
    press({ key: '2' });
    expect(radio('nation', 'wales').checked).toBe(true);
    expect(document.activeElement).toBe(radio('nation', 'wales'));

    press({ key: 'j', code: 'KeyJ', altKey: true });
    expect(document.activeElement).toBe(radio('service', 'gp'));
    press({ key: '1' });
    press({ key: '2' });
    expect(radio('service', 'other').checked).toBe(true);
    // 1 then 5 is not an option of 12: option 1, then option 5.
    press({ key: '1' });
    press({ key: '5' });
    expect(radio('service', 'home-care').checked).toBe(true);
    // A lone 1 waits a moment for a second number, then chooses option 1.
    press({ key: '1' });
    await waitFor(() => expect(radio('service', 'gp').checked).toBe(true));

    press({ key: 'k', code: 'KeyK', altKey: true });
    expect(document.activeElement).toBe(radio('nation', 'wales'));
    press({ key: 'Delete' });
    expect(radio('nation', 'wales').checked).toBe(false);
  });

  it('ticks and unticks with number keys, and leaves numbers typed in a date alone', async () => {
    const { fetchPlan } = setup();
    await screen.findByText('Up to date');
    fireEvent.focus(radio('concern', 'care-or-treatment'));
    radio('concern', 'care-or-treatment').focus();
    press({ key: '1' });
    press({ key: '3' });
    expect([...document.querySelectorAll<HTMLInputElement>('input[name="h-concern"]:checked')].map((i) => i.value)).toEqual(['care-or-treatment', 'abuse-or-neglect']);
    press({ key: '1' });
    expect([...document.querySelectorAll<HTMLInputElement>('input[name="h-concern"]:checked')].map((i) => i.value)).toEqual(['abuse-or-neglect']);

    const day = screen.getByLabelText('Day (if you know it)');
    day.focus();
    press({ key: '3' });
    fireEvent.input(day, { target: { value: '3' } });
    fireEvent.input(screen.getByLabelText('Month'), { target: { value: '3' } });
    fireEvent.input(screen.getByLabelText('Year'), { target: { value: '2026' } });
    expect(radio('stage', 'final-response').checked).toBe(false);
    await waitFor(() => expect(sentAnswers(fetchPlan)).toEqual({ concern: ['abuse-or-neglect'], when: '2026-03-03' }));
  });

  it('says what is wrong with a date once focus leaves it, not while typing', async () => {
    setup();
    await screen.findByText('Up to date');
    const month = screen.getByLabelText('Month');
    fireEvent.input(month, { target: { value: '13' } });
    expect(fieldset('when')?.querySelector('.cs-error-message')).toBeNull();
    // A real focusout: @testing-library/preact's focusOut is named for a handler jsdom does not have.
    await act(() => {
      month.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: radio('who', 'me') }));
    });
    expect(fieldset('when')?.querySelector('.cs-error-message')?.textContent).toContain('Enter the year');
  });

  it("links each thing we don't know yet to its question", async () => {
    setup(undefined);
    fireEvent.click(await screen.findByLabelText(/ England$/));
    fireEvent.click(screen.getByLabelText(/ Care home or nursing home$/));
    const hint = await screen.findByRole('button', { name: /Who paid for the care/ });
    expect(hint.closest('li')?.textContent).toContain("Who paid for the care decides which ombudsman can help at the end. For now we have assumed: I'm not sure.");
    fireEvent.click(hint);
    expect(document.activeElement).toBe(radio('funding', 'nhs'));
    press({ key: 'u', code: 'KeyU', altKey: true });
    expect(document.activeElement?.textContent).toBe("What we don't know yet");
    press({ key: 'p', code: 'KeyP', altKey: true });
    expect(document.activeElement?.textContent).toBe('Plan');
  });

  it('copies the summary with Alt+C, or shows it selected when the clipboard cannot be used', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    setup();
    await screen.findByText('Up to date');
    press({ key: 'c', code: 'KeyC', altKey: true });
    await screen.findByText('Summary copied. It holds no name or contact details of the caller.');
    expect(writeText.mock.calls[0]![0]).toContain('Data version 2026-11-26.abc123.');

    writeText.mockRejectedValue(new Error('denied'));
    fireEvent.click(screen.getByRole('button', { name: /Copy summary/ }));
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Summary for your case notes');
    expect(box.value).toContain('Complaint signposting: case notes');
    expect(document.activeElement).toBe(box);
    expect(box.selectionEnd - box.selectionStart).toBe(box.value.length);
  });

  it('shows the shortcuts with ?, but not while typing', async () => {
    setup();
    await screen.findByText('Up to date');
    const panel = document.getElementById('cs-h-shortcuts')!;
    expect(panel.hidden).toBe(true);
    const button = screen.getByRole('button', { name: /Show keyboard shortcuts/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    screen.getByLabelText('Year').focus();
    press({ key: '?' });
    expect(panel.hidden).toBe(true);
    radio('who', 'me').focus();
    press({ key: '?' });
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toContain('Alt + J');
    expect(screen.getByRole('button', { name: /Hide keyboard shortcuts/ }).getAttribute('aria-expanded')).toBe('true');
  });

  it('says which answer the service could not use, with the answers it would take', async () => {
    const fetchPlan = vi.fn(async (request: JourneyRequest) => {
      if (request.answers.funding === 'council') throw new ApiError(400, 'value_not_offered', 'Not offered', 'funding', ['nhs', 'self']);
      return handlerPlan;
    });
    setup(fetchPlan);
    fireEvent.click(await screen.findByLabelText(/ Dentist$/));
    fireEvent.click(screen.getByLabelText(/ The council arranged it$/));
    const alert = await screen.findByText(/does not fit the other answers/);
    expect(alert.textContent).toContain('Choose The NHS, or The person paid.');
    fireEvent.click(screen.getByRole('button', { name: 'Go to the question: Who paid for the care?' }));
    expect(document.activeElement).toBe(radio('funding', 'council'));
  });

  it('asks which council when the plan says the postcode is near a boundary', async () => {
    const open: Plan = { ...handlerPlan, unknowns: [{ question: 'area', text: 'The council area decides your local services.' }] };
    const { findAreas } = setup(vi.fn(async () => open));
    fireEvent.click(await screen.findByLabelText(/ England$/));
    fireEvent.input(screen.getByLabelText('Postcode'), { target: { value: 'ng20' } });
    await waitFor(() => expect(findAreas).toHaveBeenCalledWith('NG20'));
    fireEvent.click(await screen.findByLabelText(/ Nottinghamshire$/));
    expect(radio('area', 'E10000024').checked).toBe(true);
  });

  it('says so when the council areas cannot be looked up', async () => {
    const open: Plan = { ...handlerPlan, unknowns: [{ question: 'area', text: 'The council area decides your local services.' }] };
    setup(vi.fn(async () => open), { findAreas: vi.fn().mockRejectedValue(new Error('offline')) });
    fireEvent.click(await screen.findByLabelText(/ England$/));
    fireEvent.input(screen.getByLabelText('Postcode'), { target: { value: 'NG20' } });
    await screen.findByText(/We could not look up the council areas for this postcode/);
  });

  it('offers to try again when the questions cannot be loaded', async () => {
    const loadQuestions = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(handlerQuestions);
    render(<CallHandler api="https://x.example" fetchPlan={async () => handlerPlan} loadQuestions={loadQuestions} debounceMs={10} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Questions' });
  });
});

describe('CallHandler: "Which hospital or NHS service?"', () => {
  const providerQuestion = {
    id: 'provider', kind: 'provider' as const, text: 'Which hospital or NHS service?', optional: true, options: [],
    prompt: 'Which hospital or NHS service was it?', askWhen: { service: ['hospital'] },
  };

  it('asks it once the service is a hospital, and sends the place chosen from the type-ahead', async () => {
    const findProviders = vi.fn(async () => [{
      id: 'RR8:leeds-general-infirmary', name: 'Leeds General Infirmary', kind: 'hospital', nation: 'england',
      organisation: { id: 'RR8', name: 'Leeds Teaching Hospitals NHS Trust' }, town: 'Leeds', matched: 'LGI',
    }]);
    const fetchPlan = vi.fn(async (_request: JourneyRequest, _signal?: AbortSignal): Promise<Plan> => handlerPlan);
    render(<CallHandler api="https://x.example" fetchPlan={fetchPlan} loadQuestions={async () => [...handlerQuestions.slice(0, 2), providerQuestion, ...handlerQuestions.slice(2)]} findProviders={findProviders} debounceMs={10} />);
    await screen.findByText('Up to date', {}, { timeout: 5000 });
    expect(fieldset('provider')).toBeNull();
    fireEvent.click(screen.getByLabelText(/ England$/));
    fireEvent.click(screen.getByLabelText(/ Hospital$/));
    const box = await screen.findByRole('combobox', { name: 'Name of the hospital or service' });
    expect(fieldset('provider')?.textContent).toContain('Ask: Which hospital or NHS service was it?');
    fireEvent.input(box, { target: { value: 'lgi' } });
    const option = await screen.findByRole('option', { name: /Leeds General Infirmary/ });
    expect(findProviders).toHaveBeenCalledWith('lgi', 'england', expect.any(AbortSignal));
    fireEvent.click(option);
    await waitFor(() => expect(sentAnswers(fetchPlan)).toMatchObject({ nation: 'england', service: 'hospital', provider: 'RR8:leeds-general-infirmary' }));
    expect((box as HTMLInputElement).value).toBe('Leeds General Infirmary');
  });
});
