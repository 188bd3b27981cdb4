#!/usr/bin/env node
// npm run e2e:hardening: rebuilds the e2e copy only when it is missing or older than the
// sources (and the production build when missing: the permissions test reads its
// manifest), then runs the hardening tests.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json'];

/** Newest modification time under `path` (a file or a folder, recursively). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

const built = (dir) => (existsSync(join(dir, 'manifest.json')) ? statSync(join(dir, 'manifest.json')).mtimeMs : 0);
const sources = Math.max(...SOURCES.map(newest));
const wxt = (...args) => execFileSync('npx', ['--no-install', 'wxt', 'build', ...args], { stdio: 'inherit' });

if (built('.output/e2e-chrome-mv3') < sources) wxt('--mode', 'e2e');
if (!built('.output/chrome-mv3')) wxt();
try {
  execFileSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-timeout=120000', 'tests/e2e/hardening.test.mjs'], { stdio: 'inherit' });
} catch {
  process.exit(1);
}
