import { describe, expect, it } from 'vitest';
import { buildFacts } from '../../lib/facts/facts';
import type { Entity, FigureEntity, TimeEntity } from '../../lib/types';
import { at, whole } from './fact-spans';

// Times and figures placed by hand: these tests judge which time a fact takes, not the time finder.
const figure = (text: string, s: string, from = 0): FigureEntity => ({ type: 'figure', ...at(text, s, from), unit: '个', value: 1 });
const time = (text: string, s: string, from = 0): TimeEntity => ({ type: 'time', ...at(text, s, from) });
const timesOf = (text: string, ents: Entity[]) => buildFacts(text, whole(text), ents.sort((a, b) => a.start - b.start)).map((f) => f.time?.text);

describe('fact time carried to a part and across quotes', () => {
  it('gives a 其中 sentence the time of the whole counted before it', () => {
    const text = '统计局今天（3月2日）发布数据，今年春节假期共80万人次出游。其中，外地游客30万人次。';
    const ents = [time(text, '今天'), time(text, '3月2日'), time(text, '今年春节假期'), figure(text, '80万人次'), figure(text, '30万人次')];
    expect(timesOf(text, ents)).toEqual(['今年春节假期', '今年春节假期']);
  });

  it('gives a sentence that does not open with 其中 no time from the sentence before', () => {
    const text = '统计局发布数据，今年春节假期共80万人次出游。外地游客30万人次。';
    const ents = [time(text, '今年春节假期'), figure(text, '80万人次'), figure(text, '30万人次')];
    expect(timesOf(text, ents)[1]).toBeUndefined();
  });

  it('never carries a day to a 其中 sentence', () => {
    const text = '5月3日，全县接待游客8万人次。其中，外地游客3万人次。';
    const ents = [time(text, '5月3日'), figure(text, '8万人次'), figure(text, '3万人次')];
    expect(timesOf(text, ents)[1]).toBeUndefined();
  });

  it('passes over a quoted comparison base and takes the quoted period opening the paragraph', () => {
    const text = '“九五”期间，全省建成公路3000公里，比“八五”末增加500公里。';
    const ents = [time(text, '九五'), time(text, '八五'), figure(text, '3000公里'), figure(text, '500公里')];
    expect(timesOf(text, ents)).toEqual(['九五', '九五']);
  });

  it('carries a quoted period opening the paragraph to its later sentences', () => {
    const text = '“九五”期间，全省交通体系加快建设。农村公路达400公里。';
    const ents = [time(text, '九五'), figure(text, '400公里')];
    expect(timesOf(text, ents)).toEqual(['九五']);
  });

  it('takes the start of a change (由…的X提高到Y) as no period of the new value', () => {
    const text = '“九五”期间，全省林木良种使用率由“八五”末的40%提高到55%。';
    const ents = [time(text, '九五'), time(text, '八五'), figure(text, '55%')];
    expect(timesOf(text, ents)).toEqual(['九五']);
  });

  it('keeps a period after 从 when no change follows it', () => {
    const text = '从2010年起，全县每年植树10万株。';
    const ents = [time(text, '2010年'), figure(text, '10万株')];
    expect(timesOf(text, ents)).toEqual(['2010年']);
  });

  it('carries a period that names what ran in it (…运营期间) after a lead-in', () => {
    const text = '交通局公布的数据显示，2015年到2019年运营期间，客流不足预期。而期间补贴超过2亿元。';
    const ents = [time(text, '2015年到2019年'), figure(text, '2亿元')];
    expect(timesOf(text, ents)).toEqual(['2015年到2019年']);
  });
});

describe('fact time at the two ends of a change', () => {
  it('keeps the start’s own time for the start value (由1990年的X提高到1996年的Y)', () => {
    const text = '全县人均收入由1990年的800元提高到1996年的2000元。';
    const ents = [time(text, '1990年'), time(text, '1996年'), figure(text, '800元'), figure(text, '2000元')];
    expect(timesOf(text, ents)).toEqual(['1990年', '1996年']);
  });
});

describe('fact time of a whole change', () => {
  it('keeps a span standing as its own clause (从1981年到2002年，…从X增至Y) for both values', () => {
    const text = '从1981年到2002年，全县投资从700亿元增至1800亿元。';
    const ents = [time(text, '1981年到2002年'), figure(text, '700亿元'), figure(text, '1800亿元')];
    expect(timesOf(text, ents)).toEqual(['1981年到2002年', '1981年到2002年']);
  });
});
