import * as jieba from 'jieba-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';
import type { Entity, FigureEntity } from '../../lib/types';
import { at, subjectsOf as subjects } from './fact-spans';

// Figures placed by hand: these tests judge the subject rules of the fourth facts round (long feature pages).
// Each sentence is written for the test, of the kind the rule is for.
const figure = (text: string, s: string, unit: string, from = 0): FigureEntity => ({ type: 'figure', ...at(text, s, from), unit, value: 1 });

beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));

describe('subject: a yearly rate of change', () => {
  it('is said of what grows, over 平均每年递增', () => {
    const text = '全省粮食产量平均每年递增3.1%。';
    expect(subjects(text, [figure(text, '3.1%', '%')])).toEqual(['粮食产量']);
  });
  it('is said of what shrinks, over 每年递减', () => {
    const text = '耕地面积每年递减0.5%。';
    expect(subjects(text, [figure(text, '0.5%', '%')])).toEqual(['耕地面积']);
  });
});

describe('subject: a multiple against a base in brackets', () => {
  it('is of what the base counts (比上年(3万人)高出一倍)', () => {
    const text = '今年的游客人数将达到6.5万人，比上年(3万人)高出一倍多。';
    const figs = [figure(text, '6.5万人', '人'), figure(text, '3万人', '人'), figure(text, '一倍多', 'times')];
    expect(subjects(text, figs)[2]).toBe('游客人数');
  });
});

describe('subject: a count whose modifier jieba reads as an adverb', () => {
  it('keeps the modifier with its noun (两部高速电梯)', () => {
    const text = '每个单元都配备了两部高速电梯。';
    expect(subjects(text, [figure(text, '两部', '部')])).toEqual(['高速电梯']);
  });
});

describe('subject: a share right before its noun', () => {
  it('counts the noun when nothing is said before the share (持有60%股份)', () => {
    const text = '该集团持有60%股份。';
    expect(subjects(text, [figure(text, '60%', '%')])).toEqual(['股份']);
  });
});

describe('subject: a share of a base that names its place', () => {
  it('is what stands before 占, not the base (占全国人口的5%)', () => {
    const text = '山区的留守儿童约占全国儿童的5%。';
    expect(subjects(text, [figure(text, '5%', '%')])[0]).toMatch(/留守儿童$/);
  });
});

describe('subject: a topic clause before a series of years', () => {
  it('names every figure of the series (存款利率很高，2010年5%、2011年4%)', () => {
    const text = '那几年，存款利率很高，2010年5%、2011年4%。';
    expect(subjects(text, [figure(text, '5%', '%'), figure(text, '4%', '%')])).toEqual(['存款利率', '存款利率']);
  });
});

describe('subject: a span after an event', () => {
  it('measures the time since the event (阑尾炎手术后三天)', () => {
    const text = '他在阑尾炎手术后三天就出院了。';
    expect(subjects(text, [figure(text, '三天', '天')])).toEqual(['阑尾炎手术后']);
  });
  it('over 至今 and 已经 (毕业后至今已经5年)', () => {
    const text = '那批学生，毕业后至今已经5年。';
    expect(subjects(text, [figure(text, '5年', '年')])).toEqual(['毕业后']);
  });
});

describe('subject: a hedge before a figure', () => {
  it('is never the subject (差不多3万元)', () => {
    const text = '买菜做饭，差不多3万元够用。';
    expect(subjects(text, [figure(text, '3万元', '元')])[0]).not.toBe('差不多');
  });
});

describe('subject: figures written together with nothing between', () => {
  it('keep a subject said right before the first (总面积2万平方米18层的大楼)', () => {
    const text = '这是一座总面积2万平方米18层的办公大楼。';
    expect(subjects(text, [figure(text, '2万平方米', '平方米'), figure(text, '18层', '层')])[0]).toBe('总面积');
  });
  it('share the noun after the last when nothing stands right before the first (申请到7成15年的公积金贷款)', () => {
    const text = '首套房一般可以申请到7成15年的公积金贷款。';
    expect(subjects(text, [figure(text, '7成', '成'), figure(text, '15年', '年')])[0]).toBe('公积金贷款');
  });
});

describe('subject: the share of those who do something', () => {
  it('names the doers with the share (不支持的比例超过60%)', () => {
    const text = '调查发现，不支持的比例超过60%。';
    expect(subjects(text, [figure(text, '60%', '%')])).toEqual(['不支持的比例']);
  });
});

describe('subject: a position word heading its clause’s phrase', () => {
  it('stays with the noun (（上臂长30公分）)', () => {
    const text = '全长80公分（上臂长30公分，下臂长50公分）。';
    const figs = [figure(text, '80公分', '公分'), figure(text, '30公分', '公分'), figure(text, '50公分', '公分')];
    const got = subjects(text, figs);
    expect(got[1]).toMatch(/^上臂/);
    expect(got[2]).toMatch(/^下臂/);
  });
});

describe('subject: 可 heading a term (可|转换|债券)', () => {
  it('is kept with the term', () => {
    const text = '其中可转换债券80%以上由大型企业发行。';
    expect(subjects(text, [figure(text, '80%以上', '%')])).toEqual(['可转换债券']);
  });
});

describe('subject: a contrast with another holder (…，乙地则为)', () => {
  it('measures what the figure before measured', () => {
    const text = '例如，甲省的高中入学率95%，乙省则为80%。';
    // the places are found by the place finder in the pipeline
    const places: Entity[] = [{ type: 'place', ...at(text, '甲省') }, { type: 'place', ...at(text, '乙省') }];
    const got = subjects(text, [...places, figure(text, '95%', '%'), figure(text, '80%', '%')]);
    expect(got[1]).toBe(got[0]);
    expect(got[0]).toMatch(/入学率$/);
  });
});

describe('subject: the end of a change in a clause of its verb alone', () => {
  it('has the subject of its start (从不足30%，扩大到60%)', () => {
    const text = '公司的线上销售份额从不足30%，扩大到60%。';
    const got = subjects(text, [figure(text, '30%', '%'), figure(text, '60%', '%')]);
    expect(got[1]).toBe(got[0]);
    expect(got[1]).toBeTruthy();
  });
  it('but a clause naming its own subject keeps it (，平均用时缩短至3天)', () => {
    const text = '网上可办率达98%，平均用时缩短至3天。';
    expect(subjects(text, [figure(text, '98%', '%'), figure(text, '3天', '天')])[1]).toMatch(/用时$/);
  });
});

describe('subject: an after-event word jieba tags as a time (术后, 产后)', () => {
  it('heads the noun it qualifies (术后感染)', () => {
    const text = '剖宫产的术后感染约为3%。';
    expect(subjects(text, [figure(text, '3%', '%')])).toEqual(['术后感染']);
  });
});

describe('subject: an event count with a quoted term after its verb', () => {
  it('keeps the term with the verb (3人出现“反弹”)', () => {
    const text = '接受治疗的病人中，有3人出现“反弹”。';
    expect(subjects(text, [figure(text, '3人', '人')])).toEqual(['出现“反弹”']);
  });
});
