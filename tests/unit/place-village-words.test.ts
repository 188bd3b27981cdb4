// Phrases that end like a village or township but name none (PD1998's class of 背井离乡, 特贫村, 第一村), while a
// village's name after its township stays. Sentences written for this test.
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaces } from '../../lib/places';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';

const texts = (text: string) => findPlaces(text, [{ index: 0, start: 0, end: text.length }]).map((p) => p.text);

describe('phrases ending in 乡 or 村', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes no idiom ending in a generic local word', () => {
    expect(texts('他们不得不背井离乡')).toEqual([]);
    expect(texts('知青上山下乡的年代')).toEqual([]);
  });

  it('takes no rank or kind of village', () => {
    expect(texts('号称“全省第一村”')).toEqual([]);
    expect(texts('干部走访特贫村')).toEqual([]);
  });

  it('still takes a village named after its township', () => {
    expect(texts('在瑞金市叶坪乡华屋村，')).toEqual(['瑞金市', '叶坪乡', '华屋村']);
  });
});
