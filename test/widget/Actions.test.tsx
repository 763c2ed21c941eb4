import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Actions } from '../../widget/components/Actions.js';
import { planEmail, planToText } from '../../widget/plan-text.js';
import { plan } from './fixtures.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('Actions', () => {
  it('copies the plan as text and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<Actions plan={plan} answers={{ nation: 'england', service: 'gp' }} onStartAgain={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Copied'));
    expect(writeText).toHaveBeenCalledWith(planToText(plan, 'england'));
  });

  it('says kindly when copying does not work', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    render(<Actions plan={plan} answers={{ nation: 'england', service: 'gp' }} onStartAgain={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('copying did not work'));
  });

  it('emails the brief through a mailto: link under 2,000 characters: headline, first step, date and a link to the full plan', () => {
    render(<Actions plan={plan} answers={{ nation: 'england', service: 'gp' }} onStartAgain={() => {}} />);
    const href = screen.getByRole('link', { name: 'Email to myself' }).getAttribute('href')!;
    expect(href.startsWith('mailto:?subject=My%20complaint%20plan&body=')).toBe(true);
    expect(href.length).toBeLessThan(2000);
    const body = decodeURIComponent(href.split('&body=')[1]!).replace(/\r\n/g, '\n');
    expect(body).toContain(`First: ${plan.headline!.text}`);
    expect(body).toContain('Deadline: 1 October 2027.');
    expect(body).toContain(`${location.origin}/start?nation=england&service=gp`);
    expect(body).toContain('If someone is in danger now, call 999');
  });

  it('keeps the email under 2,000 characters however long the plan, keeping the headline and the link', () => {
    const long = 'A very long step. '.repeat(150);
    const steps = plan.steps.map((step) => ({ ...step, short: { ...step.short, text: long } }));
    const href = planEmail({ ...plan, steps }, 'https://signpost.example/start?service=gp');
    expect(href.length).toBeLessThan(2000);
    expect(decodeURIComponent(href)).toContain('https://signpost.example/start?service=gp');
  });

  it('opens every "More about this" section for any print, and closes them again after', () => {
    const { container } = render(
      <div class="cs">
        <details><summary>More</summary>Text</details>
        <details open><summary>Open</summary>Text</details>
        <Actions plan={plan} answers={{}} onStartAgain={() => {}} />
      </div>,
    );
    const [closed, open] = [...container.querySelectorAll('details')];
    window.dispatchEvent(new Event('beforeprint'));
    expect([closed!.open, open!.open]).toEqual([true, true]);
    window.dispatchEvent(new Event('afterprint'));
    expect([closed!.open, open!.open]).toEqual([false, true]);
  });

  it('prints, and starts again', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const onStartAgain = vi.fn();
    render(<Actions plan={plan} answers={{ nation: 'england', service: 'gp' }} onStartAgain={onStartAgain} />);
    fireEvent.click(screen.getByRole('button', { name: 'Print this plan' }));
    expect(print).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(onStartAgain).toHaveBeenCalled();
  });
});
