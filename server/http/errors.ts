// One error shape for every 4xx (the contract's { error: { code, message, question, allowed } }), and 5xx
// bodies that never carry internals.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError } from '../graph/api-schemas.js';
import { CHOICE_VALUES, QUESTION_IDS } from '../graph/contract.js';
import { AnswerError } from '../graph/situation.js';
import { API_HEADERS } from './security-headers.js';

/** A request body we refuse before it reaches validation. */
export class RequestBodyError extends Error {
  readonly statusCode = 400;
  constructor(readonly code: 'not_json' | 'reserved_key', message: string) {
    super(message);
  }
}

interface Issue { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> }

const allowedFor = (question: string): string[] | undefined =>
  (CHOICE_VALUES as Record<string, readonly string[]>)[question]?.slice();

/** Turns the first schema problem into a message that says which field is wrong and what would be right. */
export function describeIssue(issue: Issue, fields?: string[], context = 'body'): ApiError {
  const path = issue.instancePath.split('/').filter(Boolean);
  const [top, field] = path;
  if (issue.keyword === 'unrecognized_keys') {
    const key = String((issue.params.keys as string[] | undefined)?.[0] ?? '');
    if (top === 'answers') {
      return { code: 'unknown_question', message: `There is no question "${key}".`, question: key, allowed: [...QUESTION_IDS] };
    }
    if (context === 'querystring' && !top) {
      return { code: 'unknown_field', message: `There is no filter "${key}" here. Use one of the filters listed in "allowed".`, ...(fields && { allowed: fields }) };
    }
    const where = top ? `"${top}"` : 'the request';
    const allowed = top === 'context' ? ['today', 'provider'] : top ? undefined : fields ?? ['answers', 'context'];
    return { code: 'unknown_field', message: `${where} has no field "${key}".`, ...(allowed && { allowed }) };
  }
  if (top === 'answers' && field) {
    const allowed = allowedFor(field);
    const detail = issue.keyword === 'invalid_type' && issue.params.expected === 'array'
      ? 'Give a list of values.'
      : allowed ? `Choose from the allowed values.` : humanise(issue);
    return { code: 'invalid_answer', message: `The answer to "${field}" is not valid. ${detail}`, question: field, ...(allowed && { allowed }) };
  }
  // A choice given outside the answers (the checker's "service", say) lists its allowed values too.
  const choices = top && !field ? allowedFor(top) : undefined;
  if (choices) return { code: 'invalid_value', message: `"${top}" is not valid. Choose from the allowed values.`, allowed: choices };
  const name = path.join('.') || 'body';
  return { code: 'invalid_request', message: `"${name}" is not valid: ${humanise(issue)}.` };
}

/** Zod's own words for nested union problems are technical; pick the most useful one. */
function humanise(issue: Issue): string {
  const nested = issue.params.errors as { message: string }[][] | undefined;
  const first = nested?.flat().find((e) => !e.message.startsWith('Invalid input: expected ""'));
  return (first?.message ?? issue.message ?? 'invalid value').replace(/^Invalid input: /, '');
}

const send = (reply: FastifyReply, status: number, error: ApiError) => reply.code(status).type('application/json').send({ error });

/** The fields a route's body (or query string) takes, from its zod schema, to list when an unknown one is sent. */
function schemaFields(request: FastifyRequest, context: string): string[] | undefined {
  const part = context === 'querystring' ? request.routeOptions.schema?.querystring : request.routeOptions.schema?.body;
  const shape = (part as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : undefined;
}

export function errorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const context = err.validationContext ?? 'body';
    return send(reply, 400, describeIssue(err.validation[0] as unknown as Issue, schemaFields(request, context), context));
  }
  const domain: unknown = err;
  if (domain instanceof AnswerError) {
    const { code, message, question, allowed } = domain;
    return send(reply, code === 'postcode_not_found' ? 404 : 400, { code, message, ...(question && { question }), ...(allowed && { allowed: [...allowed] }) });
  }
  if (domain instanceof RequestBodyError) return send(reply, 400, { code: domain.code, message: domain.message });
  switch (err.code) {
    case 'FST_ERR_BAD_URL':
      return send(reply, 400, { code: 'bad_url', message: 'The address is not valid. Check any % signs in it.' });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return send(reply, 413, { code: 'body_too_large', message: 'The request is too large. Send only the answers and context.' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return send(reply, 400, { code: 'not_json', message: 'Send the request body as JSON, with the header Content-Type: application/json.' });
  }
  if (err.statusCode === 429) {
    const e = (err as { error?: ApiError }).error;
    return send(reply, 429, e ?? { code: 'too_many_requests', message: 'Too many requests. Please wait a moment and try again.' });
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    // Fastify's other client errors (a malformed header, say) mean the same to a caller.
    return send(reply, 400, { code: 'bad_request', message: 'The request could not be understood.' });
  }
  request.log.error({ err }, 'request failed');
  return send(reply, 500, { code: 'internal_error', message: 'Something went wrong on our side. Please try again later.' });
}

/** Options requests must be CORS preflights: an Origin and the method the page means to use. */
export function refuseBadPreflight(request: FastifyRequest, reply: FastifyReply, done: () => void) {
  if (request.method === 'OPTIONS' && (!request.headers.origin || !request.headers['access-control-request-method'])) {
    return send(reply, 400, { code: 'bad_preflight', message: 'An OPTIONS request must be a CORS preflight, with Origin and Access-Control-Request-Method headers.' });
  }
  done();
}

/** What Node's HTTP parser refuses before Fastify sees a request, in the contract's error shape. */
const CLIENT_ERRORS: Record<string, [number, ApiError]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, { code: 'request_timeout', message: 'The request took too long to arrive. Send it again, all at once.' }],
  HPE_HEADER_OVERFLOW: [431, { code: 'headers_too_large', message: 'The request headers are too large. Send fewer or shorter headers.' }],
};
const BAD_REQUEST: [number, ApiError] = [400, { code: 'bad_request', message: 'The request could not be understood. Send it as valid HTTP.' }];

/** Fastify's clientErrorHandler: answers on the raw socket (there is no request object yet), then closes it.
 *  The socket is ended, not destroyed, so the client can read the answer; one that does not is cut off after 1 s. */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, error] = CLIENT_ERRORS[err.code ?? ''] ?? BAD_REQUEST;
  if (socket.writable) {
    const body = JSON.stringify({ error });
    const headers = Object.entries(API_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${headers}connection: close\r\n\r\n${body}`);
    setTimeout(() => socket.destroy(), 1000).unref();
  } else {
    socket.destroy();
  }
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, 404, { code: 'not_found', message: `There is nothing at ${request.method} ${request.url.split('?')[0]}.` });
}
