// A full name whose suffix starts a plain word (市区, 市民, 县城, 省直): the short name is the place (PD1998's class of
// "we took the suffix in"), while an organization the full name heads keeps it (市委, 市政府) and so does a unit whose
// suffix stands alone before another word (县|城关镇, 市|话剧团). Sentences written for this test.
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaces } from '../../lib/places';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';

const texts = (text: string) => findPlaces(text, [{ index: 0, start: 0, end: text.length }]).map((p) => p.text);

describe('a full name whose suffix starts a word', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('leaves the suffix to the word it starts', () => {
    expect(texts('昨夜上海市区下了一场小雨')).toEqual(['上海']);
    expect(texts('广州市民踊跃参加义务植树')).toEqual(['广州']);
    expect(texts('这是一所天津市属高校')).toEqual(['天津']);
    expect(texts('湖南省直单位干部下乡')).toEqual(['湖南']);
    expect(texts('杭州市政工程公司中标')).toEqual(['杭州']);
  });

  it('keeps the full name before an organization or a word of its own', () => {
    expect(texts('重庆市委召开全会')).toEqual(['重庆市']);
    expect(texts('成都市政府发布通告')).toEqual(['成都市']);
    expect(texts('福建省市场监督管理局通报')).toEqual(['福建省']);
    expect(texts('四川省内各高校')).toEqual(['四川省']);
  });
});
