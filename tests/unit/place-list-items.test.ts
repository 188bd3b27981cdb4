// A county's short name as an item of a list of places (issue #10, places: places in lists): the certain place beside
// it across 、 is its context. Sentences written for this test.
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaces } from '../../lib/places';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';

const texts = (text: string) => findPlaces(text, [{ index: 0, start: 0, end: text.length }]).map((p) => p.text);

describe('a short name in a list of places', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('is a place when a certain place stands next to it across 、', () => {
    expect(texts('班列从西安、义乌、重庆三地出发')).toEqual(['西安', '义乌', '重庆']);
    expect(texts('货物运往兰州、寿光两地')).toEqual(['兰州', '寿光']);
  });

  it('still wants context when it stands alone or in a list of other things', () => {
    expect(texts('义乌的小商品卖得好')).toEqual([]);
    expect(texts('蔬菜、寿光、水果')).toEqual([]);
  });

  it('leaves words of direction in a list of parts of places alone', () => {
    expect(texts('青海南部、西藏中部有小雪')).toEqual(['青海', '西藏']);
  });
});
