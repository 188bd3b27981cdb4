#!/usr/bin/env node
// Builds the e2e copy of the extension (see wxt.config.ts) and runs the browser tests
// with Node's test runner. `node scripts/e2e.mjs chromium|firefox` runs one browser.
import { execFileSync } from 'node:child_process';

const which = process.argv[2];
const browsers = which ? [which] : ['chromium', 'firefox'];
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

for (const b of browsers) run('npx', ['--no-install', 'wxt', 'build', '--mode', 'e2e', ...(b === 'firefox' ? ['-b', 'firefox'] : [])]);
const files = browsers.map((b) => `tests/e2e/${b}.test.mjs`);
try {
  run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-timeout=60000', ...files]);
} catch {
  process.exit(1);
}
