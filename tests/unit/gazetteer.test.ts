import { describe, expect, it } from 'vitest';
import { chainOf, isWithin, loadGazetteer } from '../../lib/places/gazetteer';
import { nameForms } from '../../lib/places/names';

const g = loadGazetteer();
const unitsOf = (name: string) => (g.byName.get(name) ?? []).map((r) => ({ code: g.units[r.unit].code, kind: r.kind }));

describe('gazetteer data', () => {
  it('holds every level down to township with GB/T 2260 codes', () => {
    const levels = new Map<string, number>();
    for (const u of g.units) levels.set(u.level, (levels.get(u.level) ?? 0) + 1);
    expect(levels.get('province')).toBe(34); // 31 mainland + Hong Kong, Macao, Taiwan
    expect(levels.get('county')).toBeGreaterThan(2900);
    expect(levels.get('township')).toBeGreaterThan(40000);
    const zhangshu = g.units.find((u) => u.code === '360982')!;
    expect(zhangshu.name).toBe('樟树市');
    expect(g.units.find((u) => u.code === '360982201')?.name).toBe('洲上乡');
  });

  // its load time is printed by npm run bench, not asserted here
  it('is loaded once', () => {
    expect(loadGazetteer()).toBe(g);
  });

  it('gives the chain from the province down, skipping placeholder levels', () => {
    const [ref] = g.byName.get('洲上乡')!;
    expect(chainOf(g, ref.unit).map((c) => `${c.code} ${c.name}`)).toEqual(['36 江西省', '3609 宜春市', '360982 樟树市', '360982201 洲上乡']);
    const [chaoyang] = g.byName.get('朝阳区')!.filter((r) => g.units[r.unit].code === '110105');
    expect(chainOf(g, chaoyang.unit).map((c) => c.name)).toEqual(['北京市', '朝阳区']);
  });

  it('indexes full names, short forms and former names', () => {
    expect(unitsOf('江西')).toEqual([{ code: '36', kind: 'short' }]);
    expect(unitsOf('樟树市')).toEqual([{ code: '360982', kind: 'full' }]);
    expect(unitsOf('黔东南州')).toEqual([{ code: '5226', kind: 'full' }]);
    expect(unitsOf('新津县')).toEqual([{ code: '510118', kind: 'old' }]);
    expect(unitsOf('襄樊')).toEqual([{ code: '4206', kind: 'old' }]);
    expect(unitsOf('中洲乡').map((u) => u.code).sort()).toEqual(['360982200', '430621202']);
  });

  it('leaves generic zone names out of the index', () => {
    expect(g.byName.has('高新区')).toBe(false);
    expect(g.byName.has('经济开发区')).toBe(false);
    expect(g.byName.has('城区')).toBe(false);
  });

  it('knows the containment of units', () => {
    const jiangxi = g.byName.get('江西省')!.concat(g.byName.get('江西')!)[0].unit;
    const zhangshu = g.byName.get('樟树市')![0].unit;
    expect(isWithin(g, zhangshu, jiangxi)).toBe(true);
    expect(isWithin(g, jiangxi, zhangshu)).toBe(false);
  });

  it('indexes lengths per first character, longest first', () => {
    const lens = g.lengthsByFirst.get('樟')!;
    expect(lens).toContain(3);
    expect([...lens].sort((a, b) => b - a)).toEqual(lens);
  });
});

describe('name forms', () => {
  it('shortens names the way text does', () => {
    expect(nameForms('江西省', 'province')).toEqual({ full: ['江西省'], short: '江西' });
    expect(nameForms('内蒙古自治区', 'province')).toEqual({ full: ['内蒙古自治区'], short: '内蒙古' });
    expect(nameForms('黔东南苗族侗族自治州', 'city')).toEqual({ full: ['黔东南苗族侗族自治州', '黔东南州'], short: '黔东南' });
    expect(nameForms('彭水苗族土家族自治县', 'county')).toEqual({ full: ['彭水苗族土家族自治县', '彭水县'], short: '彭水' });
    expect(nameForms('洲上乡', 'township')).toEqual({ full: ['洲上乡'] });
    expect(nameForms('和县', 'county')).toEqual({ full: ['和县'] });
  });
});
