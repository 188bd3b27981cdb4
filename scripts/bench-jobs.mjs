#!/usr/bin/env node
// Batch throughput of `dianjing extract --jsonl --jobs N` at 1, 2 and all cores on the same records:
// wall-clock time of the whole command (worker start included, as a user pays it), chars/s and records/s, and
// the CPU time of all its threads: on a busy machine the wall clock says little, while CPU beyond --jobs 1's
// is what the threads cost (each worker's start: the bundle, the place index, jieba; its JIT warming up).
// Records: the first RECORDS lines of ../shared/data/pd1998-dev.jsonl when it is beside the repository,
// else the fixtures' texts repeated.
//
//   node scripts/bench-jobs.mjs [RECORDS]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const count = Number(process.argv[2] ?? 500);
const shared = `${root}../shared/data/pd1998-dev.jsonl`;
let lines;
let source;
if (existsSync(shared)) {
  lines = readFileSync(shared, 'utf8').split('\n').filter(Boolean).slice(0, count);
  source = `first ${lines.length} records of pd1998-dev`;
} else {
  const dir = `${root}tests/fixtures/`;
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + f, 'utf8'));
  lines = Array.from({ length: count }, (_, i) => JSON.stringify({ id: i, text: texts[i % texts.length] }));
  source = `${count} records: the fixtures' texts repeated`;
}
const input = lines.join('\n') + '\n';
const chars = lines.reduce((n, l) => n + JSON.parse(l).text.length, 0);

// CPU of the children this process has waited for, from /proc (Linux): user + system, in clock ticks of 10 ms
const childTicks = () => {
  if (!existsSync('/proc/self/stat')) return NaN;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return Number(fields[13]) + Number(fields[14]); // cutime, cstime
};

const cores = availableParallelism();
const jobCounts = [...new Set([1, 2, cores])];
console.log(`--jsonl --jobs N on ${source} (${chars.toLocaleString('en-US')} chars), wall clock of the whole command (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores):`);
let first;
for (const jobs of jobCounts) {
  const ticks = childTicks();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [`${root}bin/dianjing.mjs`, 'extract', '--jsonl', '--jobs', String(jobs)], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = (childTicks() - ticks) / 100;
  if (r.status !== 0) throw new Error(`--jobs ${jobs} failed: ${r.stderr}`);
  first ??= s;
  const label = `jobs ${jobs}${jobs === cores ? ' (all cores)' : ''}`;
  console.log(`  ${label.padEnd(20)} ${s.toFixed(2).padStart(6)} s  ${(chars / s / 1000).toFixed(0).padStart(5)} K chars/s  ${(lines.length / s).toFixed(0).padStart(5)} records/s  speed-up ${(first / s).toFixed(2)}×  CPU ${cpu.toFixed(1)} s`);
}
