import * as jieba from 'jieba-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';
import type { Entity, FigureEntity } from '../../lib/types';
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

describe('subject: a span of time measures what happens in it or after it', () => {
  it('is the happening after 后 and an adverb', () => {
    const text = '这些账户一年后就销户，资金退回。';
    expect(subjects(text, [figure(text, '一年', '年')])).toEqual(['销户']);
  });
  it('is who and what happened to them after 后', () => {
    const text = '3个月后工厂投产。';
    expect(subjects(text, [figure(text, '3个月', '个月')])).toEqual(['工厂投产']);
  });
  it('goes over a negation and who it was done with', () => {
    const text = '他已经五年没有和家人见过面。';
    expect(subjects(text, [figure(text, '五年', '年')])).toEqual(['见过面']);
  });
  it('is the object of a verb of doing after the span, not the verb', () => {
    const text = '合作社将在两年内进行土地整理并申报项目。';
    expect(subjects(text, [figure(text, '两年', '年')])).toEqual(['土地整理']);
  });
  it('is the verb before it and 了 (睡了两个小时), unless the verb’s object follows the span', () => {
    const slept = '她只睡了两个小时就起床了。';
    expect(subjects(slept, [figure(slept, '两个小时', '个小时')])).toEqual(['睡']);
    const dealt = '他们打了二十年交道。';
    expect(subjects(dealt, [figure(dealt, '二十年', '年')])).not.toEqual(['打']);
  });
  it('takes the subject of the count right after it and a verb of doing', () => {
    const text = '入境人员须在抵达后14天再进行2次核酸检测。';
    expect(subjects(text, [figure(text, '14天', '天'), figure(text, '2次', '次')])).toEqual(['核酸检测', '核酸检测']);
  });
});

describe('subject: a count described by a clause and 的', () => {
  it('counts the noun after 的 when the clause acts', () => {
    const text = '每年约有200名过着无性婚姻生活的日本女性前来就诊。';
    expect(subjects(text, [figure(text, '200名', '名')])).toEqual(['日本女性']);
    const from = '论坛吸引了数千名来自各省的代表参加。';
    expect(subjects(from, [figure(from, '数千名', '名')])).toEqual(['代表']);
  });
  it('does not take the object of what the counted did for what is counted', () => {
    const bought = '全市约有3万人购买了这家公司的理财产品。';
    expect(subjects(bought, [figure(bought, '3万人', '人')])).not.toEqual(['理财产品']);
    const cleared = '仅在山区就组织500多人次疏通被大雪封阻的公路。';
    expect(subjects(cleared, [figure(cleared, '500多人次', '人次')])).not.toEqual(['公路']);
  });
  it('keeps a verb-noun compound counted (就业岗位)', () => {
    const text = '提供500余个就业岗位的企业。';
    expect(subjects(text, [figure(text, '500余个', '个')])).toEqual(['就业岗位']);
  });
});

describe('subject: a phrase of 的 before 有 / 达', () => {
  it('is who does it, 的 kept', () => {
    const text = '直接受益的达5000户。';
    expect(subjects(text, [figure(text, '5000户', '户')])).toEqual(['直接受益的']);
    const soon = '近期即将面世的有近30种。';
    expect(subjects(soon, [figure(soon, '近30种', '种')])[0]).toMatch(/即将面世的$/);
  });
});

describe('subject: the topic before a comma', () => {
  it('is taken when the figure’s clause has only modal and linking words', () => {
    const text = '农业科技投入的产出效益，能达到三倍以上。';
    expect(subjects(text, [figure(text, '三倍以上', 'times')])[0]).toMatch(/产出效益$/);
  });
  it('is not taken over a clause with a figure of its own, nor for a span or without a measuring verb', () => {
    const text = '全市固定电话用户突破百万户大关，达到102万户。';
    expect(subjects(text, [figure(text, '百万户', '户'), figure(text, '102万户', '户')])[1]).not.toBe('户大关');
    const span = '备齐资金和面料，一连10多天昼夜奋战。';
    expect(subjects(span, [figure(span, '10多天', '天')])).not.toEqual(['面料']);
  });
  it('is not taken when the figure’s clause names its own subject', () => {
    const text = '农业科技投入加大，产量能达到三千斤。';
    expect(subjects(text, [figure(text, '三千斤', '斤')])).toEqual(['产量']);
  });
});

describe('subject: a span followed by a verb of doing', () => {
  it('measures the object of that verb', () => {
    const text = '研究中心将持续五年开展这样的跟踪调查。';
    expect(subjects(text, [figure(text, '五年', '年')])).toEqual(['跟踪调查']);
  });
});

const placeAt = (text: string, s: string): Entity => ({ type: 'place', ...at(text, s), name: s, level: 'foreign' });

describe('subject: words jieba cuts apart', () => {
  it('rejoins a compound whose last character jieba glued to the next word (总|统治下)', () => {
    const text = '他曾在两位马里总统治下担任部长。';
    expect(subjects(text, [placeAt(text, '马里'), figure(text, '两位', '位')])).toEqual(['马里总统']);
  });
  it('keeps a Latin model name with a hyphen whole, and the noun it names', () => {
    const text = '专柜下架12支YSL-V涉案口红。';
    expect(subjects(text, [figure(text, '12支', '支')])[0]).toMatch(/^YSL-V涉案口红$/);
  });
});

describe('subject: where a counted noun stops, and what a count alone counts', () => {
  it('stops at a locative after the noun (范围内)', () => {
    const text = '河道两侧500米范围内养殖场全部关停。';
    expect(subjects(text, [figure(text, '500米', '米')])).toEqual(['范围']);
  });
  it('counts a verb that ends the clause after the count', () => {
    const text = '他们对报告提出三点质询。';
    expect(subjects(text, [figure(text, '三点', '点')])).toEqual(['质询']);
  });
});

describe('subject: a price in a clause that names nothing', () => {
  it('is of the price the sentence named before it', () => {
    const text = '执行政府指导价的供水量均为300万吨，北京、上海分别为每吨2.6元、2.8元。';
    const [, first, second] = subjects(text, [figure(text, '300万吨', '吨'), placeAt(text, '北京'), placeAt(text, '上海'), figure(text, '2.6元', '元'), figure(text, '2.8元', '元')]);
    expect(first).toMatch(/政府指导价$/);
    expect(second).toBe(first);
  });
});

describe('subject: a quoted name after a count', () => {
  it('modifies the noun after it, which is counted', () => {
    const text = '全市推出12项“一网通办”便民服务。';
    expect(subjects(text, [figure(text, '12项', '项')])).toEqual(['便民服务']);
  });
  it('is itself counted when it ends the clause', () => {
    const text = '今年全省评出5个“最美乡村”。';
    expect(subjects(text, [figure(text, '5个', '个')])).toEqual(['最美乡村']);
  });
});
