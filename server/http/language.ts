// The language and reading of every answer with words in it: `?lang=en|cy` (or, without it, `Accept-Language`)
// and `?reading=standard|easy`, on every route, so a route added later needs nothing to take part. The two
// values are taken off the query before a route's own schema sees it. An unknown value is a 400 in the usual
// shape; answers with words say their language (Content-Language) and that it follows Accept-Language (Vary).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGUAGES, READINGS, type Language, type Reading } from '../graph/contract.js';

declare module 'fastify' {
  interface FastifyRequest {
    language: Language;
    reading: Reading;
  }
}

/** The first language the browser asks for that we have, by its q value; English when none is. */
export function fromAcceptLanguage(header: string | undefined): Language {
  if (!header) return 'en';
  const ranked = header.split(',').map((part, index) => {
    const [tag = '', ...params] = part.trim().split(';');
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    return { primary: tag.trim().toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, index };
  }).filter((l) => l.q > 0).sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked.find((l) => (LANGUAGES as readonly string[]).includes(l.primary ?? ''))?.primary as Language | undefined) ?? 'en';
}

const WORDS = /^(application\/json|text\/html|text\/plain|text\/csv|text\/calendar)/;

export function languages(app: FastifyInstance) {
  app.decorateRequest('language', 'en');
  app.decorateRequest('reading', 'standard');
  app.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
    const query = request.query as Record<string, unknown> | undefined;
    const { lang, reading } = query ?? {};
    if (lang !== undefined && !(LANGUAGES as readonly unknown[]).includes(lang)) {
      return reply.code(400).type('application/json').send({ error: { code: 'unsupported_language', message: `"lang" must be one of: ${LANGUAGES.join(', ')}.`, allowed: [...LANGUAGES] } });
    }
    if (reading !== undefined && !(READINGS as readonly unknown[]).includes(reading)) {
      return reply.code(400).type('application/json').send({ error: { code: 'invalid_value', message: `"reading" must be one of: ${READINGS.join(', ')}.`, allowed: [...READINGS] } });
    }
    request.language = (lang as Language | undefined) ?? fromAcceptLanguage(request.headers['accept-language']);
    request.reading = (reading as Reading | undefined) ?? 'standard';
    if (query) {
      delete query.lang;
      delete query.reading;
    }
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (WORDS.test(String(reply.getHeader('content-type') ?? ''))) {
      reply.header('content-language', request.language);
      const vary = String(reply.getHeader('vary') ?? '');
      if (!/accept-language/i.test(vary)) reply.header('vary', vary ? `${vary}, Accept-Language` : 'Accept-Language');
    }
    return payload;
  });
}
