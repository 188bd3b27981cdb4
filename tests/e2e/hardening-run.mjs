#!/usr/bin/env node
// npm run e2e:hardening: rebuilds the e2e copy only when it is missing or older than the
// sources (and the production build when missing: the permissions test reads its
// manifest), then runs the hardening tests.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildIsStale } from './hardening-browser.mjs';

const wxt = (...args) => execFileSync('npx', ['--no-install', 'wxt', 'build', ...args], { stdio: 'inherit' });

if (buildIsStale('.output/e2e-chrome-mv3')) wxt('--mode', 'e2e');
if (!existsSync('.output/chrome-mv3/manifest.json')) wxt();
try {
  execFileSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-timeout=120000', 'tests/e2e/hardening.test.mjs'], { stdio: 'inherit' });
} catch {
  process.exit(1);
}
