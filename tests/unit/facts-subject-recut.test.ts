import * as jieba from 'jieba-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';
import type { FigureEntity } from '../../lib/types';
import { at, subjectsOf as subjects } from './fact-spans';

// Sentences written for these tests, of the kinds jieba cuts wrongly around a figure.
const figure = (text: string, s: string, unit: string): FigureEntity => ({ type: 'figure', ...at(text, s), unit, value: 1 });

beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));

describe('subject: a share word jieba reads as a name (占|比达)', () => {
  it('is never the fragment 比达', () => {
    const text = '今年新入驻企业中，民营企业占比达72.5%，比上年提高3个百分点。';
    const [subject] = subjects(text, [figure(text, '72.5%', '%')]);
    expect(subject).not.toMatch(/比达/);
    expect(subject).toContain('民营企业');
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
