import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Actions } from '../../widget/components/Actions.js';
import { planToText } from '../../widget/plan-text.js';
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
    render(<Actions plan={plan} onStartAgain={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Copied'));
    expect(writeText).toHaveBeenCalledWith(planToText(plan));
  });

  it('says kindly when copying does not work', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    render(<Actions plan={plan} onStartAgain={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('copying did not work'));
  });

  it('emails the plan through a mailto: link, sending nothing to the service', () => {
    render(<Actions plan={plan} onStartAgain={() => {}} />);
    const href = screen.getByRole('link', { name: 'Email to myself' }).getAttribute('href')!;
    expect(href.startsWith('mailto:?subject=My%20complaint%20plan&body=')).toBe(true);
    const body = decodeURIComponent(href.split('&body=')[1]!);
    expect(body).toBe(planToText(plan).replace(/\n/g, '\r\n'));
  });

  it('prints, and starts again', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const onStartAgain = vi.fn();
    render(<Actions plan={plan} onStartAgain={onStartAgain} />);
    fireEvent.click(screen.getByRole('button', { name: 'Print this plan' }));
    expect(print).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(onStartAgain).toHaveBeenCalled();
  });
});
