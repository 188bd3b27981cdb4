// Well-known rivers, lakes and mountains the lexicon lacked (PD1998's largest class of missed sites), and a
// mountain jieba cuts from its foot (钟|山脚下). Sentences written for this test.
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaces } from '../../lib/places';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';

const texts = (text: string) => findPlaces(text, [{ index: 0, start: 0, end: text.length }]).map((p) => p.text);

describe('rivers, lakes and mountains', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes a well-known river, lake or mountain with no place beside it', () => {
    expect(texts('红军强渡大渡河')).toEqual(['大渡河']);
    expect(texts('游客泛舟泸沽湖')).toEqual(['泸沽湖']);
    expect(texts('我们登上了雁荡山')).toEqual(['雁荡山']);
  });

  it('takes a mountain whose last character jieba joined to the word after it', () => {
    expect(texts('学校建在钟山脚下')).toEqual(['钟山']);
  });

  it('leaves a mountain that only looks like a plain word phrase alone', () => {
    expect(texts('翻过千山万水')).toEqual([]);
  });
});
