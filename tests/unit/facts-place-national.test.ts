import { describe, expect, it } from 'vitest';
import { buildFacts } from '../../lib/facts/facts';
import type { Article, Entity, FigureEntity, PlaceEntity, PlaceLevelRef } from '../../lib/types';
import { at, whole } from './fact-spans';

// An article about the whole country names China most, yet its paragraphs go from city to city and site to site.
const HB: PlaceLevelRef = { name: '湖北省', code: '42', level: 'province' };
const XY: PlaceLevelRef = { name: '襄阳市', code: '4206', level: 'city' };
/** Every 中国 in the text, as the country. */
const chinas = (text: string): PlaceEntity[] => [...text.matchAll(/中国/g)].map((m) => ({ type: 'place', start: m.index ?? 0, end: (m.index ?? 0) + 2, text: '中国', name: '中国', level: 'country' }));
const unit = (text: string, s: string, chain: PlaceLevelRef[], from = 0): PlaceEntity => {
  const u = chain[chain.length - 1];
  return { type: 'place', ...at(text, s, from), name: u.name, code: u.code, level: u.level, chain };
};
const site = (text: string, s: string, from = 0): PlaceEntity => ({ type: 'place', ...at(text, s, from), name: s, level: 'site' });
const figure = (text: string, s: string): FigureEntity => ({ type: 'figure', ...at(text, s), unit: '个', value: 1 });
const factsOf = (text: string, ents: Entity[], extra: Partial<Article> = {}) => buildFacts(text, whole(text, extra), ents.sort((a, b) => a.start - b.start));

describe('fact place in an article about China', () => {
  it('takes the city its paragraph went to, not China', () => {
    const text = '中国的城市化\n中国城市化加快，中国城市增多。\n襄阳市是湖北省的地级市；常住人口约526万。';
    const ents = [...chinas(text), unit(text, '襄阳市', [HB, XY]), unit(text, '湖北省', [HB]), figure(text, '526万')];
    expect(factsOf(text, ents, { headline: { ...at(text, '中国的城市化') } })[0].place?.name).toBe('襄阳市');
  });

  it('takes the named site its paragraph is about (a bridge)', () => {
    const text = '中国的桥梁\n中国桥梁建设领先，中国桥多。\n去年通车的港珠澳大桥举世闻名；它全长55公里。';
    const ents = [...chinas(text), site(text, '港珠澳大桥'), figure(text, '55公里')];
    expect(factsOf(text, ents, { headline: { ...at(text, '中国的桥梁') } })[0].place?.name).toBe('港珠澳大桥');
  });

  it('not a place the paragraph only passes through', () => {
    const text = '中国的铁路\n中国铁路发达，中国车站多。\n班列从成都出发，经湖北襄阳通往各地；线路全长1000公里。';
    const ents = [...chinas(text), unit(text, '湖北', [HB]), unit(text, '襄阳', [HB, XY]), figure(text, '1000公里')];
    expect(factsOf(text, ents, { headline: { ...at(text, '中国的铁路') } })[0].place?.name).toBe('中国');
  });
});

describe('fact place after 是', () => {
  it('is what the place before it is, not what the sentence is about', () => {
    const text = '湖北见闻\n湖北省山水秀丽。襄阳市是湖北省的地级市，常住人口约526万。';
    const ents = [unit(text, '湖北省', [HB]), unit(text, '湖北省', [HB], 5), unit(text, '襄阳市', [HB, XY]), unit(text, '湖北省', [HB], 14), figure(text, '526万')];
    expect(factsOf(text, ents, { headline: { ...at(text, '湖北见闻') } })[0].place?.name).toBe('襄阳市');
  });
});

describe('fact place: a district named in a housing estate’s name', () => {
  it('is the estate’s ornament, so the figure stays with the article’s city', () => {
    const text = '襄阳楼市\n襄阳市楼市回暖，襄阳市新盘增多。\n樊城花园昨日开盘，该项目起价6000元。';
    const FC: PlaceLevelRef = { name: '樊城区', code: '420606', level: 'county' };
    const ents = [unit(text, '襄阳', [HB, XY]), unit(text, '襄阳市', [HB, XY], 5), unit(text, '襄阳市', [HB, XY], 13), unit(text, '樊城', [HB, XY, FC]), figure(text, '6000元')];
    expect(factsOf(text, ents, { headline: { ...at(text, '襄阳楼市') } })[0].place?.name).toBe('襄阳市');
  });
});
