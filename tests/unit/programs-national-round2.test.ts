// Programs of national news, second round (issue #10): honour titles of the 最美 campaigns, idioms in quotes, a
// named series of press conferences, national fairs by their short forms, document titles without 《》, meetings
// of world scope, and ecology works with no object. Made-up sentences of the same kinds, each with a silent case.
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPrograms } from '../../lib/programs';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';

const texts = (s: string) => findPrograms(s).map((p) => p.text);

describe('quoted names', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes a 最美 honour title, though it ends in a kind of person', () => {
    expect(texts('全县评出10名“最美乡村教师”。')).toEqual(['最美乡村教师']);
    expect(texts('她被评为“最美家庭”代表。')).toEqual(['最美家庭']);
  });

  it('leaves a kind of person in quotes alone when no 最美 campaign names it', () => {
    expect(texts('他们是城市里的“外卖小哥”。')).toEqual([]);
  });

  it('reads an idiom in quotes as a figure of speech, even after a weak trigger', () => {
    expect(texts('全省构建“齐头并进”的发展格局。')).toEqual([]);
    expect(texts('形成“三足鼎立”的态势。')).toEqual([]);
  });

  it('takes the name of a series of press conferences', () => {
    expect(texts('国新办举行“权威部门话开局”系列主题新闻发布会。')).toEqual(['权威部门话开局']);
  });
});

describe('unquoted names', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes a national fair by its short form', () => {
    expect(texts('第六届进博会吸引众多展商。')).toEqual(['进博会']);
  });

  it('takes a document title said without 《》 after a verb of issuing, not a clause about a matter', () => {
    expect(texts('两部门联合发布关于加强农村饮水安全保障工作的指导意见，要求各地落实。')).toEqual(['关于加强农村饮水安全保障工作的指导意见']);
    expect(texts('关于这件事的意见，大家说了很多。')).toEqual([]);
  });

  it('takes a meeting of world scope after a verb of holding or attending, not a bare 论坛', () => {
    expect(texts('主席向世界智能产业高峰论坛致贺信。')).toEqual(['世界智能产业高峰论坛']);
    expect(texts('他出席了一个论坛。')).toEqual([]);
  });

  it('takes no ecology work without an object, but keeps one with its object', () => {
    expect(texts('通过实施生态修复工程，林草覆盖率提高。')).toEqual([]);
    expect(texts('黄河下游滩区治理工程全面完工。')).toEqual(['滩区治理工程']);
  });
});
