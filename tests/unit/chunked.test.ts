import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractChunks, mergeChunks } from '../../lib/chunked';
import { allEntities, extract } from '../../lib/extract';

const sample = readFileSync(join(__dirname, '../fixtures/epaper-jiangxi.txt'), 'utf8');
const wire = (e: { type: string; start: number; end: number }) => `${e.type}:${e.start}-${e.end}`;

describe('extractChunks', () => {
  it('finds what extract() finds when articles are grouped into small chunks', () => {
    const whole = extract(sample);
    const merged = mergeChunks(extractChunks(sample, {}, 800));
    expect(merged.map((a) => [a.start, a.end])).toEqual(whole.articles.map((a) => [a.start, a.end]));
    expect(merged.flatMap((a) => a.entities).map(wire)).toEqual(allEntities(whole).map(wire));
  });

  it('cuts a long single article into bounded pieces and reports progress up to the end', () => {
    const long = Array.from({ length: 200 }, (_, i) => `第${i}段：全县种植水稻${i + 1}00亩，江西省樟树市增收。`).join('\n');
    const chunks = [...extractChunks(long, {}, 1000)];
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) for (const a of c.articles) expect(a.end - a.start).toBeLessThanOrEqual(1000);
    expect(chunks[chunks.length - 1].done).toBe(long.length);
    for (const e of mergeChunks(chunks).flatMap((a) => a.entities)) expect(e.text).toBe(long.slice(e.start, e.end));
  });
});
