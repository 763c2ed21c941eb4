// The API documentation works first time: every example in the OpenAPI document fits its own schema, and sent to
// the real app (as Swagger UI's "Try it out" sends it) gets the success the document names (200, or 202 for a count) and a body that fits it. Every
// answer is described, and 304 and 429 are documented wherever the service can send them.
import { Ajv, type AnySchema } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/http/app.js';
import { InsightsStore } from '../../server/store/counters.js';

interface Parameter { name: string; in: 'query' | 'path'; required?: boolean; schema: { example?: unknown } }
interface Response { description: string; content?: { 'application/json': { schema: object } } }
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: { 'application/json': { schema: { example?: unknown } } } };
  responses: Record<string, Response>;
}
interface Document { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } }

let app: FastifyInstance;
let doc: Document;
// OpenAPI 3.0 adds keywords such as `example` and `nullable` to JSON Schema; only the validating ones matter here.
const ajv = addFormats.default(new Ajv({ strict: false, allErrors: true }));

beforeAll(async () => {
  // An in-memory store, so the insights endpoints are documented and tried like every other.
  app = await buildApp({ rateLimit: { max: 1000, timeWindow: '1 minute' }, insights: { store: new InsightsStore({ dailyCap: 1000 }) } });
  doc = (await app.inject('/api/openapi.json')).json();
});
afterAll(() => app.close());

/** Checks a value against a schema of the document; its $refs point into the document's components. */
function problems(schema: object, value: unknown) {
  const validate = ajv.compile({ ...schema, components: doc.components } as AnySchema);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const operations = () => Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ path, method, operation, name: `${method.toUpperCase()} ${path}` })));

/** The request "Try it out" makes from the examples: path and query parameters, and the body. */
function exampleRequest(path: string, method: string, operation: Operation) {
  let url = path;
  const query = new URLSearchParams();
  for (const p of operation.parameters ?? []) {
    if (p.schema.example === undefined) continue;
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(p.schema.example)));
    else query.set(p.name, String(p.schema.example));
  }
  const body = operation.requestBody?.content['application/json'].schema.example;
  return { method: method.toUpperCase() as 'GET' | 'POST', url: query.size ? `${url}?${query}` : url, ...(body !== undefined && { payload: body as object }) };
}

describe('the OpenAPI examples', () => {
  it('gives every request body and every required parameter an example that fits its schema', () => {
    const missing: string[] = [];
    const invalid: string[] = [];
    for (const { name, operation } of operations()) {
      const body = operation.requestBody?.content['application/json'].schema;
      if (body) {
        if (body.example === undefined) missing.push(`${name} body`);
        else invalid.push(...problems(body, body.example).map((p) => `${name} body: ${p}`));
      }
      for (const p of operation.parameters ?? []) {
        if (p.schema.example === undefined) {
          if (p.required) missing.push(`${name} ${p.name}`);
        } else invalid.push(...problems(p.schema, p.schema.example).map((e) => `${name} ${p.name}: ${e}`));
      }
    }
    expect(missing).toEqual([]);
    expect(invalid).toEqual([]);
    // Examples exist where they matter most: the plan, and a postcode.
    expect(doc.paths['/api/v1/plan']!.post!.requestBody).toBeDefined();
  });

  // The first count opens the embedded store, which takes seconds on a busy machine.
  it('succeeds when each example is sent to the real app, with an answer that fits the documented success', { timeout: 60_000 }, async () => {
    for (const { name, path, method, operation } of operations()) {
      const response = await app.inject(exampleRequest(path, method, operation));
      const success = operation.responses['200'] ? '200' : '202';
      expect(response.statusCode, `${name}: ${response.body.slice(0, 300)}`).toBe(Number(success));
      const documented = operation.responses[success]!.content!['application/json'].schema;
      expect(problems(documented, response.json()), name).toEqual([]);
    }
  });

  it('gets a plan, not a question or a 400, from the plan example', async () => {
    const { path, method, operation } = operations().find((o) => o.name === 'POST /api/v1/plan')!;
    const response = await app.inject(exampleRequest(path, method, operation));
    const body = response.json() as { status: string; plan: { steps: { kind: string }[]; area: { name: string } | null } };
    expect(body.status).toBe('plan');
    expect(body.plan.steps.some((s) => s.kind === 'complain')).toBe(true);
    expect(body.plan.area?.name).toBe('Leeds');
  });
});

describe('the documented answers', () => {
  it('describes every answer in its own words', () => {
    const vague = operations().flatMap(({ name, operation }) => Object.entries(operation.responses)
      .filter(([, r]) => !r.description || r.description === 'Default Response').map(([status]) => `${name} ${status}`));
    expect(vague).toEqual([]);
  });

  it('documents 429, with Retry-After, on every rate-limited endpoint', () => {
    const api = operations().filter((o) => o.path.startsWith('/api/v1/'));
    expect(api.length).toBeGreaterThan(5);
    for (const { name, operation } of api) {
      expect(operation.responses['429']?.description, name).toMatch(/Too many requests/);
      expect(Object.keys((operation.responses['429'] as { headers?: object }).headers ?? {}), name).toContain('retry-after');
    }
  });

  it('documents 304 on exactly the endpoints that answer If-None-Match with it', async () => {
    for (const { name, path, method, operation } of operations()) {
      const request = exampleRequest(path, method, operation);
      const first = await app.inject(request);
      const etag = first.headers.etag;
      const sends304 = typeof etag === 'string' && (await app.inject({ ...request, headers: { 'if-none-match': etag } })).statusCode === 304;
      expect(Boolean(operation.responses['304']), `${name} 304 documented`).toBe(sends304);
    }
  });

  it('puts the rules the service enforces in the document: real dates, not in the future, postcode shape, options per service', () => {
    const answers = JSON.stringify(doc.components.schemas.AnswersInput);
    expect(answers).toContain('A real calendar date');
    expect(answers).toContain('date_in_future');
    expect(answers).toContain('shaped like a UK postcode');
    expect(answers).toContain('value_not_offered');
    const lookup = doc.paths['/api/v1/areas/lookup']!.get!.parameters!.find((p) => p.name === 'postcode') as unknown as { description?: string; schema: { description?: string } };
    expect(lookup.description ?? lookup.schema.description).toContain('shaped like a UK postcode');
  });
});
