#!/usr/bin/env node
// Runs the command line, built by scripts/build-cli.mjs (at `npm ci`/`npm install` through prepare, and
// before `npm test`); nothing is compiled at start.
// - One page (`extract FILE`) from the startup snapshot dist/dianjing.blob when this very Node built it: the
//   engine comes up with its gazetteer index already built, in a child `node --snapshot-blob` (a snapshot
//   is chosen when Node starts, so this process cannot load it itself). NODE_OPTIONS could change V8's
//   flags, which a snapshot must match, so with it set the bundle runs instead. Batches (--jsonl) run from
//   the bundle: their start matters less, and Node 20 cannot start worker threads (--jobs) from a process
//   restored from a snapshot (the worker's process.cwd() fails). An HTML page runs from the snapshot too:
//   the DOM library is not in it but required when the page comes (cli/node-packages.ts). `dianjing read`
//   runs from the bundle: it needs neither the engine nor the place index, so the second start would not pay.
// - Else from the bundle dist/dianjing.mjs, in this process. A checkout where no build ran (installed with
//   --ignore-scripts, or dist/ cleaned) builds it here once, with the same script, rather than fail: a
//   missing build step should cost one slower start, not a broken command.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/dianjing.mjs', import.meta.url);
const snapshot = fileURLToPath(new URL('../dist/dianjing.blob', import.meta.url));

function snapshotFits() {
  if (process.argv[2] !== 'extract' || process.argv.includes('--jsonl') || process.env.NODE_OPTIONS || !existsSync(snapshot) || !existsSync(`${snapshot}.json`)) return false;
  const built = JSON.parse(readFileSync(`${snapshot}.json`, 'utf8'));
  return built.node === process.version && built.execPath === process.execPath && existsSync(bundle);
}

if (snapshotFits()) {
  const r = spawnSync(process.execPath, ['--snapshot-blob', snapshot, bundle.href, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.signal) process.kill(process.pid, r.signal);
  process.exitCode = r.status ?? 1;
} else {
  if (!existsSync(bundle)) {
    process.stderr.write('dianjing: building dist/dianjing.mjs (first run)\n');
    const { buildCli } = await import('../scripts/build-cli.mjs');
    await buildCli();
  }
  await import(bundle.href);
}
