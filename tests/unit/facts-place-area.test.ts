import { describe, expect, it } from 'vitest';
import { buildFacts } from '../../lib/facts/facts';
import type { Article, Entity, FigureEntity, PlaceEntity, PlaceLevelRef, ProgramEntity } from '../../lib/types';
import { at, whole } from './fact-spans';

// Places, programs and figures placed by hand: these tests judge which place a fact takes.
const HN: PlaceLevelRef = { name: '湖南省', code: '43', level: 'province' };
const SC: PlaceLevelRef = { name: '四川省', code: '51', level: 'province' };
const YB: PlaceLevelRef = { name: '宜宾市', code: '5115', level: 'city' };
const unit = (text: string, s: string, chain: PlaceLevelRef[], from = 0): PlaceEntity => {
  const u = chain[chain.length - 1];
  return { type: 'place', ...at(text, s, from), name: u.name, code: u.code, level: u.level, chain };
};
const river = (text: string, s: string, from = 0): PlaceEntity => ({ type: 'place', ...at(text, s, from), name: s, level: 'site' });
const program = (text: string, s: string, from = 0): ProgramEntity => ({ type: 'program', ...at(text, s, from), programId: 1, name: s, rule: 'test' });
const country = (text: string, s: string, from = 0): PlaceEntity => ({ type: 'place', ...at(text, s, from), name: '中国', level: 'country' });
const figure = (text: string, s: string, from = 0): FigureEntity => ({ type: 'figure', ...at(text, s, from), unit: '个', value: 1 });
const factsOf = (text: string, ents: Entity[], extra: Partial<Article> = {}) => buildFacts(text, whole(text, extra), ents.sort((a, b) => a.start - b.start));
/** 长江 inside every 长江经济带, each a program. */
const areas = (text: string): Entity[] =>
  [...text.matchAll(/长江经济带/g)].flatMap((m) => [river(text, '长江', m.index), program(text, '长江经济带', m.index)]);

describe('fact place in an area named as a plan', () => {
  const text = '长江经济带十年\n长江经济带发展加快。\n今天的长江经济带，建设了8个国家实验室。\n在四川宜宾，这里建成了90公里的生态廊道。\n十年来，居民人均收入提升至4.4万元。';
  const ents = (): Entity[] => [...areas(text), unit(text, '四川', [SC]), unit(text, '宜宾', [SC, YB]), figure(text, '8个'), figure(text, '90公里'), figure(text, '4.4万元')];
  const head = { headline: { ...at(text, '长江经济带十年') } };

  it('gives a figure of its sentence the area, not the river in its name', () => {
    expect(factsOf(text, ents(), head)[0].place?.text).toBe('长江经济带');
  });

  it('makes the area the article’s place for a sentence naming none', () => {
    expect(factsOf(text, ents(), head)[2].place?.text).toBe('长江经济带');
  });

  it('still gives a paragraph about one of its cities that city', () => {
    expect(factsOf(text, ents(), head)[1].place?.name).toBe('宜宾市');
  });

  it('leaves a place inside another program’s name no place', () => {
    const t = '湖南省发展加快。\n《长江保护条例》施行后，新建了8个湿地。';
    const f = factsOf(t, [unit(t, '湖南省', [HN]), river(t, '长江'), program(t, '长江保护条例'), figure(t, '8个')]);
    expect(f[0].place?.name).toBe('湖南省');
  });
});

describe('fact place and the whole a share is of', () => {
  it('passes over 全国 after 占 when the sentence names its own place', () => {
    const text = '湖南省集群数量占全国的51%。';
    const f = factsOf(text, [unit(text, '湖南省', [HN]), country(text, '全国'), figure(text, '51%')]);
    expect(f[0].place?.name).toBe('湖南省');
  });

  it('passes over 全国 right before a share', () => {
    const text = '今天的湖南省，分布有全国约42.8%的保护区。';
    const f = factsOf(text, [unit(text, '湖南省', [HN]), country(text, '全国'), figure(text, '约42.8%')]);
    expect(f[0].place?.name).toBe('湖南省');
  });

  it('keeps a place after 占 in a clause with no share (法国占了越南)', () => {
    const text = '那年，湖南省占了四川省2个县。';
    const f = factsOf(text, [unit(text, '湖南省', [HN]), unit(text, '四川省', [SC]), figure(text, '2个')]);
    expect(f[0].place?.name).toBe('四川省');
  });
});

describe('fact place and the places a sentence lists or cites', () => {
  it('passes over a country in the name of the source cited (据中国…台网测定)', () => {
    const text = '湖南省地震\n据中国地震台网测定，震中周边发生地震共38次。';
    const ents = [unit(text, '湖南省', [HN]), country(text, '中国'), figure(text, '38次')];
    expect(factsOf(text, ents, { headline: { ...at(text, '湖南省地震') } })[0].place?.name).toBe('湖南省');
  });

  it('passes over places listed after the figure as its members (10个村庄有甲村、乙村)', () => {
    const text = '湖南省发展加快。\n周边有10个村庄，有宜宾、四川等。';
    const ents = [unit(text, '湖南省', [HN]), unit(text, '宜宾', [SC, YB]), unit(text, '四川', [SC]), figure(text, '10个')];
    expect(factsOf(text, ents, { headline: { ...at(text, '湖南省发展加快') } })[0].place?.name).toBe('湖南省');
  });

  it('keeps a place joined by 与 in an earlier clause (美国与盟国磋商后，人数减为3万人)', () => {
    const text = '湖南省与盟国磋商后宣布，人数减为3个。';
    const ents = [unit(text, '湖南省', [HN]), figure(text, '3个')];
    expect(factsOf(text, ents)[0].place?.name).toBe('湖南省');
  });
});
