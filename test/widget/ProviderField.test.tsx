// "Which hospital or NHS service?": the type-ahead as a screen reader and a keyboard user meet it (ARIA 1.2 combobox),
// with the providers search stubbed at the client's edge.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProviderResult, Question } from '../../widget/api.js';
import { QuestionStep } from '../../widget/components/QuestionStep.js';

afterEach(cleanup);

const providerQuestion: Question = {
  id: 'provider', kind: 'provider', text: 'Which hospital or NHS service?', optional: true, options: [],
  hint: 'Start typing its name, such as St James\'s or the LGI. If you are not sure, choose "I don\'t know".',
};
const LEEDS = { id: 'RR8', name: 'Leeds Teaching Hospitals NHS Trust' };
const RESULTS: ProviderResult[] = [
  { id: 'RR8:st-jamess-university-hospital', name: "St James's University Hospital", kind: 'hospital', nation: 'england', organisation: LEEDS, town: 'Leeds', matched: "Jimmy's" },
  { id: 'RR8:leeds-general-infirmary', name: 'Leeds General Infirmary', kind: 'hospital', nation: 'england', organisation: LEEDS, town: 'Leeds' },
];

function setUp() {
  const findProviders = vi.fn(async (query: string) => (query.toLowerCase().startsWith('zz') ? [] : RESULTS));
  const onAnswer = vi.fn();
  render(<QuestionStep question={providerQuestion} moveFocus={false} onAnswer={onAnswer} findProviders={findProviders} nation="england" />);
  const box = screen.getByRole('combobox', { name: 'Name of the hospital or service' });
  return { findProviders, onAnswer, box };
}

const type = (box: HTMLElement, text: string) => fireEvent.input(box, { target: { value: text } });

describe('ProviderField', () => {
  it('is a combobox that controls a listbox, collapsed until there are matches', () => {
    const { box } = setUp();
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById(box.getAttribute('aria-controls')!);
    expect(list?.getAttribute('role')).toBe('listbox');
  });

  it('searches in the nation answered, says how many matches, and lists them with who runs them', async () => {
    const { box, findProviders } = setUp();
    type(box, 'jim');
    await waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    expect(findProviders).toHaveBeenCalledWith('jim', 'england', expect.any(AbortSignal));
    expect(screen.getByRole('status').textContent).toBe('2 matches. Use the up and down arrow keys to choose one.');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      "St James's University HospitalAlso called Jimmy's. Leeds. Run by Leeds Teaching Hospitals NHS Trust",
      'Leeds General InfirmaryLeeds. Run by Leeds Teaching Hospitals NHS Trust',
    ]);
  });

  it('chooses by keyboard: arrows move the active option, Enter chooses it, Continue sends its id', async () => {
    const { box, onAnswer } = setUp();
    type(box, 'leeds');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]!.id);
    expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('Chosen: Leeds General Infirmary.');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).toHaveBeenCalledWith('RR8:leeds-general-infirmary');
  });

  it('closes the list with Escape, keeping what was typed', async () => {
    const { box } = setUp();
    type(box, 'leeds');
    await waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect((box as HTMLInputElement).value).toBe('leeds');
  });

  it('says when nothing matches, and asks for a choice from the list rather than sending what was typed', async () => {
    const { box, onAnswer } = setUp();
    type(box, 'zzqx');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^No matches/));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Choose a hospital or service from the list');
  });

  it('always offers "I don\'t know", which keeps today\'s route', () => {
    const { onAnswer } = setUp();
    fireEvent.click(screen.getByRole('button', { name: "I don't know" }));
    expect(onAnswer).toHaveBeenCalledWith('');
  });
});
