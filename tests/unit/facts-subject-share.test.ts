import * as jieba from 'jieba-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';
import type { FigureEntity } from '../../lib/types';
import { at, subjectsOf as subjects } from './fact-spans';

// Figures placed by hand: these tests judge the subject of a share written 占比 (which jieba cuts 占|比).
const figure = (text: string, s: string, unit: string, from = 0): FigureEntity => ({ type: 'figure', ...at(text, s, from), unit, value: 1 });

beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));

describe('subject: 占比 as a noun', () => {
  it('is 占比 after the base closed by 中 (在…中占比仅2%)', () => {
    const text = '在全省所有公路总里程中占比仅2%。';
    expect(subjects(text, [figure(text, '2%', '%')])).toEqual(['占比']);
  });
  it('keeps the word before it and goes over 首次 (全年占比首次超八成)', () => {
    const text = '优良天数为300天，全年占比首次超过80%。';
    expect(subjects(text, [figure(text, '300天', '天'), figure(text, '80%', '%')])[1]).toBe('全年占比');
  });
  it('keeps what is done before it (成交占比超六成)', () => {
    const text = '其中，沿线国家成交占比超过60%。';
    expect(subjects(text, [figure(text, '60%', '%')])[0]).toMatch(/成交占比$/);
  });
  it('leaves 所占比重 to 比重', () => {
    const text = '贸易在外贸中所占比重为30%。';
    expect(subjects(text, [figure(text, '30%', '%')])[0]).not.toMatch(/占比/);
  });
  it('leaves a change right before its figure a verb (利润增长一倍 → 利润)', () => {
    const text = '全县农业增加值增长4%。';
    expect(subjects(text, [figure(text, '4%', '%')])).toEqual(['农业增加值']);
  });
});
