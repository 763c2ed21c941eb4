// Makes a fresh clone ready: installs dependencies when they are missing or out of date, builds the service
// and the widget, and (with --test) makes sure Chromium is there for the browser tests.
// Plain Node with no dependencies, so it can run before `npm ci`.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });
const mtime = (p) => (existsSync(p) ? statSync(join(root, p)).mtimeMs : 0);

process.chdir(root);
const installed = join('node_modules', '.package-lock.json');
if (mtime(installed) < mtime('package-lock.json')) {
  console.log('Installing dependencies (npm ci)...');
  run('npm ci --no-audit --no-fund');
}
console.log('Building the service and the widget...');
run('npm run --silent build');
if (process.argv.includes('--test')) run('node scripts/ensure-chromium.mjs');
