import { describe, expect, it } from 'vitest';
import { buildFacts } from '../../lib/facts/facts';
import type { Entity, FigureEntity, TimeEntity } from '../../lib/types';
import { at, whole } from './fact-spans';

// Times and figures placed by hand: these tests judge which time a fact takes among years that label figures.
const figure = (text: string, s: string, from = 0): FigureEntity => ({ type: 'figure', ...at(text, s, from), unit: '个', value: 1 });
const time = (text: string, s: string, from = 0): TimeEntity => ({ type: 'time', ...at(text, s, from) });
const factsOf = (text: string, ents: Entity[]) => buildFacts(text, whole(text), ents.sort((a, b) => a.start - b.start));

describe('fact time among labelled figures', () => {
  it('gives a base in brackets its own year, not the sentence’s', () => {
    const text = '2030年的产量将达到8万吨，比2020年(3万吨)多出一倍多。';
    const facts = factsOf(text, [time(text, '2030年'), figure(text, '8万吨'), time(text, '2020年'), figure(text, '3万吨'), figure(text, '一倍多')]);
    expect(facts.map((f) => f.time?.text)).toEqual(['2030年', '2020年', '2030年']);
  });

  it('gives a series’ last year to its own figure only, not to the clause after the series', () => {
    const text = '当年存款利率很高，2010年5%、2011年4%、2012年3.5%，即使保证6%的收益也不算多。';
    const facts = factsOf(text, [time(text, '2010年'), figure(text, '5%'), time(text, '2011年'), figure(text, '4%'), time(text, '2012年'), figure(text, '3.5%'), figure(text, '6%')]);
    expect(facts.map((f) => f.time?.text)).toEqual(['2010年', '2011年', '2012年', undefined]);
  });
});

describe('fact time: a paragraph that moves on to a later year', () => {
  it('no longer speaks of its opening period', () => {
    const text = '2010年到2020年，全市人口年均增长2%。到2035年，人口将达到900万。即使如此，老年人口仍占15%。';
    const facts = factsOf(text, [time(text, '2010年到2020年'), figure(text, '2%'), time(text, '2035年'), figure(text, '900万'), figure(text, '15%')]);
    expect(facts.map((f) => f.time?.text)).toEqual(['2010年到2020年', '2035年', undefined]);
  });
  it('still frames a later sentence that names no later year', () => {
    const text = '2010年到2020年，全市人口年均增长2%。其中，老年人口占15%。';
    const facts = factsOf(text, [time(text, '2010年到2020年'), figure(text, '2%'), figure(text, '15%')]);
    expect(facts.map((f) => f.time?.text)).toEqual(['2010年到2020年', '2010年到2020年']);
  });
});
