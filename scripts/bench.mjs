#!/usr/bin/env node
// npm run bench: every benchmark script, one after another; each prints its figures and ratios.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['CLI start (Node): dianjing extract against a bare jieba-wasm load + tag()', ['node', 'scripts/bench-start.mjs']],
  ['CLI batch (Node): --jsonl --jobs N', ['node', 'scripts/bench-jobs.mjs']],
  ['page reader (Node): story text of the saved pages, ours beside Mozilla Readability', ['node', '--import', 'tsx', 'scripts/bench-reader.mjs']],
  ['engine (Node)', ['node', '--import', 'tsx', 'scripts/bench-engine.ts']],
  ['extension (Chromium)', ['node', 'scripts/bench-browser.mjs']],
];
for (const [name, [cmd, ...args]] of steps) {
  const script = args[args.length - 1];
  if (!existsSync(script)) continue;
  console.log(`\n== ${name} ==`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
