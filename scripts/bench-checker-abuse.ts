// npx tsx scripts/bench-checker-abuse.ts [bytes] — how long the complaints page checker takes on hostile pages of the
// given size (default 2 MB; a second argument keeps only the pages whose name contains it): long words, many links,
// deep nesting, many e-mail-like words. Each is sent to a real
// instance of the app; the time is until the answer (a check, or a 4xx) is back.
import { buildApp } from '../server/http/app.js';
import { adversarialPages } from '../test/checker/adversarial.js';

const bytes = Number(process.argv[2] ?? 2 * 1024 * 1024);
const only = process.argv[3] ?? '';
const app = await buildApp();
try {
  for (const [name, payload] of Object.entries(adversarialPages(bytes)).filter(([n]) => n.includes(only))) {
    const start = performance.now();
    const res = await app.inject({ method: 'POST', url: '/api/v1/checks/complaints-page', payload: { ...payload, service: 'gp' } });
    console.log(`${name}: ${(performance.now() - start).toFixed(0)} ms, status ${res.statusCode}`);
  }
} finally {
  await app.close();
}
