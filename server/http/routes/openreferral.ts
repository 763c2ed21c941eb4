// The directory as Open Referral HSDS 3.0 (shared/docs/api-contract.md, "Open Referral"): open to anyone, with no
// key, CORS for every origin (set for the whole app), paged lists, and the same error shape as the rest of the API.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema } from '../../graph/api-schemas.js';
import { todayInLondon } from '../../graph/dates.js';
import { buildOpenReferral, nameUuid, type OpenReferralDirectory } from '../../openreferral/directory.js';
import {
  HsdsOrganizationSchema, HsdsOrganizationSummarySchema, HsdsRootSchema, HsdsServiceSchema, HsdsServiceSummarySchema,
  ListQuerySchema, hsdsPage,
} from '../../openreferral/schemas.js';
import type { GraphHolder } from '../app.js';
import { INVALID, TOO_MANY } from '../responses.js';

const tags = ['Open Referral'];
/** An id in the path, with an example that exists (the ombudsman's service or organisation), for "Try it out". */
const idParams = (example: string) => z.object({ id: z.uuid('must be an Open Referral id, a UUID').meta({ example }) });
const NOT_FOUND = (what: string) => ErrorSchema.describe(`There is no ${what} with that id (code ${what}_not_found).`);

/** One page of a list, as HSDS's Page. A page past the end is empty, not an error. */
function pageOf<T>(items: readonly T[], page: number, perPage: number) {
  const contents = items.slice((page - 1) * perPage, page * perPage);
  const totalPages = Math.ceil(items.length / perPage);
  return {
    total_items: items.length, total_pages: totalPages, page_number: page, size: contents.length,
    first_page: page === 1, last_page: page >= totalPages, empty: contents.length === 0, contents,
  };
}

const cacheable = (reply: FastifyReply) => reply.header('Cache-Control', 'public, max-age=300, stale-while-revalidate=3600');

export const openReferralRoutes: FastifyPluginAsyncZod<{ holder: GraphHolder }> = async (app, { holder }) => {
  // Built once per data version and day: the directory changes with nothing else.
  let built: { key: string; directory: OpenReferralDirectory } | undefined;
  const directory = () => {
    const graph = holder.current;
    const today = todayInLondon();
    const key = `${graph.version} ${today}`;
    if (built?.key !== key) built = { key, directory: buildOpenReferral(graph, today) };
    return built.directory;
  };
  const notFound = (reply: FastifyReply, what: string, id: string) =>
    reply.code(404).send({ error: { code: `${what}_not_found`, message: `There is no ${what} with the id "${id}".` } });

  app.get('/api/openreferral/', {
    schema: { tags, summary: 'About this Open Referral API: the HSDS version', response: { 200: HsdsRootSchema.describe('The HSDS version and the Open Referral UK profile.'), 429: TOO_MANY } },
  }, async (request: FastifyRequest, reply) => {
    cacheable(reply);
    return { version: '3.0', openapi_url: `${request.protocol}://${request.host}/api/openapi.json` };
  });

  app.get('/api/openreferral/services', {
    schema: {
      tags, summary: 'Every national and local body, each as a service of its organisation, one page at a time',
      querystring: ListQuerySchema, response: { 200: hsdsPage(HsdsServiceSummarySchema).describe('One page of the services that match the filters.'), 400: INVALID, 429: TOO_MANY },
    },
  }, async (request, reply) => {
    cacheable(reply);
    const page = pageOf(directory().filterServices(request.query), request.query.page, request.query.per_page);
    return { ...page, contents: page.contents.map(({ organization: _o, phones: _p, contacts: _c, service_areas: _a, ...summary }) => summary) };
  });

  app.get('/api/openreferral/services/:id', {
    schema: { tags, summary: 'One service with its organisation, phones, contacts and service areas', params: idParams(nameUuid('service:phso')), response: { 200: HsdsServiceSchema.describe('The service.'), 400: INVALID, 404: NOT_FOUND('service'), 429: TOO_MANY } },
  }, async (request, reply) => {
    const service = directory().serviceById.get(request.params.id);
    if (!service) return notFound(reply, 'service', request.params.id);
    cacheable(reply);
    return service;
  });

  app.get('/api/openreferral/organizations', {
    schema: {
      tags, summary: 'Every organisation, one page at a time',
      querystring: ListQuerySchema, response: { 200: hsdsPage(HsdsOrganizationSummarySchema).describe('One page of the organisations that match the filters.'), 400: INVALID, 429: TOO_MANY },
    },
  }, async (request, reply) => {
    cacheable(reply);
    const page = pageOf(directory().filterOrganizations(request.query), request.query.page, request.query.per_page);
    return { ...page, contents: page.contents.map(({ services: _s, ...summary }) => summary) };
  });

  app.get('/api/openreferral/organizations/:id', {
    schema: { tags, summary: 'One organisation with its services', params: idParams(nameUuid('organization:phso')), response: { 200: HsdsOrganizationSchema.describe('The organisation and its services.'), 400: INVALID, 404: NOT_FOUND('organization'), 429: TOO_MANY } },
  }, async (request, reply) => {
    const organization = directory().organizationById.get(request.params.id);
    if (!organization) return notFound(reply, 'organization', request.params.id);
    cacheable(reply);
    return organization;
  });
};
