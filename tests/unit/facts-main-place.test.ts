import { describe, expect, it } from 'vitest';
import { mainPlace } from '../../lib/facts/facts';
import type { PlaceEntity } from '../../lib/types';
import { at, whole } from './fact-spans';

// Places placed by hand with their level and chain, as the place finder gives them.
const province = (text: string, s: string, code: string, from = 0): PlaceEntity => {
  const name = s.endsWith('省') || s.endsWith('市') ? s : `${s}省`;
  return { type: 'place', ...at(text, s, from), name, code, level: 'province', chain: [{ name, code, level: 'province' }] };
};
const region = (text: string, s: string, from = 0): PlaceEntity => ({ type: 'place', ...at(text, s, from), name: s, level: 'region' });
const all = (text: string, s: string, make: (text: string, s: string, from: number) => PlaceEntity) => {
  const out: PlaceEntity[] = [];
  for (let k = text.indexOf(s); k >= 0; k = text.indexOf(s, k + 1)) out.push(make(text, s, k));
  return out;
};

describe('mainPlace of an article that compares the provinces of a region', () => {
  it('is the region, not the province named most often', () => {
    const text =
      '华北地区供暖季用煤价格上涨。河北省发改委日前发文调整热价。以华北为例，北京、天津、河北的居民热价分别为每平方米24元、25元、22元。' +
      '河北多地热企亏损，河北省最大的热企去年亏损3亿元。华北地区的热企普遍面临压力，山西、内蒙古也在研究调价。';
    const ps = [
      ...all(text, '华北地区', region),
      region(text, '华北', text.indexOf('以华北') + 1),
      province(text, '北京', '11'),
      province(text, '天津', '12'),
      ...all(text, '河北', (t, s, k) => province(t, s, '13', k)),
      province(text, '山西', '14'),
      province(text, '内蒙古', '15'),
    ].sort((a, b) => a.start - b.start);
    expect(mainPlace(whole(text), ps, text)?.name).toMatch(/^华北/);
  });

  it('stays with the province when the region is only named in passing', () => {
    const text = '江西省今年新增光伏装机300万千瓦。江西电网负荷创新高，江西各地加快建设，华东电网给予支持。江西省能源局表示将继续推进。';
    const ps = [...all(text, '江西', (t, s, k) => province(t, s, '36', k)), region(text, '华东')].sort((a, b) => a.start - b.start);
    expect(mainPlace(whole(text), ps, text)?.code).toBe('36');
  });
});

describe('mainPlace and a region named once', () => {
  it('stays with a city when the region is named once beside two cities of one province', () => {
    const city = (text: string, s: string, code: string): PlaceEntity => ({
      type: 'place', ...at(text, s), name: `${s}市`, code, level: 'city',
      chain: [{ name: '浙江省', code: '33', level: 'province' }, { name: `${s}市`, code, level: 'city' }],
    });
    const text = '被称为“华东第一路口”的杭州东站立交桥建成通车，往来宁波的车辆不再拥堵。';
    const ps = [region(text, '华东'), city(text, '杭州', '3301'), city(text, '宁波', '3302')];
    expect(mainPlace(whole(text), ps, text)?.level).toBe('city');
  });
});
