#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium through playwright-core: no browser is downloaded.
// Installs it when it is missing and we are root; otherwise says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';

if (existsSync(CHROMIUM)) process.exit(0);

if (process.getuid?.() === 0) {
  console.log(`Chromium is missing at ${CHROMIUM}; installing it: ${INSTALL}`);
  try {
    execSync(INSTALL, { stdio: 'inherit', shell: '/bin/sh' });
  } catch {
    console.error(`Installing Chromium failed. Run this yourself: ${INSTALL}`);
    process.exit(1);
  }
  if (existsSync(CHROMIUM)) process.exit(0);
  console.error(`The install finished but ${CHROMIUM} is still missing.`);
  process.exit(1);
}

console.error(`Chromium is missing at ${CHROMIUM}. The end-to-end tests need it. Install it with:\n  sudo sh -c '${INSTALL}'`);
process.exit(1);
