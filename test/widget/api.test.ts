import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createJourneyClient } from '../../widget/api.js';
import { asQuestion, serviceQuestion } from './fixtures.js';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('createJourneyClient', () => {
  it('posts the answers and context as JSON, with no cookies', async () => {
    const fetch = vi.fn().mockResolvedValue(json(200, asQuestion(serviceQuestion)));
    vi.stubGlobal('fetch', fetch);
    const request = { answers: { nation: 'england' }, context: { provider: { name: 'Riverside Surgery' } } };
    await expect(createJourneyClient('https://signpost.example/')(request)).resolves.toMatchObject({ status: 'question' });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('https://signpost.example/api/v1/journey');
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', cache: 'no-store' });
    expect(JSON.parse(init.body)).toEqual(request);
  });

  it('turns an API error into an ApiError with its code and question', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(json(400, { error: { code: 'invalid_answer', message: 'No such service', question: 'service' } })));
    const error = await createJourneyClient('https://x.example')({ answers: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_answer', message: 'No such service', question: 'service' });
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(createJourneyClient('https://x.example')({ answers: {} })).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('copes with an error that is not JSON', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('Too many', { status: 429, statusText: 'Too Many Requests' })));
    await expect(createJourneyClient('https://x.example')({ answers: {} })).rejects.toMatchObject({ status: 429, code: 'unexpected' });
  });
});
