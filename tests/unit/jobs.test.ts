// dianjing extract --jsonl --jobs N: worker threads, answers in input order, the same answers as one thread.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(__dirname, '../../bin/dianjing.mjs');
const run = (args: string[], input: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
const sample = readFileSync(join(__dirname, '../fixtures/epaper-jiangxi.txt'), 'utf8');
const line = (id: string, text: string) => JSON.stringify({ id, text });

// a huge record first, then small ones: a runner that wrote answers as they finish would put the small ones first
const records = [
  line('huge', Array.from({ length: 60 }, () => sample).join('\n\n')),
  ...Array.from({ length: 12 }, (_, i) => line(`small${i}`, `2022年，江西省樟树市带动${i + 1}万户农民增收。`)),
  line('medium', sample),
  ...Array.from({ length: 5 }, (_, i) => line(`tail${i}`, `南昌市今年种植${i + 2}00亩。`)),
];

describe('dianjing extract --jsonl --jobs', () => {
  it('keeps input order with two workers on records of very different sizes, and answers as one thread does', () => {
    const input = records.join('\n') + '\n';
    const two = run(['extract', '--jsonl', '--jobs', '2'], input);
    expect(two.status, two.stderr).toBe(0);
    const ids = two.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(records.map((r) => JSON.parse(r).id));
    const one = run(['extract', '--jsonl', '--jobs', '1'], input);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('answers many short records in order across batches and a full window, as one thread does', () => {
    // more records than the window holds (256 a worker) and than one answer message carries (32), some of them
    // long enough that the workers finish out of order
    const many = Array.from({ length: 1500 }, (_, i) => line(`r${i}`, i % 97 === 0 ? sample : `${2000 + (i % 24)}年，樟树市第${i}号项目投资${i % 50}亿元。`));
    const input = many.join('\n') + '\n';
    const two = run(['extract', '--jsonl', '--jobs', '2'], input);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(many.map((_, i) => `r${i}`));
    expect(two.stdout).toBe(run(['extract', '--jsonl', '--jobs', '1'], input).stdout);
  });

  it('reports a bad line in the middle by its number and answers the rest in order', () => {
    const input = [records[1], records[2], '{"id":"x","text":', records[3], '', records[4]].join('\n') + '\n';
    const r = run(['extract', '--jsonl', '--jobs=3'], input);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^dianjing: line 3: malformed JSONL record/);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['small0', 'small1', 'small2', 'small3']);
  });

  it('refuses a job count that is not a whole number of at least 1', () => {
    for (const bad of ['0', '-2', 'two', '1.5']) {
      const r = run(['extract', '--jsonl', '--jobs', bad], '');
      expect(r.status, bad).toBe(2);
      expect(r.stderr, bad).toMatch(/--jobs takes a whole number/);
    }
  });

  it('documents --jobs in --help', () => {
    expect(run(['--help'], '').stdout).toMatch(/--jobs N/);
  });
});
