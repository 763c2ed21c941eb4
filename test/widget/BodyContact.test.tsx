import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BodyContact } from '../../widget/components/BodyContact.js';
import { gpPractice, phso } from './fixtures.js';

afterEach(cleanup);

describe('BodyContact', () => {
  it('gives the name, a phone link, an email link and a website link that says it opens a new tab', () => {
    render(<BodyContact body={gpPractice} />);
    expect(screen.getByText('Riverside Surgery').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: '0113 496 0000' }).getAttribute('href')).toBe('tel:01134960000');
    expect(screen.getByRole('link', { name: gpPractice.email! }).getAttribute('href')).toBe(`mailto:${gpPractice.email}`);
    const website = screen.getByRole('link', { name: 'Riverside Surgery website (opens in a new tab)' });
    expect(website.getAttribute('href')).toBe(gpPractice.website);
    expect(website.getAttribute('target')).toBe('_blank');
    expect(website.getAttribute('rel')).toBe('noopener');
  });

  it('says when the details were checked, and leaves out what it does not have', () => {
    const { container } = render(<BodyContact body={phso} />);
    expect(container.textContent).toContain('Details checked 1 July 2026');
    expect(container.textContent).not.toContain('Email');
  });

  it('asks the reader to check details we could not confirm, but not for the embedding organisation\'s own', () => {
    const local = { ...phso, id: 'healthwatch-somewhere', name: 'Healthwatch Somewhere', verified: false };
    const { container } = render(<BodyContact body={local} />);
    expect(container.textContent).toContain('We could not confirm these details. Check them on their website before you get in touch.');
    expect(container.textContent).not.toContain('Details checked');
    cleanup();
    const own = render(<BodyContact body={{ ...local, id: 'provider' }} />);
    expect(own.container.textContent).not.toContain('We could not confirm');
  });

  it('says whose details a merged board shows, with the merger date', () => {
    const merged = { ...phso, id: 'icb-E54000069', name: 'NHS Surrey and Sussex Integrated Care Board', role: 'commissioner', verified: false, contactFrom: { name: 'NHS Surrey Heartlands', until: '2026-04-01' } };
    const { container } = render(<BodyContact body={merged} />);
    expect(container.textContent).toContain('These details are from NHS Surrey Heartlands, before it merged on 1 April 2026. Check they still work.');
    expect(container.textContent).toContain('We could not confirm these details.');
  });
});
