#!/usr/bin/env node
// npm run e2e:hardening: rebuilds the e2e copy only when it is missing or older than the
// sources (and the production build when missing: the permissions test reads its
// manifest), then runs the hardening tests.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildThenTest } from './hardening-browser.mjs';

if (!existsSync('.output/chrome-mv3/manifest.json')) execFileSync('npx', ['--no-install', 'wxt', 'build'], { stdio: 'inherit' });
buildThenTest('.output/e2e-chrome-mv3', ['--mode', 'e2e'], 'tests/e2e/hardening.test.mjs', ['--test-concurrency=1']);
