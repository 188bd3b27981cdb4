import { describe, expect, it } from 'vitest';
import { ResultCache, type CachedReading } from '../../components/result-cache';
import type { ArticleResult } from '../../lib/types';

const article = (index: number, entities = 0): ArticleResult =>
  ({ index, start: 0, end: 10, entities: Array.from({ length: entities }, (_, i) => ({ type: 'place', start: i, end: i + 1, text: '县' })), facts: [] }) as unknown as ArticleResult;
const reading = (entities = 0): CachedReading => ({ articles: [article(0, entities)], page: { kind: 'story' } });

describe('ResultCache', () => {
  it('gives back a reading only for the same text with the same options', () => {
    const cache = new ResultCache();
    const r = reading(2);
    cache.set('江西省樟树市', { date: '2023-11-08' }, r);
    expect(cache.get('江西省樟树市', { date: '2023-11-08' })).toBe(r);
    expect(cache.get('江西省樟树市。', { date: '2023-11-08' })).toBeUndefined();
    expect(cache.get('江西省樟树市', { date: '2023-11-09' })).toBeUndefined();
    expect(cache.get('江西省樟树市', { date: '2023-11-08', lexicon: { places: ['洲上乡'] } })).toBeUndefined();
  });

  it('drops the least recently used reading first when over its budget', () => {
    // each entry: a key of 4 characters (8 bytes) + 2 items (the article, its entity) × 400 bytes = 808
    const cache = new ResultCache(2000);
    cache.set('甲', {}, reading(1));
    cache.set('乙', {}, reading(1));
    expect(cache.get('甲', {})).toBeDefined(); // 甲 is now the most recent
    cache.set('丙', {}, reading(1));
    expect(cache.count).toBe(2);
    expect(cache.get('乙', {})).toBeUndefined();
    expect(cache.get('甲', {})).toBeDefined();
    expect(cache.get('丙', {})).toBeDefined();
    expect(cache.size).toBeLessThanOrEqual(2000);
  });

  it('does not keep one reading that would take over half its budget', () => {
    const cache = new ResultCache(2000);
    cache.set('甲', {}, reading(1));
    cache.set('大', {}, reading(10));
    expect(cache.get('大', {})).toBeUndefined();
    expect(cache.get('甲', {})).toBeDefined();
  });

  it('replaces a reading of the same key without counting it twice', () => {
    const cache = new ResultCache(2000);
    cache.set('甲', {}, reading(1));
    const before = cache.size;
    const again = reading(1);
    cache.set('甲', {}, again);
    expect(cache.size).toBe(before);
    expect(cache.get('甲', {})).toBe(again);
  });
});
