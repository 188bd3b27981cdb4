// The reader reuses its own last result only for the very same text read with the very same options.
import { describe, expect, it } from 'vitest';
import { KeptRead } from '../../components/kept-read';
import { ONE_PIECE_UP_TO, SMALL_RESULT, type PageResult } from '../../components/messages';
import type { ExtractOptions } from '../../lib/types';

const result = (n: number, entities = 3): PageResult =>
  ({ articles: [{ entities: Array.from({ length: entities }, (_, i) => ({ type: 'place', start: i, end: i + 1 })), facts: [] }], kind: n ? 'story' : 'list' }) as unknown as PageResult;
const options = (over: Partial<ExtractOptions> = {}): ExtractOptions => ({ date: '2023-11-08', headings: [{ start: 0, level: 2 }], meta: { title: '标题' }, ...over }) as ExtractOptions;

describe('KeptRead', () => {
  it('gives back the result for the same text and equal options', () => {
    const kept = new KeptRead();
    const r = result(1);
    kept.set('江西省樟树市', options(), r);
    // equal options made anew, as each read makes them
    expect(kept.get('江西省樟树市', options())).toBe(r);
  });

  it('gives nothing when the text changed', () => {
    const kept = new KeptRead();
    kept.set('江西省樟树市', options(), result(1));
    expect(kept.get('江西省樟树市。', options())).toBeUndefined();
    expect(kept.get('', options())).toBeUndefined();
  });

  it('gives nothing when any option changed: lexicon, date, headings, metadata', () => {
    const kept = new KeptRead();
    kept.set('江西省樟树市', options(), result(1));
    expect(kept.get('江西省樟树市', options({ lexicon: { places: ['洲上乡'] } }))).toBeUndefined();
    expect(kept.get('江西省樟树市', options({ date: '2023-11-09' }))).toBeUndefined();
    expect(kept.get('江西省樟树市', options({ headings: [{ start: 0, level: 3 }] }))).toBeUndefined();
    expect(kept.get('江西省樟树市', options({ meta: { title: '另一个' } } as Partial<ExtractOptions>))).toBeUndefined();
  });

  it('keeps only the last read', () => {
    const kept = new KeptRead();
    kept.set('甲', options(), result(1));
    const b = result(0);
    kept.set('乙', options(), b);
    expect(kept.get('甲', options())).toBeUndefined();
    expect(kept.get('乙', options())).toBe(b);
  });

  it('forgets on clear, and keeps nothing for a page too long to read in one piece', () => {
    const kept = new KeptRead();
    kept.set('甲', options(), result(1));
    kept.clear();
    expect(kept.get('甲', options())).toBeUndefined();
    kept.set('甲', options(), result(1));
    const long = '县'.repeat(ONE_PIECE_UP_TO + 1);
    kept.set(long, options(), result(1));
    expect(kept.get(long, options())).toBeUndefined();
    expect(kept.get('甲', options())).toBeUndefined();
  });

  it('keeps no result too large for the reader to reply with (the popup takes those from the background)', () => {
    const kept = new KeptRead();
    kept.set('甲', options(), result(1, SMALL_RESULT + 1));
    expect(kept.get('甲', options())).toBeUndefined();
    const r = result(1, SMALL_RESULT);
    kept.set('甲', options(), r);
    expect(kept.get('甲', options())).toBe(r);
  });
});
