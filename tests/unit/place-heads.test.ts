// A place that jieba glues into a longer word: a party committee (中共某省委), a body the country heads (中国文联),
// the city's streets at large (某市街头). PD1998's classes; sentences written for this test.
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaces } from '../../lib/places';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';

const texts = (text: string) => findPlaces(text, [{ index: 0, start: 0, end: text.length }]).map((p) => p.text);

describe('a place inside a longer word', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes the province or city of a party committee, in full as ANNOTATION says', () => {
    expect(texts('中共河北省委常委会召开会议')).toEqual(['河北省']);
    expect(texts('他调任中共上海市委副书记')).toEqual(['上海市']);
  });

  it('takes a place chained inside one word with 地区 after it', () => {
    expect(texts('中国台湾地区的选举')).toEqual(['中国', '台湾']);
    expect(texts('山西省运城地区的苹果')).toEqual(['山西省', '运城']);
  });

  it('takes the country heading a federation', () => {
    expect(texts('活动由中国文联主办')).toEqual(['中国']);
  });

  it('takes the city before its streets at large, but a road named after it stays a road', () => {
    expect(texts('春节前夕的杭州街头张灯结彩')).toEqual(['杭州']);
    expect(texts('武汉街面上行人稀少')).toEqual(['武汉']);
    expect(texts('车辆驶入长江路')).toEqual(['长江路']);
  });

  it('keeps a city after its country when the segmenter reads country, city and school as one word', () => {
    expect(texts('他在日本东京大学任教')).toEqual(['日本', '东京']);
    expect(texts('美国芝加哥大学的学者')).toEqual(['美国', '芝加哥']);
  });
});
