// Configuration comes only from the environment, checked once at start-up.
import { isIP } from 'node:net';
import { z } from 'zod';

const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Which proxies in front of the service are believed when they say, in X-Forwarded-For, who the client is. */
export type TrustProxy = false | { hops: number } | { proxies: string[] };

/** proxy-addr's names for whole ranges, as Fastify accepts them. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isProxyAddress = (entry: string) => {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
};

const TrustProxySchema = z
  .string()
  .optional()
  .transform((value, ctx): TrustProxy => {
    const text = value?.trim() ?? '';
    if (text === '' || text === 'false' || text === '0') return false;
    if (text === 'true') {
      ctx.addIssue({
        code: 'custom',
        message: 'true is refused, because then any client could write its own X-Forwarded-For and escape the rate limit. Give the number of proxies in front of the service (such as 1), or their addresses.',
      });
      return z.NEVER;
    }
    if (/^\d+$/.test(text)) return { hops: Math.min(Number(text), 100) };
    const proxies = text.split(',').map((s) => s.trim()).filter(Boolean);
    const wrong = proxies.find((p) => !isProxyAddress(p));
    if (wrong !== undefined) {
      ctx.addIssue({ code: 'custom', message: `"${wrong}" is not an IP address or range. Give a hop count such as 1, or addresses such as 10.0.0.0/8,192.0.2.7.` });
      return z.NEVER;
    }
    return { proxies };
  });

export const ConfigSchema = z.object({
  PORT: whole(0, 65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The folder holding the routing graph; the bundled data/ when not set. */
  DATA_DIR: z.string().min(1).optional(),
  /** Requests each client may make to the API per window; 0 turns rate limiting off. */
  RATE_LIMIT_MAX: whole(0, 1_000_000).default(300),
  RATE_LIMIT_WINDOW: z.string().regex(/^\d+(\s*(ms|s|m|h|second|seconds|minute|minutes|hour|hours))?$/, 'a duration such as "1 minute" or 60000').default('1 minute'),
  /** On SIGTERM, how long to keep serving (while /readyz says 503 and every reply closes its connection) before
   *  closing; then requests in flight get at most 5 s more. */
  SHUTDOWN_DELAY_MS: whole(0, 60_000).default(0),
  /** Believe X-Forwarded-For only behind proxies you run: a hop count, or a list of proxy addresses or ranges. */
  TRUST_PROXY: TrustProxySchema,
  /** Tests only: let the complaints page checker fetch loopback addresses (a local test server); other private ranges stay refused. */
  CHECKER_ALLOW_PRIVATE_ADDRESSES: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** off: the complaints page checker never fetches an address (pasted pages are still checked). */
  CHECKER_FETCH: z.enum(['on', 'off']).default('on'),
  /** http://host:port of an egress proxy that every checker fetch goes through (CONNECT for https). */
  CHECKER_PROXY: z.url({ protocol: /^http$/, error: 'an http:// URL such as http://proxy.internal:3128' }).optional(),
  /** Complaints pages checked at the same time; more are answered 503 with Retry-After. */
  CHECKER_MAX_CHECKS: whole(1, 64).default(4),
  /** Megabytes of pages the running checks may hold between them. */
  CHECKER_MAX_MB: whole(6, 1024).default(24),
  /** The folder of the embedded insights store (PGlite); default .store/ in the project. Not used with DATABASE_URL. */
  STORE: z.string().min(1).optional(),
  /** postgres://… : keep the insights counters in a PostgreSQL server, shared by every instance. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a URL such as postgres://user:password@host:5432/database').optional(),
  /** The most one counter may grow in a day (per day, area, service and value): far above any real demand. */
  INSIGHTS_DAILY_CAP: whole(1, 1_000_000).default(2000),
  /** Events one address may send in a day, before further ones are refused (429 daily_limit) and not counted. */
  INSIGHTS_ADDRESS_CAP_PLANS: whole(1, 1_000_000).default(200),
  INSIGHTS_ADDRESS_CAP_FOLLOW_UPS: whole(1, 1_000_000).default(10),
  /** The public address printed in snippets, links and the poster's QR code, such as https://signpost.example.org.
   *  Without it they use the address each request came to, which is fine only for a local demo. */
  PUBLIC_ORIGIN: z.string().regex(/^https?:\/\/[^/?#\s]+$/, 'an origin such as https://signpost.example.org, with no path or trailing slash').optional(),
  /** redis://… : keep rate-limit counts in Redis, shared by every instance (otherwise each instance counts alone). */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'a URL such as redis://127.0.0.1:6379').optional(),
  /** Who the /insights page names as the local audience, as scrutiny moves from local Healthwatch to ICBs and councils. */
  INSIGHTS_AUDIENCE: z.string().min(3).max(200).optional(),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Fastify's trustProxy option. A hop count counts from the right of X-Forwarded-For: with 1, the client is the
 *  address the one proxy added, whatever a client wrote before it. (Fastify itself ignores a plain number.) */
export function trustProxyOption(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  if (!trust) return false;
  if ('proxies' in trust) return trust.proxies;
  const { hops } = trust;
  return (_address, hop) => hop < hops;
}

/** Reads the environment, or throws one message that names each setting that is wrong and why. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`The environment is not valid. Fix these settings and start again:\n${lines.join('\n')}`);
  }
  return result.data;
}
