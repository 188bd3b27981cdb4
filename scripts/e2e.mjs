#!/usr/bin/env node
// Builds the e2e copy of the extension (see wxt.config.ts) and runs the browser tests
// with Node's test runner (the sample pages, and the popup on the saved real pages).
// `node scripts/e2e.mjs chromium|firefox` runs one browser.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const which = process.argv[2];
const browsers = which ? [which] : ['chromium', 'firefox'];
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

for (const b of browsers) run('npx', ['--no-install', 'wxt', 'build', '--mode', 'e2e', ...(b === 'firefox' ? ['-b', 'firefox'] : [])]);
// per browser: the sample pages, and the popup on the saved real pages (hand-written headline, byline, date)
const suites = { chromium: ['chromium', 'popup-pages'], firefox: ['firefox', 'firefox-popup-pages'] };
const files = browsers.flatMap((b) => suites[b].map((name) => `tests/e2e/${name}.test.mjs`));
try {
  // a time limit per test (scripts/e2e-test-timeout.mjs), none for the whole file: Node 20's --test-timeout
  // would be one budget for all of a file's tests, which the Chromium file's 25 tests overran on a busy machine
  const perTest = fileURLToPath(new URL('e2e-test-timeout.mjs', import.meta.url));
  run(process.execPath, ['--import', 'tsx', '--import', perTest, '--test', '--test-concurrency=1', ...files]);
} catch {
  process.exit(1);
}
