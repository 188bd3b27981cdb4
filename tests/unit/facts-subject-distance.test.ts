import * as jieba from 'jieba-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';
import type { Entity, FigureEntity } from '../../lib/types';
import { at, subjectsOf as subjects } from './fact-spans';

// Figures placed by hand: these tests judge the subject of a length measured from a place.
const figure = (text: string, s: string, unit: string, from = 0): FigureEntity => ({ type: 'figure', ...at(text, s, from), unit, value: 1 });
const place = (text: string, s: string): Entity => ({ type: 'place', ...at(text, s) });

beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));

describe('subject: a distance from a place', () => {
  it('is 距 and the place, for each of a list of distances', () => {
    const text = '震中距南丰县45公里、距抚州市60公里，距宜黄县80公里。';
    const ents = [place(text, '南丰县'), place(text, '抚州市'), place(text, '宜黄县'), figure(text, '45公里', '公里'), figure(text, '60公里', '公里'), figure(text, '80公里', '公里')];
    expect(subjects(text, ents)).toEqual(['距南丰县', '距抚州市', '距宜黄县']);
  });
  it('goes over adverbs between the place and the length (还有, 约)', () => {
    const text = '这座山庄距离县城还有12公里的路程。';
    expect(subjects(text, [figure(text, '12公里', '公里')])).toEqual(['距离县城']);
  });
  it('does not read 距 inside a word (间距)', () => {
    const text = '两台机器的最大间距只有3米。';
    expect(subjects(text, [figure(text, '3米', '米')])[0]).not.toMatch(/^距/);
  });
  it('leaves a length bounding an area (15米范围内) to the area', () => {
    const text = '距堤脚线两侧15米范围内为征地范围。';
    expect(subjects(text, [figure(text, '15米', '米')])[0] ?? '').not.toMatch(/^距/);
  });
  it('does not fire for a figure that is no length (距今300年)', () => {
    const text = '这座古桥距今已有300年。';
    expect(subjects(text, [figure(text, '300年', '年')])[0] ?? '').not.toMatch(/^距/);
  });
});
