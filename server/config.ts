// Configuration comes only from the environment, checked once at start-up.
import { z } from 'zod';

const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const ConfigSchema = z.object({
  PORT: whole(0, 65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The folder holding the routing graph; the bundled data/ when not set. */
  DATA_DIR: z.string().min(1).optional(),
  /** Requests each client may make per window; 0 turns rate limiting off. */
  RATE_LIMIT_MAX: whole(0, 1_000_000).default(300),
  RATE_LIMIT_WINDOW: z.string().regex(/^\d+(\s*(ms|s|m|h|second|seconds|minute|minutes|hour|hours))?$/, 'a duration such as "1 minute" or 60000').default('1 minute'),
  /** On SIGTERM, how long to keep serving (while /readyz says 503) before closing; 0 closes at once. */
  SHUTDOWN_DELAY_MS: whole(0, 60_000).default(0),
  /** Trust X-Forwarded-For only behind a proxy you run: "true", a hop count, or a list of proxy addresses. */
  TRUST_PROXY: z.string().optional(),
  /** Tests only: let the complaints page checker fetch loopback addresses (a local test server); other private ranges stay refused. */
  CHECKER_ALLOW_PRIVATE_ADDRESSES: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** The folder of the embedded insights store (PGlite); default .store/ in the project. Not used with DATABASE_URL. */
  STORE: z.string().min(1).optional(),
  /** postgres://… : keep the insights counters in a PostgreSQL server, shared by every instance. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a URL such as postgres://user:password@host:5432/database').optional(),
  /** The most one counter may grow in a day (per day, area, service and value): far above any real demand. */
  INSIGHTS_DAILY_CAP: whole(1, 1_000_000).default(2000),
  /** Who the /insights page names as the local audience, as scrutiny moves from local Healthwatch to ICBs and councils. */
  INSIGHTS_AUDIENCE: z.string().min(3).max(200).optional(),
});
export type Config = z.infer<typeof ConfigSchema>;

/** "true" trusts every proxy, a number that many hops, anything else is a list of addresses or ranges. */
export function trustProxyOption(value: string | undefined): boolean | number | string[] {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`The environment is not valid:\n${lines.join('\n')}`);
  }
  return result.data;
}
