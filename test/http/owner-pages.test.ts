// The pages for website owners, served by the real app: presets read from the query and checked, everything
// escaped, /frame alone frameable, the builder's code and the poster's local numbers.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/http/app.js';
import { readPresets, snippets, startUrl } from '../../server/http/owner-pages.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp();
});
afterAll(() => app.close());

const get = (url: string) => app.inject({ url, headers: { host: 'signpost.example' } });
const RIVERSIDE = 'service=gp&nation=england&provider-name=Riverside%20Surgery&provider-phone=0113%20496%200000';

describe('reading presets from the query', () => {
  it('keeps values the API accepts and drops the rest, so their questions are asked', () => {
    expect(readPresets({
      service: 'gp', nation: 'narnia', funding: 'self', 'provider-name': ' Riverside Surgery ', 'provider-email': 'not an email',
      'provider-website': 'javascript:alert(1)', 'provider-phone': '0113 496 0000', other: 'x',
    })).toEqual({ service: 'gp', funding: 'self', 'provider-name': 'Riverside Surgery', 'provider-phone': '0113 496 0000' });
  });

  it('takes the first of repeated values, and ignores a name too short or too long', () => {
    expect(readPresets({ service: ['dentist', 'gp'], 'provider-name': 'A' })).toEqual({ service: 'dentist' });
    expect(readPresets({ 'provider-name': 'x'.repeat(121) })).toEqual({});
  });

  it('makes the /start address from the presets alone', () => {
    expect(startUrl('https://signpost.example', { service: 'gp', 'provider-name': 'Riverside Surgery' }))
      .toBe('https://signpost.example/start?service=gp&provider-name=Riverside+Surgery');
    expect(startUrl('https://signpost.example', {})).toBe('https://signpost.example/start');
  });
});

describe('GET /start', () => {
  it('hosts the widget with the valid presets as its attributes', async () => {
    const res = await get(`/start?${RIVERSIDE}&funding=bogus&provider-email=nope`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<complaints-signpost heading="h1" service="gp" nation="england" provider-name="Riverside Surgery" provider-phone="0113 496 0000"></complaints-signpost>');
    expect(res.body).toContain('Riverside Surgery gives you this page');
    expect(res.body).not.toMatch(/bogus|nope/);
  });

  it('asks every question when nothing valid is given, never an error page', async () => {
    const res = await get('/start?service=%3Cscript%3E&nation=');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<complaints-signpost heading="h1"></complaints-signpost>');
  });

  it('escapes what it writes back', async () => {
    const res = await get('/start?provider-name=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E%7B%7Borigin%7D%7D');
    expect(res.body).toContain('provider-name="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;{{origin}}"');
    expect(res.body).not.toContain('<script>alert');
  });

  it('may not be framed, like every other page', async () => {
    const res = await get('/start');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});

describe('GET /frame', () => {
  it('may be framed by any site; the API still may not', async () => {
    const res = await get(`/frame?${RIVERSIDE}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-frame-options']).toBeUndefined();
    const api = await get('/api/v1/meta');
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('has the widget with its presets, a link to the full page in a new tab, and the resize script', async () => {
    const res = await get(`/frame?${RIVERSIDE}`);
    expect(res.body).toContain('<complaints-signpost service="gp" nation="england" provider-name="Riverside Surgery" provider-phone="0113 496 0000">');
    expect(res.body).toContain('href="http://signpost.example/start?service=gp&#38;nation=england&#38;provider-name=Riverside+Surgery&#38;provider-phone=0113+496+0000" target="_blank" rel="noopener"');
    expect(res.body).toContain('<script src="/frame.js" async></script>');
    const script = await get('/frame.js');
    expect(script.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(script.body).toContain("type: 'complaints-signpost:resize'");
  });
});

describe('GET /for-websites', () => {
  it('fills the form and the three pieces of code from the details given', async () => {
    const res = await get(`/for-websites?${RIVERSIDE}&postcode=ls14ap`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('value="Riverside Surgery"');
    expect(res.body).toContain('<option value="gp" selected>GP practice</option>');
    expect(res.body).toContain('<option value="england" selected>England</option>');
    expect(res.body).toContain('value="LS1 4AP"');
    const code = snippets('http://signpost.example', { service: 'gp', nation: 'england', 'provider-name': 'Riverside Surgery', 'provider-phone': '0113 496 0000' });
    expect(code.script).toBe('<script src="http://signpost.example/widget/complaints-signpost.js" async></script>\n<complaints-signpost\n  service="gp"\n  nation="england"\n  provider-name="Riverside Surgery"\n  provider-phone="0113 496 0000"></complaints-signpost>');
    expect(code.iframe).toContain('src="http://signpost.example/frame?service=gp&#38;nation=england&#38;provider-name=Riverside+Surgery&#38;provider-phone=0113+496+0000"');
    expect(code.iframe).toContain('title="How to complain about Riverside Surgery"');
    // No fixed height to scroll inside on a phone: the script beside it sizes the frame to its content.
    expect(code.iframe).not.toContain('900');
    expect(code.iframe).toContain('<script src="http://signpost.example/frame-host.js" async></script>');
    const host = await get('/frame-host.js');
    expect(host.statusCode).toBe(200);
    expect(host.body).toContain('event.origin !== origin');
    for (const snippet of Object.values(code)) expect(res.body).toContain(snippet.replaceAll('&', '&#38;').replaceAll('<', '&#60;').replaceAll('>', '&#62;').replaceAll('"', '&#34;'));
    expect(res.body).toContain('href="/poster?service=gp&#38;nation=england&#38;provider-name=Riverside+Surgery&#38;provider-phone=0113+496+0000&#38;postcode=LS1+4AP"');
  });

  it('reads a website typed without https:// as https, and still refuses one that is not a web address', () => {
    expect(readPresets({ 'provider-website': 'riverside-surgery.example/complaints' })['provider-website']).toBe('https://riverside-surgery.example/complaints');
    expect(readPresets({ 'provider-website': 'ftp://riverside.example' })['provider-website']).toBeUndefined();
    expect(readPresets({ 'provider-website': 'not a website' })['provider-website']).toBeUndefined();
  });

  it('says which details it left out', async () => {
    const res = await get('/for-websites?provider-name=Riverside%20Surgery&provider-email=not-an-email&provider-website=ftp%3A%2F%2Fx');
    expect(res.body).toContain('We left out the email address and the website address, because it does not look right.');
    expect((await get('/for-websites')).body).not.toContain('We left out');
  });
});

describe('GET /poster', () => {
  it('has the heading, the organisation, a QR code as SVG and the address written out', async () => {
    const res = await get(`/poster?${RIVERSIDE}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Not happy with your care? Here's how to complain");
    expect(res.body).toContain('Tell Riverside Surgery first');
    expect(res.body).toContain('<a href="tel:01134960000">0113 496 0000</a>');
    expect(res.body).toMatch(/<svg role="img" aria-label="QR code that opens the web address below"[^>]*viewBox="0 0 \d+ \d+"/);
    expect(res.body).toContain('<p class="poster-address">signpost.example/start?service=gp&#38;nation=england</p>');
    expect(res.body).toContain('call 999');
    expect(res.body).not.toContain('Free, independent help');
  });

  it('lists local Healthwatch and complaints advocacy for a postcode in England', async () => {
    const res = await get(`/poster?${RIVERSIDE}&postcode=LS1%204AP`);
    expect(res.body).toContain('Free, independent help');
    expect(res.body).toContain('Healthwatch Leeds');
    expect(res.body).toMatch(/Advocacy[^<]*<\/strong>: call <span class="poster-phone">\d/);
  });

  it('says when a number on it is not confirmed', async () => {
    const bodies: { name: string; phone?: string; verified: boolean }[] = (await get('/api/v1/bodies')).json().bodies;
    let checked = 0;
    for (const postcode of ['LS1%204AP', 'BS1%205TR', 'M1%201AE', 'S1%202HE', 'SW1A%201AA', 'B1%201AA']) {
      const res = await get(`/poster?${RIVERSIDE}&postcode=${postcode}`);
      for (const line of res.body.match(/<li><strong>[^]*?<\/li>/g) ?? []) {
        const name = line.match(/<strong>([^<]+)<\/strong>/)![1]!.replace(/&#39;/g, "'");
        const listed = bodies.find((b) => b.name === name);
        if (!listed?.phone || !line.includes('poster-phone')) continue;
        checked++;
        expect(line.includes('not confirmed'), line).toBe(!listed.verified);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('ignores a postcode that is not one, and escapes the name', async () => {
    const res = await get('/poster?provider-name=%3Cb%3ERiverside%3C%2Fb%3E&postcode=NOT%20A%20POSTCODE');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Tell &#60;b&#62;Riverside&#60;/b&#62; first');
    expect(res.body).not.toContain('Free, independent help');
    expect(res.body).toContain('<p class="poster-address">signpost.example/start</p>');
  });
});
