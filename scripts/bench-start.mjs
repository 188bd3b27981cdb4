#!/usr/bin/env node
// What a user feels on one page: `dianjing extract` on the sample against a bare jieba-wasm load-and-tag of
// the same text (scripts/bench-baseline-jieba.mjs), the floor the command line cannot go below. CPU time of
// each child process (user + system, all its threads), paired runs alternating so that load from elsewhere
// hits both alike, median of each. Goal: ratio ≤ 1.3. The command copies in jieba's dictionary built at build
// time (dist/jieba.mem, cli/jieba-image.ts), which the baseline builds at its first cut: the third row is the
// command with jieba building it too (DIANJING_JIEBA_IMAGE=0), the like-for-like comparison.
//
//   node scripts/bench-start.mjs [RUNS]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sample = `${root}tests/fixtures/epaper-jiangxi.txt`;
const runs = Number(process.argv[2] ?? 7);

// CPU of the children this process has waited for, from /proc (Linux): user + system, in clock ticks of 10 ms
const childTicks = () => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return Number(fields[13]) + Number(fields[14]); // cutime, cstime (fields 16 and 17 of stat)
};
if (!existsSync('/proc/self/stat')) {
  console.log('start cost: needs /proc (Linux) to read the children\'s CPU time; skipped');
  process.exit(0);
}

function cpuMs([env, args]) {
  const before = childTicks();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return (childTicks() - before) * 10;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const contenders = {
  'dianjing extract': [{}, ['bin/dianjing.mjs', 'extract', sample]],
  'jieba-wasm load + tag()': [{}, ['scripts/bench-baseline-jieba.mjs', sample]],
  'dianjing, no jieba image': [{ DIANJING_JIEBA_IMAGE: '0' }, ['bin/dianjing.mjs', 'extract', sample]],
};
cpuMs(contenders['dianjing extract']); // builds the bundle if it is missing, and warms the file cache
const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(contenders)) times[name].push(cpuMs(args));

console.log(`start cost on ${sample.slice(root.length)} (CPU time, median of ${runs} paired runs):`);
for (const [name, ts] of Object.entries(times)) console.log(`  ${name.padEnd(25)} ${String(median(ts)).padStart(6)} ms   (runs: ${ts.join(' ')})`);
const ratio = (name) => (median(times[name]) / median(times['jieba-wasm load + tag()'])).toFixed(2);
console.log(`  ratio ${ratio('dianjing extract')}× (goal ≤ 1.3×); with jieba building its dictionary at start as the baseline does ${ratio('dianjing, no jieba image')}×`);
