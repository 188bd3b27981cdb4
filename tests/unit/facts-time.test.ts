import { describe, expect, it } from 'vitest';
import { buildFacts } from '../../lib/facts/facts';
import type { Entity, FigureEntity, TimeEntity } from '../../lib/types';
import { at, whole } from './fact-spans';

// Times and figures placed by hand: these tests judge which time a fact takes, not the time finder.
const figure = (text: string, s: string, from = 0): FigureEntity => ({ type: 'figure', ...at(text, s, from), unit: '个', value: 1 });
const time = (text: string, s: string, from = 0): TimeEntity => ({ type: 'time', ...at(text, s, from) });
const factsOf = (text: string, ents: Entity[]) => buildFacts(text, whole(text), ents.sort((a, b) => a.start - b.start));

describe('fact time', () => {
  it('takes the time of the figure’s own sentence and says so', () => {
    const text = '2023年，全县种植蜜桔70万亩。';
    const [f] = factsOf(text, [time(text, '2023年'), figure(text, '70万亩')]);
    expect(f.time?.text).toBe('2023年');
    expect(f.timeFrom).toBe('sentence');
  });

  it('never borrows a time from an earlier paragraph', () => {
    const text = '5月10日，崇仁县麻鸡屠宰项目开工。\n该项目总投资约3.2亿元。';
    const [f] = factsOf(text, [time(text, '5月10日'), figure(text, '约3.2亿元')]);
    expect(f.time).toBeUndefined();
    expect(f.timeFrom).toBeUndefined();
  });

  it('takes the period that opens the paragraph for a later sentence of it', () => {
    const text = '今年1至10月，我国货物贸易进出口总值36.02万亿元。其中，出口20.8万亿元。';
    const [, f] = factsOf(text, [time(text, '今年1至10月'), figure(text, '36.02万亿元'), figure(text, '20.8万亿元')]);
    expect(f.time?.text).toBe('今年1至10月');
    expect(f.timeFrom).toBe('article');
  });

  it('finds the opening period after a report’s own date in the first sentence', () => {
    const text = '海关总署11月7日发布数据，今年1至10月，进出口总值36.02万亿元。其中，出口20.8万亿元。';
    const ents = [time(text, '11月7日'), time(text, '今年1至10月'), figure(text, '36.02万亿元'), figure(text, '20.8万亿元')];
    expect(factsOf(text, ents)[1].time?.text).toBe('今年1至10月');
  });

  it('does not take a single day opening the paragraph for its other sentences', () => {
    const text = '5月12日，记者来到南丰县。全县蜜桔种植面积70万亩。';
    const [f] = factsOf(text, [time(text, '5月12日'), figure(text, '70万亩')]);
    expect(f.time).toBeUndefined();
  });

  it('passes over the day a report was made in the same sentence', () => {
    const text = '5月12日，记者从县农业农村局获悉，全县蜜桔种植面积稳定在70万亩。';
    const [f] = factsOf(text, [time(text, '5月12日'), figure(text, '70万亩')]);
    expect(f.time).toBeUndefined();
  });

  it('keeps the day of the event the figure counts', () => {
    const text = '10月11日，遂川县举办2024年金秋招聘会，86家企业提供岗位2100余个。';
    const ents = [time(text, '10月11日'), time(text, '2024年'), figure(text, '86家'), figure(text, '2100余个')];
    expect(factsOf(text, ents).map((f) => f.time?.text)).toEqual(['10月11日', '10月11日']);
  });

  it('passes over the base year of a comparison', () => {
    const text = '到2027年，全市单位GDP能耗比2023年下降12%左右。';
    const [f] = factsOf(text, [time(text, '2027年'), time(text, '2023年'), figure(text, '12%左右')]);
    expect(f.time?.text).toBe('2027年');
  });

  it('never gives 目前 as a time', () => {
    const text = '目前，全县有机茶种植面积达3.6万亩。';
    const [f] = factsOf(text, [time(text, '目前'), figure(text, '3.6万亩')]);
    expect(f.time).toBeUndefined();
  });

  it('takes a time after the figure only inside the figure’s clause', () => {
    const text = '东风悦达起亚拥有年产13万辆的生产规模，计划在今年5月中旬举行开工仪式。';
    const [f] = factsOf(text, [figure(text, '13万辆'), time(text, '今年5月中旬')]);
    expect(f.time).toBeUndefined();
  });

  it('never takes a year inside a title', () => {
    const text = '该市依托《红色旅游发展规划（2021—2030年）》，已接待研学团队2300余批次。';
    const [f] = factsOf(text, [time(text, '2021—2030年'), figure(text, '2300余批次')]);
    expect(f.time).toBeUndefined();
  });

  it('takes the year of a list’s name when the sentence has no other time', () => {
    const text = '近日，工信部发布2021年度绿色制造名单，我省15家企业入选。';
    const [f] = factsOf(text, [time(text, '2021年度'), figure(text, '15家')]);
    expect(f.time?.text).toBe('2021年度');
  });

  it('carries a time across a semicolon of the same sentence', () => {
    const text = '今年，全省新增省级绿色工厂14家；曲靖市、玉溪市各有2家。';
    const ents = [time(text, '今年'), figure(text, '14家'), figure(text, '2家')];
    expect(factsOf(text, ents)[1].time?.text).toBe('今年');
  });

  it('passes over a meeting day given with its part of the day (findTimes joins 下午 to the day)', () => {
    const text = '3月9日下午，全县召开动员会，出台20条举措。';
    const [f] = factsOf(text, [time(text, '3月9日下午'), figure(text, '20条')]);
    expect(f.time).toBeUndefined();
  });

  it('leaves the time of a change’s end to the figure it ends at', () => {
    const text = '产能从5万吨在2020年提高到8万吨。';
    const [from, to] = factsOf(text, [figure(text, '5万吨'), time(text, '2020年'), figure(text, '8万吨')]);
    expect(from.time).toBeUndefined();
    expect(to.time?.text).toBe('2020年');
  });
});

describe('fact time: a span joined to a date by 的', () => {
  it('takes the date the span ends at, even in a reporting clause', () => {
    const text = '三天之后的3月9日，该公司发布公告称将提价。';
    const [f] = factsOf(text, [{ ...figure(text, '三天'), unit: '天' }, time(text, '3月9日')]);
    expect(f.time?.text).toBe('3月9日');
  });
});
