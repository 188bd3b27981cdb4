import * as jieba from 'jieba-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFacts, mainPlace } from '../../lib/facts/facts';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';
import type { Entity, FigureEntity, PlaceEntity, ProgramEntity, TimeEntity } from '../../lib/types';
import { at, whole } from './fact-spans';

// Entities are placed by hand here so that these tests judge fact building alone.
const figure = (text: string, s: string, unit: string, value: number): FigureEntity => ({ type: 'figure', ...at(text, s), unit, value });
const place = (text: string, s: string, code: string): PlaceEntity => ({ type: 'place', ...at(text, s), name: s, code });
const time = (text: string, s: string): TimeEntity => ({ type: 'time', ...at(text, s) });
const program = (text: string, s: string): ProgramEntity => ({ type: 'program', ...at(text, s), programId: 1, name: s, rule: 'test' });

beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));

describe('buildFacts', () => {
  it('reads subject, place and time of the annotation example', () => {
    const text = '2022年，樟树市带动1.5万户农民增收。';
    const ents: Entity[] = [time(text, '2022年'), place(text, '樟树市', '360982'), figure(text, '1.5万户', '户', 15000)];
    const [fact] = buildFacts(text, whole(text), ents);
    expect(fact.subject).toBe('农民');
    expect(fact.place?.text).toBe('樟树市');
    expect(fact.time?.text).toBe('2022年');
    expect(fact.sentence.text).toBe(text);
  });

  it('takes the noun phrase before a measuring unit and leaves the verb out', () => {
    const text = '去年，基地亩均纯利润超7000元。';
    const [fact] = buildFacts(text, whole(text), [figure(text, '超7000元', '元', 7000)]);
    expect(fact.subject).toMatch(/亩均纯利润$/);
  });

  it('takes the counted noun after a count', () => {
    const text = '全县45个村党组织结成联盟。';
    const [fact] = buildFacts(text, whole(text), [figure(text, '45个', '个', 45)]);
    expect(fact.subject).toBe('村党组织');
  });

  it('ties a figure to the program named before it in the sentence, not in the sentence before', () => {
    const text = '实施财园信贷通以来，累计发放贷款6.39亿元。另有贷款3亿元。';
    const ents: Entity[] = [program(text, '财园信贷通'), figure(text, '6.39亿元', '元', 6.39e8), figure(text, '3亿元', '元', 3e8)];
    const [first, second] = buildFacts(text, whole(text), ents);
    expect(first.program?.text).toBe('财园信贷通');
    expect(second.program).toBeUndefined();
  });

  it('falls back to the article place when the sentence names none', () => {
    const text = '本报樟树讯 樟树市洲上乡发展产业。当地种植500亩。';
    const ents: Entity[] = [place(text, '樟树市', '360982'), place(text, '洲上乡', '360982101'), figure(text, '500亩', '亩', 500)];
    const [fact] = buildFacts(text, whole(text), ents);
    // 当地 refers to the article's place: the fact names the unit meant
    expect(fact.place?.name).toBe('樟树市');
    expect(fact.sentence.text).toBe('当地种植500亩。');
  });

  it('keeps a sentence whole across a column break', () => {
    const text = '该县今年完成投资4275万\n元，同比增长3%。';
    const fig: FigureEntity = { type: 'figure', start: 8, end: 14, text: '4275万\n元', unit: '元', value: 42750000 };
    const [fact] = buildFacts(text, whole(text), [fig]);
    expect(fact.sentence.text).toBe(text);
  });
});

describe('mainPlace', () => {
  it('prefers the dateline place, else the most mentioned', () => {
    const text = '南昌 新干 新干 樟树';
    const ps = [place(text, '南昌', '3601'), place(text, '新干', '360824'), { ...place(text, '新干', '360824'), start: 6, end: 8 }, place(text, '樟树', '360982')];
    expect(mainPlace(whole(text, { datelinePlace: '樟树' }), ps)?.text).toBe('樟树');
    expect(mainPlace(whole(text), ps)?.text).toBe('新干');
  });
});

describe('subjects', () => {
  const subject = (text: string, fig: string, unit: string) => buildFacts(text, whole(text), [figure(text, fig, unit, 1)])[0].subject;

  it('reads the counted noun after a count and stops at the predicate', () => {
    expect(subject('累计为园区136家中小企业发放贷款。', '136家', '家')).toBe('中小企业');
    expect(subject('联合11家合作银行为园区企业提供贷款。', '11家', '家')).toBe('合作银行');
  });

  it('reads what an amount of goods or land is of', () => {
    expect(subject('500亩芥菜迎来采收期。', '500亩', '亩')).toBe('芥菜');
  });

  it('takes the verb a figure measures when no noun stands before it, and never crosses a quote', () => {
    expect(subject('樟树市“财园信贷通”累计放贷6.39亿元。', '6.39亿元', '元')).toBe('放贷');
  });

  it('does not read a share as counting what follows it', () => {
    expect(subject('首次贷款企业占比达86.4%，有效缓解。', '86.4%', '%')).not.toBe('有效');
  });
});

describe('sentences', () => {
  it('takes a headline as the sentence of a figure in it, and starts body sentences after the byline', () => {
    const text = '樟树市累计放贷6.39亿元\n本报讯（记者 黄）今年新增贷款3亿元。';
    const headline = { ...at(text, '樟树市累计放贷6.39亿元') };
    const byline = { ...at(text, '本报讯（记者 黄）') };
    const art = whole(text, { headline, byline });
    const [inHead, inBody] = buildFacts(text, art, [figure(text, '6.39亿元', '元', 6.39e8), figure(text, '3亿元', '元', 3e8)]);
    expect(inHead.sentence.text).toBe('樟树市累计放贷6.39亿元');
    expect(inBody.sentence.text).toBe('今年新增贷款3亿元。');
  });
});

describe('fact places', () => {
  it('passes over places listed as destinations or examples for the place the sentence is about', () => {
    const text = '宜春明月山机场开通至北京、上海、海口等12条航线。';
    const ents: Entity[] = [place(text, '宜春明月山机场', ''), place(text, '北京', '11'), place(text, '上海', '31'), place(text, '海口', '4601'), figure(text, '12条', '条', 12)];
    expect(buildFacts(text, whole(text), ents)[0].place?.text).toBe('宜春明月山机场');
  });

  it('still takes a listed place when the sentence names no other', () => {
    const text = '北京、上海等地新增12条航线。';
    const ents: Entity[] = [place(text, '北京', '11'), place(text, '上海', '31'), figure(text, '12条', '条', 12)];
    expect(buildFacts(text, whole(text), ents)[0].place?.text).toBe('上海');
  });

  it('reads 该镇 / 全县 as the last place of that level before it (ANNOTATION.md: 该市 → 樟树市)', () => {
    const text = '走进横峰县葛源镇枫林村。今年1至8月，该镇共接待游客42.6万人次。全县新增就业1200人。';
    const ents: Entity[] = [place(text, '横峰县', '361125'), place(text, '葛源镇', ''), place(text, '枫林村', ''), figure(text, '42.6万人次', '人次', 426000), figure(text, '1200人', '人', 1200)];
    const [a, b] = buildFacts(text, whole(text), ents);
    expect(a.place?.text).toBe('葛源镇');
    // 全县 names the unit meant; its text stays the reference as written
    expect(b.place?.name).toBe('横峰县');
    expect(b.place?.text).toBe('全县');
  });

  it('prefers the subject to the scene after 在, and passes over places inside quotes', () => {
    const text = '婺源县在上海举办推介会，签约项目8个。婺源县有“中国最美乡村”之称，去年接待游客2600万人次。';
    const ents: Entity[] = [place(text, '婺源县', '361130'), place(text, '上海', '31'), { ...place(text, '婺源县', '361130'), start: 19, end: 22 }, place(text, '中国', ''), figure(text, '8个', '个', 8), figure(text, '2600万人次', '人次', 26e6)];
    const [a, b] = buildFacts(text, whole(text), ents);
    expect(a.place?.text).toBe('婺源县');
    expect(b.place?.start).toBe(19);
  });
});
