// A river's, mountain's or region's name heading a product's brand or a team names no place (PD1998's class of
// 珠江钢琴, 上海远东队); the same name before a word of the land (流域) or heading a paper stays a place.
// Sentences written for this test.
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaces } from '../../lib/places';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';

const texts = (text: string) => findPlaces(text, [{ index: 0, start: 0, end: text.length }]).map((p) => p.text);

describe('a brand named after a river or region', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('is no place before a product or a team', () => {
    expect(texts('他买了一架长江钢琴')).toEqual([]);
    expect(texts('黄河啤酒销量大增')).toEqual([]);
    expect(texts('东北队主场获胜')).toEqual([]);
  });

  it('is no place in an animal named after its land', () => {
    expect(texts('华南虎和美洲豹都是猛兽')).toEqual([]);
  });

  it("stays a place before a word of the land or as a paper's head", () => {
    expect(texts('珠江流域普降大雨')).toEqual(['珠江']);
    expect(texts('长江日报记者报道')).toEqual(['长江']);
    expect(texts('华北地区气温回升')).toEqual(['华北地区']);
  });
});
