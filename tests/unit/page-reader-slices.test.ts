// The reader yields to the page only when a slice has run its time: a small page is read in one task, a slow
// read gives the page its turn between passes.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { reading } from '../../lib/page';

const PAGE = `<!doctype html><html><head><title>樟树新建农田 - 江西新闻网</title></head><body>
<nav><a href="/">首页</a> <a href="/news">新闻</a></nav>
<article><h1>樟树新建农田</h1><p>今年以来，樟树市新建高标准农田5万亩，带动1.5万户农民增收。</p>
<p>该市还完善了灌溉设施，惠及12个乡镇。</p></article><footer>版权所有</footer></body></html>`;

function countYields(now: () => number): number {
  const root = parseHTML(PAGE).document.documentElement as unknown as Element;
  const read = reading(root, { now, sliceMs: 10 });
  let yields = 0;
  while (!read.next().done) yields++;
  return yields;
}

describe('reading a page in slices', () => {
  it('reads a small page in one go when the clock says there is time', () => {
    expect(countYields(() => 0)).toBe(0);
  });

  it('gives the page its turn between passes when every look at the clock finds a slice used up', () => {
    let t = 0;
    expect(countYields(() => (t += 20))).toBeGreaterThanOrEqual(2);
  });
});
