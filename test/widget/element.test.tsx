import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { asQuestion, serviceQuestion } from './fixtures.js';

const fetchMock = vi.fn(async () => new Response(JSON.stringify(asQuestion(serviceQuestion)), { status: 200 }));

beforeAll(async () => {
  vi.stubGlobal('fetch', fetchMock);
  await import('../../widget/element.js');
});

afterEach(() => {
  document.body.innerHTML = '';
  // Each test starts a new journey: none kept from the one before in this tab.
  sessionStorage.clear();
  fetchMock.mockClear();
});

async function mount(attributes: Record<string, string>) {
  const element = document.createElement('complaints-signpost');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await waitFor(() => expect(element.shadowRoot?.querySelector('h2')).toBeTruthy());
  const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
  return { element, root: element.shadowRoot!, url, body: init.body ? JSON.parse(init.body as string) : undefined };
}

describe('<complaints-signpost>', () => {
  it('renders into an open shadow root styled by an adopted stylesheet, with no <style> and no style attributes', async () => {
    const { element, root } = await mount({});
    expect(root.mode).toBe('open');
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(root.querySelector('style, [style]')).toBeNull();
    expect(element.children).toHaveLength(0);
    expect(root.querySelector('h2')?.textContent).toBe(serviceQuestion.text);
  });

  it("talks to the page's own origin unless told otherwise", async () => {
    const { url } = await mount({});
    expect(url).toBe(`${location.origin}/api/v1/journey`);
    fetchMock.mockClear();
    document.body.innerHTML = '';
    sessionStorage.clear();
    const other = await mount({ api: 'https://signpost.example/' });
    expect(other.url).toBe('https://signpost.example/api/v1/journey');
  });

  it('confirms nation, service and funding, then sends them as answers, and the provider details as context', async () => {
    const { root, url } = await mount({
      nation: 'england',
      service: 'dentist',
      funding: 'nhs',
      'provider-name': 'Smile Dental',
      'provider-phone': '0113 496 0001',
      'provider-email': 'hello@smile.example',
      'provider-website': 'https://smile.example',
    });
    // First the questions, to name the site's answers in words; nothing is sent until the person says yes.
    expect(url).toMatch(/\/api\/v1\/questions$/);
    await waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Is your complaint about Smile Dental?'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    fireEvent.click(root.querySelector('input[value="yes"]')!);
    await waitFor(() => expect((root.querySelector('input[value="yes"]') as HTMLInputElement).checked).toBe(true));
    fireEvent.click(root.querySelector('button[type="submit"]')!);
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    const body = JSON.parse((fetchMock.mock.calls[1] as unknown as [string, RequestInit])[1].body as string);
    expect(body).toEqual({
      answers: { nation: 'england', service: 'dentist', funding: 'nhs' },
      context: {
        provider: { name: 'Smile Dental', phone: '0113 496 0001', email: 'hello@smile.example', website: 'https://smile.example', service: 'dentist' },
      },
    });
  });

  it('sends no provider without a provider name, and no empty answers', async () => {
    const { body } = await mount({ 'provider-phone': '0113 496 0001', service: '' });
    expect(body).toEqual({ answers: {} });
  });

  it('in mode="call-handler" loads the call handler part instead of starting the journey', async () => {
    const element = document.createElement('complaints-signpost');
    element.setAttribute('mode', 'call-handler');
    document.body.append(element);
    const root = element.shadowRoot!;
    await waitFor(() => expect(root.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Complaints signposting for call handlers'));
    // In tests there is no built part to load, so it says so kindly and offers to try again.
    await waitFor(() => expect(root.textContent).toContain('this part could not be loaded'));
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
