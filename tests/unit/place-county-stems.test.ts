// A county's short name alone, with no place of its province nearby: kept when jieba's dictionary also reads it as a
// place word (issue #10, places: PD1998's class of 泽州, 宜阳 named bare). Sentences written for this test.
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaces } from '../../lib/places';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';

const texts = (text: string) => findPlaces(text, [{ index: 0, start: 0, end: text.length }]).map((p) => p.text);

describe('a county short name the segmenter tags as a place', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('is a place on its own', () => {
    expect(texts('今年婺源的油菜花开得早')).toEqual(['婺源']);
    expect(texts('他毕业后回到诸暨工作')).toEqual(['诸暨']);
  });

  it('stays out when the segmenter reads it as a name of a person or a verb', () => {
    expect(texts('今年寿光的菜价平稳')).toEqual([]);
  });

  it('stays out when it is a modifier and a land word, a plain word too', () => {
    expect(texts('新开的商城里人很多')).toEqual([]);
    expect(texts('行人走过天桥')).toEqual([]);
    expect(texts('这里是一座山城')).toEqual([]);
    expect(texts('当地路桥公司承建')).toEqual([]);
  });

  it('stays out when its last character is an adverb that may stand on its own', () => {
    expect(texts('燃气供给商都要降价')).toEqual([]);
  });

  it("stays out after a lone family name: a person's name", () => {
    expect(texts('参加座谈的有张诸暨、李明')).toEqual([]);
  });
});
