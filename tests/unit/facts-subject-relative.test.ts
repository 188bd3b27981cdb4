import * as jieba from 'jieba-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';
import type { FigureEntity } from '../../lib/types';
import { at, subjectsOf as subjects } from './fact-spans';

// Figures placed by hand: these tests judge the subject of a count described by a clause before 的.
const figure = (text: string, s: string, unit: string, from = 0): FigureEntity => ({ type: 'figure', ...at(text, s, from), unit, value: 1 });

beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));

describe('subject: a count described by what its members do', () => {
  it('counts the noun after 的 when a verb opens the clause (发布规划的城市)', () => {
    const text = '全省有12个发布规划的城市。';
    expect(subjects(text, [figure(text, '12个', '个')])).toEqual(['城市']);
  });
  it('counts the noun after 的 over a verb with 了 (投运了有轨电车的城市)', () => {
    const text = '全国有23座投运了有轨电车的城市。';
    expect(subjects(text, [figure(text, '23座', '座')])).toEqual(['城市']);
  });
  it('leaves a count whose noun comes first to that noun (6个学生拿下了第一名的成绩)', () => {
    const text = '乐团中有6个学生拿下了班级第一名的成绩。';
    expect(subjects(text, [figure(text, '6个', '个')])).toEqual(['学生']);
  });
  it('leaves a count of a place-like noun before 的 to that noun (3个村的党员)', () => {
    const text = '这次共有3个村的党员参加。';
    expect(subjects(text, [figure(text, '3个', '个')])[0]).not.toBe('党员');
  });
});

describe('subject: a trade named as one word', () => {
  it('keeps a four-character trade name inside the counted noun (新兴产业集群)', () => {
    const text = '这里有30个国家级战略性新兴产业集群集聚成势。';
    expect(subjects(text, [figure(text, '30个', '个')])[0]).toContain('新兴产业集群');
  });
});
