import * as jieba from 'jieba-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';
import type { Entity, FigureEntity } from '../../lib/types';
import { at, whole, subjectsOf as subjects } from './fact-spans';

// Figures placed by hand: these tests judge the subject rules of the second facts round, not the figure finder.
const figure = (text: string, s: string, unit: string, from = 0): FigureEntity => ({ type: 'figure', ...at(text, s, from), unit, value: 1 });

beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));

describe('subject: a figure inside a phrase (noun, figure, 的, noun)', () => {
  it('is the value of the noun before it, not a count of the noun after 的', () => {
    const text = '全镇建成日处理能力500吨的污水处理厂。';
    expect(subjects(text, [figure(text, '500吨', '吨')])).toEqual(['日处理能力']);
  });
  it('goes over a comparison and a restatement in brackets', () => {
    const text = '对年营业收入低于300万元（含300万元）的个体工商户给予补贴。';
    const [first, second] = subjects(text, [figure(text, '300万元', '元'), figure(text, '300万元', '元', text.indexOf('含'))]);
    expect(first).toBe('年营业收入');
    expect(second).toBe('年营业收入');
  });
  it('still counts the noun after 的 when a verb stands before the figure', () => {
    const text = '合作社流转了800亩的耕地。';
    expect(subjects(text, [figure(text, '800亩', '亩')])).toEqual(['耕地']);
  });
});

describe('subject: where a counted noun stops', () => {
  it('stops at a doubled character that jieba read as one word', () => {
    const text = '全市86个行政村村集体经济收入超过20万元。';
    expect(subjects(text, [figure(text, '86个', '个')])[0]).toBe('行政村');
  });
  it('stops at a service verb done for the people counted', () => {
    const text = '工作人员上门为60名残疾人办理证件。';
    expect(subjects(text, [figure(text, '60名', '名')])).toEqual(['残疾人']);
  });
  it('passes over a frame after 的 to the noun before the count', () => {
    const text = '在合作社社员只有十余人的情况下，他坚持了下来。';
    expect(subjects(text, [figure(text, '十余人', '人')])[0]).toContain('社员');
  });
});

describe('subject: what a figure measures named in an earlier clause', () => {
  it('takes the topic of a noun-adjective clause for a multiple with none of its own', () => {
    const text = '这种品种的产量高，是普通品种的2倍。';
    expect(subjects(text, [figure(text, '2倍', 'times')])[0]).toContain('产量');
  });
  it('gives a multiple of a base the subject of the figure before it', () => {
    const text = '新机组年发电量达到12亿千瓦时，是原来的3倍。';
    const [a, b] = subjects(text, [figure(text, '12亿千瓦时', '千瓦时'), figure(text, '3倍', 'times')]);
    expect(b).toBe(a);
    expect(a).toContain('发电量');
  });
  it('keeps the owner of a generic measure', () => {
    const text = '玉米的价格在每斤1.2元左右。';
    expect(subjects(text, [figure(text, '1.2元左右', '元')])[0]).toBe('玉米的价格');
  });
});

describe('subject: a span of days with 内', () => {
  it('passes over a named place and 外 (省外) to the noun counted', () => {
    const text = '返校前14天内有浙江省外旅居史的学生需报告。';
    const ents: Entity[] = [figure(text, '14天', '天'), { type: 'place', ...at(text, '浙江省'), name: '浙江省' } as Entity];
    expect(subjects(text, ents)[0]).toBe('旅居史');
  });
  it('measures what happens within it', () => {
    const text = '患者入院后7天内进行康复评估。';
    expect(subjects(text, [figure(text, '7天', '天')])).toEqual(['康复评估']);
  });
});

describe('subject: words jieba tags against their use', () => {
  it('keeps a verb before a measured attribute as part of the noun (增长速度)', () => {
    const text = '上半年工业增长速度超过8%。';
    expect(subjects(text, [figure(text, '8%', '%')])).toEqual(['工业增长速度']);
  });
  it('reads a change followed by a linking verb as the measured noun', () => {
    const text = '居民收入增长也达到6.5%。';
    expect(subjects(text, [figure(text, '6.5%', '%')])[0]).toContain('收入增长');
  });
  it('reads a word tagged as a numeral with no digit in it as a noun', () => {
    const text = '全市小麦良种覆盖率接近98%。';
    expect(subjects(text, [figure(text, '接近98%', '%')])[0]).toContain('良种覆盖率');
  });
});

describe('subject: levels, verbs and regions around the noun', () => {
  it('keeps a level and its noun over 以上 and drops a one-character verb before them', () => {
    const text = '该团队有5项获国家级以上技术发明奖。';
    expect(subjects(text, [figure(text, '5项', '项')])[0]).toContain('技术发明奖');
    expect(subjects(text, [figure(text, '5项', '项')])[0]).not.toMatch(/^获/);
  });
  it('leaves a region named by direction out of what is measured', () => {
    const text = '东部地区进出口增长4.2%。';
    expect(subjects(text, [figure(text, '4.2%', '%')])[0]).not.toContain('地区');
  });
});

describe('subject: an age', () => {
  it('is said of the pronoun right before it, over adverbs and times', () => {
    const text = '邻居说他今年已经68岁。';
    expect(subjects(text, [figure(text, '68岁', '岁')])).toEqual(['他']);
  });
  it('takes no pronoun when none stands right before it', () => {
    const text = '她说这棵树已有300岁。';
    expect(subjects(text, [figure(text, '300岁', '岁')])[0]).not.toBe('她');
  });
});
