// A reading's result put back together: the kind and chrome reach the popup and the reader whether
// the page was read in one piece or in chunks.
import { describe, expect, it } from 'vitest';
import { pageResult } from '../../components/page-result';
import type { Chunk } from '../../lib/merge-chunks';
import type { ArticleResult, Entity } from '../../lib/types';

const article = (index: number, start: number): ArticleResult => ({ index, start, end: start + 10, entities: [], facts: [] });
const place = (start: number): Entity => ({ type: 'place', start, end: start + 3, text: '樟树市' });

describe('pageResult', () => {
  it('a read in one piece keeps the kind and chrome it came with', () => {
    const r = pageResult([{ articles: [article(0, 0)], done: 10, total: 10 }], { kind: 'story', chrome: [place(50)] });
    expect(r.kind).toBe('story');
    expect(r.chrome?.map((e) => e.start)).toEqual([50]);
    expect(r.articles).toHaveLength(1);
  });

  it('a chunked read gathers each chunk\'s chrome in order', () => {
    const chunks = [
      { articles: [article(0, 0)], chrome: [place(12)], done: 20, total: 40 },
      { articles: [article(1, 20)], chrome: [place(33)], done: 40, total: 40 },
    ] as unknown as Chunk[]; // Chunk.chrome comes with the page reader's engine change
    const r = pageResult(chunks, {});
    expect(r.chrome?.map((e) => e.start)).toEqual([12, 33]);
    expect(r.articles.map((a) => a.index)).toEqual([0, 1]);
  });

  it('a read of plain text has no kind and no chrome', () => {
    const r = pageResult([{ articles: [article(0, 0)], done: 10, total: 10 }], {});
    expect(r).not.toHaveProperty('chrome');
    expect(r.kind).toBeUndefined();
  });
});
