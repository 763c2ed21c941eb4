// The public /insights page (published counts, no login) with CSV downloads, and the /follow-up form ("How did it
// go?"), which works without JavaScript: a plain form post, answered with the page again or a thank-you.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { todayInLondon } from '../../graph/dates.js';
import { AnswerError } from '../../graph/situation.js';
import { followUpPage, followUpThanks, insightsPage, labelFor, PERIODS, periodStart, scrutinyPage, type PeriodId, type ReportView } from '../../insights/page.js';
import { FollowUpEventSchema, STATEMENTS, type FollowUpEvent, type Report, type ReportQueryInput } from '../../insights/schemas.js';
import type { CounterKind } from '../../store/counters.js';
import type { GraphHolder } from '../app.js';

interface PagesOptions {
  holder: GraphHolder;
  report: (kind: CounterKind, q: ReportQueryInput) => Promise<Report | null>;
  countFollowUp: (event: FollowUpEvent, address: string) => Promise<'counted' | 'capped' | 'unavailable'>;
  demoDir: string;
  audience: string;
}

const PageQuerySchema = z.object({
  area: z.string().regex(/^E\d{8}$/).optional().catch(undefined),
  period: z.enum(PERIODS.map((p) => p.id) as [PeriodId, ...PeriodId[]]).catch('12-months'),
});
const DownloadQuerySchema = PageQuerySchema.extend({
  report: z.enum(['month', 'concern', 'service', 'stage', 'provider', 'result', 'statement']),
});

/** The page's five reports: which counter, and the words around it. */
const PAGE_REPORTS = {
  month: { kind: 'plan', title: 'Plans shown by month', heading: 'Month' },
  provider: { kind: 'plan', title: 'Which organisation', heading: 'ODS code' },
  concern: { kind: 'plan', title: 'What people needed help with', heading: 'Concern' },
  service: { kind: 'plan', title: 'Which kind of service', heading: 'Service' },
  stage: { kind: 'plan', title: 'How far people had got with their complaint', heading: 'Stage' },
  result: { kind: 'follow-up', title: 'How complaints went', heading: 'What happened' },
  statement: { kind: 'follow-up', title: 'How people felt their complaint was handled', heading: 'Statement and answer' },
} as const;
type PageReport = keyof typeof PAGE_REPORTS;

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Form fields arrive as text; the follow-up event is built from them and checked by the API's own schema. */
function eventFromForm(form: Record<string, string>) {
  const answers = { nation: form.nation || undefined, service: form.service || undefined, ...(form.area && { area: form.area }) };
  const experience = Object.fromEntries(STATEMENTS.flatMap((s) => (form[s.id] ? [[s.id, form[s.id]]] : [])));
  return { answers, result: form.result || undefined, experience };
}

const FORM_MESSAGES: Record<string, string> = {
  nation: 'Choose the country the care was in',
  service: 'Choose the kind of care or service',
  result: 'Choose what happened with your complaint',
};

export async function insightsPages(parent: FastifyInstance, options: PagesOptions) {
  const { holder, report, countFollowUp } = options;
  const css = await readFile(join(options.demoDir, 'insights.css')).catch(() => undefined);

  await parent.register(async (app) => {
    // Only these pages take form posts; the JSON API keeps its JSON-only parser.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });

    const html = (reply: FastifyReply, text: string, status = 200) =>
      reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(text);

    const views = async (area: string | undefined, period: PeriodId, today: string) => {
      const from = periodStart(period, today);
      const to = today.slice(0, 7);
      const link = (path: string, by: string) => `${path}?${new URLSearchParams({ by, ...(area && { area }), ...(from && { from }), to })}`;
      const entries = await Promise.all((Object.keys(PAGE_REPORTS) as PageReport[]).map(async (id) => {
        const spec = PAGE_REPORTS[id];
        const view: ReportView = {
          id, title: spec.title, heading: spec.heading,
          report: await report(spec.kind, { by: id, area, from, to } as ReportQueryInput),
          csv: `/insights/download.csv?${new URLSearchParams({ report: id, ...(area && { area }), period })}`,
          json: link(spec.kind === 'plan' ? '/api/v1/insights' : '/api/v1/insights/follow-up', id),
        };
        return [id, view] as const;
      }));
      return Object.fromEntries(entries) as Record<PageReport, ReportView>;
    };

    app.get('/insights', { schema: { hide: true } }, async (request, reply) => {
      const { area, period } = PageQuerySchema.parse(request.query ?? {});
      const today = todayInLondon();
      const known = area && holder.current.areas.councilName(area) ? area : undefined;
      const reports = await views(known, period, today);
      return html(reply, insightsPage({ graph: holder.current, today, area: known, period, reports, audience: options.audience }));
    });

    app.get('/scrutiny', { schema: { hide: true } }, async (request, reply) => {
      const { area } = PageQuerySchema.parse(request.query ?? {});
      const today = todayInLondon();
      const known = area && holder.current.areas.councilName(area) ? area : undefined;
      if (!known) return html(reply, scrutinyPage({ graph: holder.current, today }));
      const [reports, all] = await Promise.all([views(known, '12-months', today), views(undefined, '12-months', today)]);
      return html(reply, scrutinyPage({ graph: holder.current, today, area: known, reports, allAreasByMonth: all.month.report }));
    });

    app.get('/insights/download.csv', { schema: { hide: true } }, async (request, reply) => {
      const parsed = DownloadQuerySchema.safeParse(request.query ?? {});
      if (!parsed.success) return reply.code(400).send({ error: { code: 'invalid_request', message: 'Choose a report: concern, service, stage, result or statement.' } });
      const { report: id, area, period } = parsed.data;
      const today = todayInLondon();
      const view = (await views(area, period, today))[id];
      if (!view.report) return reply.code(503).send({ error: { code: 'store_unavailable', message: 'Counts cannot be read just now.' } });
      // Every row carries where, when, when read, from which data and under which rule, so a copy is never without them.
      const r = view.report;
      const about = [r.area ?? 'all areas', r.from ?? 'earliest', r.to ?? '', r.extracted, r.dataVersion, r.rule];
      const lines = [
        'value,label,count,note,area,from,to,extracted,data_version,rule',
        ...r.rows.map((row) => [row.value, labelFor(holder.current, r.by, row.value), row.count ?? '', row.count === null ? '1 to 7: not shown' : '', ...about]
          .map((c) => csvCell(String(c))).join(',')),
        ['total', 'Total of the numbers shown', r.total, '', ...about].map((c) => csvCell(String(c))).join(','),
      ];
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="insights-${id}-${area ?? 'all-areas'}-${period}.csv"`)
        .header('cache-control', 'public, max-age=60')
        .send(`${lines.join('\r\n')}\r\n`);
    });

    app.get('/follow-up', { schema: { hide: true } }, async (request, reply) => {
      const q = (request.query ?? {}) as Record<string, unknown>;
      const text = (key: string) => (typeof q[key] === 'string' ? (q[key] as string) : undefined);
      return html(reply, followUpPage({ graph: holder.current, values: { nation: text('nation'), service: text('service'), area: text('area'), experience: {} }, errors: [] }));
    });

    app.post('/follow-up', { schema: { hide: true } }, async (request, reply) => {
      const form = typeof request.body === 'object' && request.body ? request.body as Record<string, string> : {};
      const candidate = eventFromForm(form);
      const parsed = FollowUpEventSchema.safeParse(candidate);
      const again = (errors: { field: string; message: string }[]) => html(reply, followUpPage({
        graph: holder.current,
        values: { ...candidate.answers, result: candidate.result, experience: candidate.experience },
        errors,
      }), 400);
      if (!parsed.success) {
        const fields = [...new Set(parsed.error.issues.map((i) => String(i.path.at(-1))))];
        return again(fields.map((field) => ({ field, message: FORM_MESSAGES[field] ?? 'Choose one of the answers given' })));
      }
      try {
        return html(reply, followUpThanks((await countFollowUp(parsed.data, request.ip)) === 'counted'));
      } catch (err) {
        if (err instanceof AnswerError && err.question) return again([{ field: err.question, message: err.message }]);
        throw err;
      }
    });

    app.get('/insights.css', { schema: { hide: true } }, (_request, reply) =>
      css ? reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(css) : reply.code(404).send());
  });
}
