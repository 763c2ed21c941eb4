// npx tsx scripts/bench-checker.ts — how long the complaints page checker takes: one page (pasted, and fetched by
// address), and a batch of 500 addresses checked 4 at a time, as the /check/batch page does. Loopback only: the
// service and a web server of the fixture pages both listen on 127.0.0.1 (CHECKER_ALLOW_PRIVATE_ADDRESSES).
import { buildApp } from '../server/http/app.js';
import { fixture, serveFixtures } from '../test/checker/serve-fixtures.js';

const app = await buildApp({ checker: { allowPrivateAddresses: true } });
const origin = await app.listen({ host: '127.0.0.1', port: 0 });
const site = await serveFixtures();
const PAGES = ['gp-current', 'gp-stale', 'trust', 'care-home', 'council', 'pdf-only', 'nav-only'];

const check = async (body: object) => {
  const response = await fetch(`${origin}/api/v1/checks/complaints-page`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (run: () => Promise<unknown>) => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};

try {
  const html = fixture('gp-current.html');
  await check({ html, service: 'gp', postcode: 'LS1 4AP' }); // warm up
  const pasted: number[] = [];
  const fetched: number[] = [];
  for (let i = 0; i < 30; i++) {
    pasted.push(await time(() => check({ html, service: 'gp', postcode: 'LS1 4AP' })));
    fetched.push(await time(() => check({ url: `${site.origin}/${PAGES[i % PAGES.length]}.html`, service: 'gp', postcode: 'LS1 4AP' })));
  }
  console.log(`one page, pasted HTML: median ${median(pasted).toFixed(1)} ms (30 runs)`);
  console.log(`one page, fetched by address: median ${median(fetched).toFixed(1)} ms (30 runs)`);

  const urls = Array.from({ length: 500 }, (_, i) => `${site.origin}/${PAGES[i % PAGES.length]}.html`);
  let next = 0;
  const batch = await time(() => Promise.all(Array.from({ length: 4 }, async () => {
    while (next < urls.length) await check({ url: urls[next++]!, service: 'gp', postcode: 'LS1 4AP' });
  })));
  console.log(`500-row batch, 4 at a time: ${(batch / 1000).toFixed(1)} s (${(batch / 500).toFixed(1)} ms a page)`);
} finally {
  await site.close();
  await app.close();
}
