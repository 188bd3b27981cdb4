#!/usr/bin/env node
// Runs the command line from its bundle, dist/dianjing.mjs: plain JavaScript, nothing compiled at start.
// `npm ci`/`npm install` (prepare) and `npm test` build it. A checkout where neither ran (installed with
// --ignore-scripts, or dist/ cleaned) builds it here once, with the same script, rather than fail: a
// missing build step should cost one slower start, not a broken command.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/dianjing.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('dianjing: building dist/dianjing.mjs (first run)\n');
  const { buildCli } = await import('../scripts/build-cli.mjs');
  await buildCli();
}
await import(bundle.href);
