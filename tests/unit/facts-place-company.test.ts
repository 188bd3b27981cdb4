import { describe, expect, it } from 'vitest';
import { buildFacts } from '../../lib/facts/facts';
import { isOrganization } from '../../lib/facts/main-place';
import type { Article, Entity, FigureEntity, PlaceEntity, PlaceLevelRef } from '../../lib/types';
import { at } from './fact-spans';

const HN: PlaceLevelRef = { name: '湖南省', code: '43', level: 'province' };
const CS: PlaceLevelRef = { name: '长沙市', code: '4301', level: 'city' };
const place = (text: string, s: string, chain: PlaceLevelRef[], from = 0): PlaceEntity => {
  const unit = chain[chain.length - 1];
  return { type: 'place', ...at(text, s, from), name: unit.name, code: unit.code, level: unit.level, chain };
};
const figure = (text: string, s: string): FigureEntity => ({ type: 'figure', ...at(text, s), unit: '家', value: 1 });

describe('fact place: a place at the head of a company’s full name', () => {
  it('is the company’s, not where its figure is', () => {
    // the article is about the province (named twice); the sentence names only a company of its capital
    const text = '湖南省公布名单，湖南省又有企业入选。入选企业包括长沙精密机械有限公司、湘潭某某集团等12家企业。';
    const ents: Entity[] = [place(text, '湖南省', [HN]), place(text, '湖南省', [HN], 5), place(text, '长沙', [HN, CS]), figure(text, '12家')];
    const article: Article = { index: 0, start: 0, end: text.length };
    const [f] = buildFacts(text, article, ents.sort((a, b) => a.start - b.start));
    expect(f.place?.name).toBe('湖南省');
  });
  it('tells a company’s name from a place that acts or is joined to one', () => {
    const text = '长沙精密机械厂；长沙与华为公司签约；长沙的公司';
    const p = (from: number) => place(text, '长沙', [HN, CS], from);
    expect(isOrganization(text, p(0))).toBe(true);
    expect(isOrganization(text, p(text.indexOf('长沙与')))).toBe(false);
    expect(isOrganization(text, p(text.indexOf('长沙的')))).toBe(false);
  });
});

describe('fact place: a place at the head of a society’s, troupe’s or institute’s name', () => {
  it('is the society’s, so the place the sentence is about is the scene', () => {
    const text = '湖南省作家协会会员、长沙花鼓戏剧团演员李某，于昨日在长沙病逝，享年81岁。';
    const ents: Entity[] = [place(text, '湖南省', [HN]), place(text, '长沙', [HN, CS]), place(text, '长沙', [HN, CS], text.indexOf('在长沙') + 1), { ...figure(text, '81岁'), unit: '岁' }];
    const [f] = buildFacts(text, { index: 0, start: 0, end: text.length }, ents.sort((a, b) => a.start - b.start));
    expect(f.place?.start).toBe(text.indexOf('在长沙') + 1);
  });
  it('is no society’s when the place is joined to one or owns one', () => {
    const text = '湖南省科学技术协会；长沙与协会签约；湖南的研究所';
    expect(isOrganization(text, place(text, '湖南省', [HN]))).toBe(true);
    expect(isOrganization(text, place(text, '长沙', [HN, CS]))).toBe(false);
    expect(isOrganization(text, place(text, '湖南', [HN], text.indexOf('湖南的')))).toBe(false);
  });
});
