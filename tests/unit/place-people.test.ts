// Parts of people's names that look like places are no places (ANNOTATION; PD1998's class of 导演程东海, 罗莎·卢森堡).
// Sentences written for this test.
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaces } from '../../lib/places';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';

const texts = (text: string) => findPlaces(text, [{ index: 0, start: 0, end: text.length }]).map((p) => p.text);

describe("a place inside a person's name", () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('is no place in a foreign name joined by a middle dot', () => {
    expect(texts('影片讲述了卡尔·维也纳的一生')).toEqual([]);
    expect(texts('记者采访了悉尼·波蒂埃')).toEqual([]);
  });

  it('is no place in a Chinese name after a title', () => {
    expect(texts('导演周昆明，演员李红')).toEqual([]);
    expect(texts('一位名叫刘南京的老人')).toEqual([]);
  });

  it('is no place in a name before its affiliation in parentheses', () => {
    expect(texts('评论人：张宁波（复旦大学）')).toEqual([]);
  });

  it('stays a place after a title when no name can hold it, and a country before a dotted name stays', () => {
    expect(texts('张家口（河北北方学院）')).toEqual(['张家口', '河北']);
    expect(texts('导演黄山，演员')).toEqual(['黄山']);
    expect(texts('部长和北京的代表见面')).toEqual(['北京']);
    expect(texts('书记在昆明主持会议')).toEqual(['昆明']);
    expect(texts('泰国诗琳通·玛哈公主')).toEqual(['泰国']);
  });

  it('is no place in an item of a list of names, nor before a form of address', () => {
    expect(texts('获奖者有王立新、刘贵州、赵明等')).toEqual([]);
    expect(texts('演出了孙小平、周昆明的新作')).toEqual([]);
    expect(texts('老教师邱南京先生')).toEqual([]);
  });

  it('stays a place in a list of places or beside a list item that holds a place', () => {
    expect(texts('张家口、承德、唐山三市')).toEqual(['张家口', '承德', '唐山']);
    expect(texts('来自李庄、贵州的客人')).toEqual(['贵州']);
  });
});
