#!/usr/bin/env node
// npm run e2e:shortcut: rebuilds the production extension only when it is missing or older
// than the sources, then runs the keyboard-shortcut test on a virtual X display.
import { execFileSync } from 'node:child_process';
import { buildIsStale } from './hardening-browser.mjs';

if (buildIsStale('.output/chrome-mv3')) execFileSync('npx', ['--no-install', 'wxt', 'build'], { stdio: 'inherit' });
try {
  execFileSync(process.execPath, ['--import', 'tsx', '--test', '--test-timeout=120000', 'tests/e2e/shortcut.test.mjs'], { stdio: 'inherit' });
} catch {
  process.exit(1);
}
