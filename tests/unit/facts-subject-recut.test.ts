import * as jieba from 'jieba-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';
import type { FigureEntity } from '../../lib/types';
import { at, subjectsOf as subjects } from './fact-spans';

// Sentences written for these tests, of the kinds jieba cuts wrongly around a figure.
const figure = (text: string, s: string, unit: string): FigureEntity => ({ type: 'figure', ...at(text, s), unit, value: 1 });

beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));

describe('subject: a share word before its linking verb (占比达, 比重为) is the share\'s noun', () => {
  it('is never the fragment 比达', () => {
    const text = '今年新入驻企业中，民营企业占比达72.5%，比上年提高3个百分点。';
    expect(subjects(text, [figure(text, '72.5%', '%')])).toEqual(['民营企业占比']);
  });
  it('keeps 比重 before 达 / 为 in the phrase, as a change word is kept (增长达)', () => {
    const text = '全县第三产业比重为41.3%。';
    expect(subjects(text, [figure(text, '41.3%', '%')])).toEqual(['第三产业比重']);
  });
});

describe('subject: a verb of sending ends the counted noun', () => {
  it('stops before 销往 / 运往 (what follows is a destination)', () => {
    const a = '每天有50余吨新鲜水果销往广州、深圳等地。';
    expect(subjects(a, [figure(a, '50余吨', '吨')])).toEqual(['新鲜水果']);
    const b = '当天共有200多箱药品运往灾区。';
    expect(subjects(b, [figure(b, '200多箱', '箱')])[0]).not.toMatch(/运往/);
  });
});
