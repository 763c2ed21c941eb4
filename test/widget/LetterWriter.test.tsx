import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Question } from '../../widget/api.js';
import LetterWriter from '../../widget/letter/LetterWriter.js';
import { plan } from './fixtures.js';

const outcome: Question = {
  id: 'outcome', kind: 'multiple', text: 'What would you like to happen?', optional: true,
  options: [{ value: 'explanation', label: 'An explanation of what happened' }, { value: 'apology', label: 'An apology' }, { value: 'change', label: 'Make sure it does not happen to anyone else' }],
};

const fetchSpy = vi.fn();
let blobs: Blob[] = [];
let clicked: HTMLAnchorElement[] = [];

beforeEach(() => {
  blobs = [];
  clicked = [];
  vi.stubGlobal('fetch', fetchSpy);
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:letter';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

function renderWriter(answers = {}, draft = {}) {
  const onBack = vi.fn();
  render(
    <LetterWriter
      plan={plan}
      answers={{ service: 'gp', stage: 'not-yet', when: '2026-09', outcome: ['explanation', 'change'], ...answers }}
      questions={[outcome]}
      draft={draft}
      onBack={onBack}
    />,
  );
  return { onBack };
}

describe('LetterWriter', () => {
  it('takes focus, says nothing leaves the device, and fills in what the answers already say', () => {
    renderWriter();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Write your complaint' }));
    expect(screen.getByText(/What you type stays on this device/)).toBeTruthy();
    expect(screen.getByLabelText('Who are you complaining to?')).toHaveProperty('value', 'Riverside Surgery');
    expect(screen.getByLabelText('When did it happen?')).toHaveProperty('value', 'September 2026');
    expect(screen.getByLabelText('What would you like to happen?')).toHaveProperty('value', 'An explanation of what happened\nMake sure it does not happen to anyone else');
    expect(screen.getByLabelText('Your name').getAttribute('autocomplete')).toBe('name');
    expect(screen.getByLabelText('Me')).toHaveProperty('checked', true);
  });

  it('needs "What happened", and says so GOV.UK style', async () => {
    renderWriter();
    fireEvent.click(screen.getByRole('button', { name: 'Create my letter' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Say what happened');
    expect(screen.getByLabelText('What happened?').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('What happened?').getAttribute('aria-describedby')).toContain('cs-l-happened-error');
  });

  it('says the box was started from the answers only when it was', () => {
    renderWriter();
    expect(screen.getByText(/We have started this from your answers/)).toBeTruthy();
    cleanup();
    renderWriter({ outcome: '' });
    expect(screen.getByLabelText('What would you like to happen?')).toHaveProperty('value', '');
    expect(screen.queryByText(/We have started this from your answers/)).toBeNull();
  });

  it('asks for their name, and for a relationship when the person has died', () => {
    renderWriter({ who: 'someone-else' });
    expect(screen.getByLabelText('Someone else')).toHaveProperty('checked', true);
    expect(screen.getByLabelText('Their name')).toBeTruthy();
    expect(screen.queryByLabelText('Who were they to you?')).toBeNull();
    expect(screen.getByLabelText('How has it affected them, and you?')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Someone who has died'));
    expect(screen.getByLabelText('Who were they to you?')).toBeTruthy();
  });

  it('makes the letter, downloads it as a .txt file from a Blob, and sends nothing', async () => {
    const draft: Record<string, string> = {};
    renderWriter({}, draft);
    type('What happened?', 'I was given the wrong tablets.');
    type('Your name', 'Sam Patel');
    expect(draft.happened).toBe('I was given the wrong tablets.');
    fireEvent.click(screen.getByRole('button', { name: 'Create my letter' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your complaint letter' })));
    const letter = screen.getByRole('region', { name: 'Your letter' }).textContent!;
    expect(letter).toContain('I was given the wrong tablets.');
    expect(letter).toContain('This is a formal complaint under the NHS complaints regulations.');

    fireEvent.click(screen.getByRole('button', { name: 'Download the letter' }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('complaint-letter-2026-11-26.txt');
    expect(clicked[0]!.href).toBe('blob:letter');
    expect(clicked[0]!.isConnected).toBe(false);
    expect(blobs[0]!.type).toBe('text/plain;charset=utf-8');
    expect(await blobs[0]!.text()).toBe(letter.replace(/\n/g, '\r\n'));
    expect(screen.getByRole('status').textContent).toBe('Your letter is downloading as complaint-letter-2026-11-26.txt.');

    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    fireEvent.click(screen.getByRole('button', { name: 'Print the letter' }));
    expect(print).toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('keeps what was typed when coming back', () => {
    const { onBack } = renderWriter({}, { happened: 'Kept from before' });
    expect(screen.getByLabelText('What happened?')).toHaveProperty('value', 'Kept from before');
    fireEvent.click(screen.getByRole('button', { name: 'Back to your plan' }));
    expect(onBack).toHaveBeenCalled();
  });

  it('after a final response, writes to the independent stage and asks who was complained to', () => {
    const final = { ...plan, steps: plan.steps.filter((step) => step.kind !== 'complain') };
    render(<LetterWriter plan={final} answers={{ stage: 'final-response' }} questions={[]} draft={{}} onBack={() => {}} />);
    expect(screen.getByText(/a letter asking Parliamentary and Health Service Ombudsman to look at your complaint/)).toBeTruthy();
    expect(screen.getByLabelText('Who are you writing to?')).toHaveProperty('value', 'Parliamentary and Health Service Ombudsman');
    expect(screen.getByLabelText('Who did you complain to?')).toBeTruthy();
  });
});
