import * as jieba from 'jieba-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';
import type { FigureEntity } from '../../lib/types';
import { at, subjectsOf as subjects } from './fact-spans';

// Figures placed by hand: these tests judge the subject rules of the third facts round, not the figure finder.
// Each sentence is written for the test, of the kind the rule is for.
const figure = (text: string, s: string, unit: string, from = 0): FigureEntity => ({ type: 'figure', ...at(text, s, from), unit, value: 1 });

beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));

describe('subject: 超 as a prefix of the noun measured', () => {
  it('keeps 超 at the head of the phrase after 的 (jieba reads 超|发电量 as a verb and a noun)', () => {
    const text = '城市的超发电量达到12亿千瓦时。';
    expect(subjects(text, [figure(text, '12亿千瓦时', '千瓦时')])).toEqual(['超发电量']);
  });
  it('keeps 超 in the owner of a generic measure', () => {
    const text = '超发电量的价格低于计划电价0.1元左右。';
    expect(subjects(text, [figure(text, '0.1元左右', '元')])).toEqual(['超发电量的价格']);
  });
  it('still reads 超 right before the figure as linking it', () => {
    const text = '基地亩均纯利润超7000元。';
    expect(subjects(text, [figure(text, '7000元', '元')])[0]).toMatch(/亩均纯利润$/);
  });
});

describe('subject: an aside in brackets between the subject and its figure', () => {
  it('is passed over to the subject before it', () => {
    const text = '居民阶梯电价（按月用电量分档执行）由原来的0.56元提高至0.58元。';
    expect(subjects(text, [figure(text, '0.56元', '元')])[0]).toBe('居民阶梯电价');
  });
});
