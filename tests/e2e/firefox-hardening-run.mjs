#!/usr/bin/env node
// npm run e2e:hardening:firefox: rebuilds the Firefox e2e copy only when it is missing or
// older than the sources, then runs the Firefox hardening tests.
import { execFileSync } from 'node:child_process';
import { buildIsStale } from './hardening-browser.mjs';

if (buildIsStale('.output/e2e-firefox-mv3')) execFileSync('npx', ['--no-install', 'wxt', 'build', '--mode', 'e2e', '-b', 'firefox'], { stdio: 'inherit' });
try {
  execFileSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-timeout=120000', 'tests/e2e/firefox-hardening.test.mjs'], { stdio: 'inherit' });
} catch {
  process.exit(1);
}
