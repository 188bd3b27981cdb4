#!/usr/bin/env node
// npm run e2e:shortcut: rebuilds the production extension only when it is missing or older
// than the sources, then runs the keyboard-shortcut test on a virtual X display.
import { buildThenTest } from './hardening-browser.mjs';

buildThenTest('.output/chrome-mv3', [], 'tests/e2e/shortcut.test.mjs');
