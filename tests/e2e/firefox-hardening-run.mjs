#!/usr/bin/env node
// npm run e2e:hardening:firefox: rebuilds the Firefox e2e copy only when it is missing or
// older than the sources, then runs the Firefox hardening tests.
import { buildThenTest } from './hardening-browser.mjs';

buildThenTest('.output/e2e-firefox-mv3', ['--mode', 'e2e', '-b', 'firefox'], 'tests/e2e/firefox-hardening.test.mjs', ['--test-concurrency=1']);
