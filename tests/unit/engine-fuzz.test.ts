// Property tests with fixed seeds: whatever the input, extract() throws nothing, every offset
// lies inside the text, spans of one type never overlap, and every entity's text is its slice.
import * as fc from 'fast-check';
import * as jieba from 'jieba-wasm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allEntities, extract } from '../../lib/extract';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';
import type { ExtractResult } from '../../lib/types';

beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));

const sample = readFileSync(join(__dirname, '../fixtures/epaper-jiangxi.txt'), 'utf8');

function checkInvariants(text: string, result: ExtractResult) {
  let lastEnd = 0;
  for (const a of result.articles) {
    expect(a.start).toBeGreaterThanOrEqual(lastEnd);
    expect(a.end).toBeGreaterThanOrEqual(a.start);
    expect(a.end).toBeLessThanOrEqual(text.length);
    lastEnd = a.end;
  }
  const byType = new Map<string, { start: number; end: number }[]>();
  for (const e of allEntities(result)) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(e.start).toBeLessThan(e.end);
    expect(e.text).toBe(text.slice(e.start, e.end));
    // a span never starts or ends inside a surrogate pair
    expect(/[\uDC00-\uDFFF]/.test(text[e.start])).toBe(false);
    expect(/[\uD800-\uDBFF]/.test(text[e.end - 1])).toBe(false);
    const list = byType.get(e.type) ?? [];
    list.push(e);
    byType.set(e.type, list);
  }
  for (const list of byType.values()) {
    list.sort((x, y) => x.start - y.start);
    for (let i = 1; i < list.length; i++) expect(list[i].start).toBeGreaterThanOrEqual(list[i - 1].end);
  }
}

// pieces that make the engine's rules fire, mixed with random Unicode
const pieces = fc.constantFrom(
  '江西省', '樟树市', '洲上乡', '铜江村', '“', '”', '《', '》', '6.39亿元', '500亩', '超', '近', '余', '多', '万', '亿', '%', '个百分点',
  '一千二百', '两', '３', '５００', '，', '。', '\n', '\n\n', '😀', '\u200b', '\u202e', '<img src=x onerror=alert(1)>', '年', '月', '日', '至', '-',
  '本报讯', '（', '）', '以下简称', '百分之', '億元', '萬人', '臺灣',
);
const chunk = fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
const noisyText = fc.array(chunk, { maxLength: 40 }).map((a) => a.join(''));

describe('engine invariants', () => {
  it('holds on random text built from rule-firing pieces and random Unicode', () => {
    fc.assert(
      fc.property(noisyText, (text) => {
        checkInvariants(text, extract(text));
      }),
      { seed: 20261126, numRuns: 400 },
    );
  });

  it('holds on the e-paper sample cut at random points', () => {
    fc.assert(
      fc.property(fc.nat(sample.length), fc.nat(sample.length), (a, b) => {
        const text = sample.slice(Math.min(a, b), Math.max(a, b));
        checkInvariants(text, extract(text));
      }),
      { seed: 7, numRuns: 150 },
    );
  });

  it('reads empty, numbers-only and enormous-number input without throwing', () => {
    for (const text of ['', ' ', '\n\n\n', '1234567890'.repeat(4), '9'.repeat(400) + '亿元', '1e308元', '0'.repeat(40) + '人']) {
      checkInvariants(text, extract(text));
    }
  });
});
