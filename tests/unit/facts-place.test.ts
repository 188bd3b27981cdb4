import { describe, expect, it } from 'vitest';
import { buildFacts } from '../../lib/facts/facts';
import type { Article, Entity, FigureEntity, PlaceEntity, PlaceLevelRef } from '../../lib/types';
import { at, whole } from './fact-spans';

// Places placed by hand with their gazetteer chains: these tests judge which place a fact takes.
const JX: PlaceLevelRef = { name: '江西省', code: '36', level: 'province' };
const YC: PlaceLevelRef = { name: '宜春市', code: '3609', level: 'city' };
const ZS: PlaceLevelRef = { name: '樟树市', code: '360982', level: 'county' };
const GZ: PlaceLevelRef = { name: '赣州市', code: '3607', level: 'city' };
const NK: PlaceLevelRef = { name: '南康区', code: '360703', level: 'county' };
const place = (text: string, s: string, chain: PlaceLevelRef[], from = 0): PlaceEntity => {
  const unit = chain[chain.length - 1];
  return { type: 'place', ...at(text, s, from), name: unit.name, code: unit.code, level: unit.level, chain };
};
const figure = (text: string, s: string): FigureEntity => ({ type: 'figure', ...at(text, s), unit: '个', value: 1 });
const factsOf = (text: string, ents: Entity[], extra: Partial<Article> = {}) => buildFacts(text, whole(text, extra), ents.sort((a, b) => a.start - b.start));

describe('fact place', () => {
  it('reads 全市 as the county-level city the article is about, not its prefecture (ANNOTATION.md)', () => {
    const text = '樟树市芥菜丰收\n本报樟树讯 宜春市樟树市洲上乡芥菜丰收。宜春市农业农村局介绍，2022年，全市带动1.5万户农民增收。';
    const ents = [place(text, '樟树市', [JX, YC, ZS]), place(text, '宜春市', [JX, YC]), place(text, '樟树市', [JX, YC, ZS], 15), place(text, '宜春市', [JX, YC], 27), figure(text, '1.5万户')];
    const [f] = factsOf(text, ents, { headline: { ...at(text, '樟树市芥菜丰收') }, datelinePlace: '樟树' });
    expect(f.place?.name).toBe('樟树市');
    expect(f.placeFrom).toBe('sentence');
  });

  it('reads 全市 as the prefecture in an article about one of its counties', () => {
    const text = '南康区家具产业\n南康区家具产业发展迅速，南康区企业众多。全市家具企业达7500余家。';
    const ents = [place(text, '南康区', [JX, GZ, NK]), place(text, '南康区', [JX, GZ, NK], 8), place(text, '南康区', [JX, GZ, NK], 20), figure(text, '7500余家')];
    expect(factsOf(text, ents)[0].place?.name).toBe('赣州市');
  });

  it('never takes a place in a company’s name, and reads 当地 as the article’s place', () => {
    const text = '南康区家具产业\n南康区举办对接会。当天，赣州银行等6家金融机构与当地家具企业签约。';
    const ents = [place(text, '南康区', [JX, GZ, NK]), place(text, '南康区', [JX, GZ, NK], 8), place(text, '赣州', [JX, GZ]), figure(text, '6家')];
    expect(factsOf(text, ents)[0].place?.name).toBe('南康区');
  });

  it('reads 我国 as China', () => {
    const text = '今年1至10月，我国与东盟贸易总值为5.7万亿元。';
    const ents: Entity[] = [{ type: 'place', ...at(text, '东盟'), name: '东盟', level: 'foreign' }, figure(text, '5.7万亿元')];
    const [f] = factsOf(text, ents);
    expect(f.place?.name).toBe('中国');
  });

  it('takes the place its paragraph went to for a sentence naming none', () => {
    const CZ: PlaceLevelRef = { name: '长征源社区', code: '', level: 'village' };
    const YD: PlaceLevelRef = { name: '于都县', code: '360731', level: 'county' };
    const GJ: PlaceLevelRef = { name: '贡江镇', code: '360731100', level: 'township' };
    const text = '于都县推进社区治理\n在于都县贡江镇长征源社区，干部上门服务。社区开设红色课堂，开展宣讲活动60余场。';
    const ents = [place(text, '于都县', [JX, GZ, YD]), place(text, '于都县', [JX, GZ, YD], 10), place(text, '贡江镇', [JX, GZ, YD, GJ]), place(text, '长征源社区', [JX, GZ, YD, GJ, CZ]), figure(text, '60余场')];
    const [f] = factsOf(text, ents);
    expect(f.place?.text).toBe('长征源社区');
    expect(f.placeFrom).toBe('article');
  });

  it('does not take a place named after the figure in another clause', () => {
    const text = '九江市发布意见\n到2027年，全市单位GDP能耗下降12%左右，长江干流九江段水质保持Ⅱ类。';
    const JJ: PlaceLevelRef = { name: '九江市', code: '3604', level: 'city' };
    const ents: Entity[] = [place(text, '九江市', [JX, JJ]), { type: 'place', ...at(text, '长江'), name: '长江', level: 'site' }, figure(text, '12%左右')];
    expect(factsOf(text, ents)[0].place?.name).toBe('九江市');
  });

  it('takes the place right before a figure in a list of places and figures', () => {
    const CX: PlaceLevelRef = { name: '楚雄彝族自治州', code: '5323', level: 'city' };
    const KM: PlaceLevelRef = { name: '昆明市', code: '5301', level: 'city' };
    const YN: PlaceLevelRef = { name: '云南省', code: '53', level: 'province' };
    const text = '全省新增省级绿色工厂14家，其中昆明市3家、楚雄彝族自治州3家。';
    const ents = [figure(text, '14家'), place(text, '昆明市', [YN, KM]), { ...figure(text, '3家'), start: text.indexOf('3家'), end: text.indexOf('3家') + 2 }, place(text, '楚雄彝族自治州', [YN, CX]), { ...figure(text, '3家'), start: text.lastIndexOf('3家'), end: text.lastIndexOf('3家') + 2 }];
    const facts = factsOf(text, ents);
    expect(facts.map((f) => f.place?.name)).toEqual(['云南省', '昆明市', '楚雄彝族自治州']);
  });

  it('chooses the article’s place at the level its mentions gather (a city of a province, not the province)', () => {
    const NC: PlaceLevelRef = { name: '南昌市', code: '3601', level: 'city' };
    const text = '南昌工商局查处。江西省消费者投诉。南昌市场监管。江西省通报，南昌市民反映。昨天，检测费用达3000元。';
    const ents = [place(text, '南昌', [JX, NC]), place(text, '江西省', [JX]), place(text, '南昌', [JX, NC], 17), place(text, '江西省', [JX], 22), place(text, '南昌', [JX, NC], 28), figure(text, '3000元')];
    expect(factsOf(text, ents)[0].place?.name).toBe('南昌市');
  });

  it('stays with the province when its mentions spread over several cities', () => {
    const NJ: PlaceLevelRef = { name: '南京市', code: '3201', level: 'city' };
    const SZ: PlaceLevelRef = { name: '苏州市', code: '3205', level: 'city' };
    const JS: PlaceLevelRef = { name: '江苏省', code: '32', level: 'province' };
    const text = '江苏省各地返校安排。南京师生返校。苏州师生返校。江苏省要求，学生返校需持2次检测证明。';
    const ents = [place(text, '江苏省', [JS]), place(text, '南京', [JS, NJ]), place(text, '苏州', [JS, SZ]), place(text, '江苏省', [JS], 5), figure(text, '2次')];
    expect(factsOf(text, ents)[0].place?.name).toBe('江苏省');
  });

  it('gives a quotation the place of its speaker named right after it', () => {
    const YF: PlaceEntity['chain'] = [JX, { name: '吉安市', code: '3608', level: 'city' }, { name: '永丰县', code: '360825', level: 'county' }];
    const ZL = [...YF!, { name: '佐龙乡', code: '360825200', level: 'township' }];
    const text = '永丰县蔬菜产业\n永丰县蔬菜种植面积达28万亩。\n“我们合作社今年种了300亩辣椒。”佐龙乡种植大户李金根说。';
    const ents = [place(text, '永丰县', YF!), place(text, '永丰县', YF!, 8), figure(text, '28万亩'), figure(text, '300亩'), place(text, '佐龙乡', ZL)];
    const facts = factsOf(text, ents);
    expect(facts.map((f) => f.place?.name)).toEqual(['永丰县', '佐龙乡']);
  });

  it('pairs places listed before 分别 with the figures after it, in order', () => {
    const foreign = (text: string, s: string): PlaceEntity => ({ type: 'place', ...at(text, s), name: s, level: 'foreign' });
    const text = '对欧盟、美国、韩国分别进出口4.5万亿元、4万亿元和1.9万亿元。';
    const ents = [foreign(text, '欧盟'), foreign(text, '美国'), foreign(text, '韩国'), figure(text, '4.5万亿元'), figure(text, '4万亿元'), figure(text, '1.9万亿元')];
    expect(factsOf(text, ents).map((f) => f.place?.text)).toEqual(['欧盟', '美国', '韩国']);
  });

  it('never takes a destination of goods as the place', () => {
    const text = '仁首镇茶叶产业\n在仁首镇，茶园正在采摘。茶叶远销上海、杭州、福州等地，每斤售价800元。';
    const RS = [JX, { name: '宜春市', code: '3609', level: 'city' }, { name: '靖安县', code: '360925', level: 'county' }, { name: '仁首镇', code: '360925101', level: 'township' }];
    const city = (s: string, code: string): PlaceEntity => ({ type: 'place', ...at(text, s), name: s, code, level: 'city', chain: [{ name: s, code, level: 'city' }] });
    const ents = [place(text, '仁首镇', RS), place(text, '仁首镇', RS, 8), city('上海', '31'), city('杭州', '3301'), city('福州', '3501'), figure(text, '800元')];
    expect(factsOf(text, ents)[0].place?.name).toBe('仁首镇');
  });

  it('reads 当地 as the place just named in its sentence, and 全市 as a city named in its own clause', () => {
    const YH = [JX, YC, ZS, { name: '洋湖乡', code: '360982202', level: 'township' }];
    const text = '樟树市中药材\n樟树市发展中药材。在洋湖乡，当地村民每亩年增收1200元。宜春市将力争全市产值突破300亿元。';
    const ents = [place(text, '樟树市', [JX, YC, ZS]), place(text, '樟树市', [JX, YC, ZS], 7), place(text, '洋湖乡', YH), figure(text, '1200元'), place(text, '宜春市', [JX, YC]), figure(text, '300亿元')];
    expect(factsOf(text, ents).map((f) => f.place?.name)).toEqual(['洋湖乡', '宜春市']);
  });
});

describe('fact place: a list before 分别 that does not pair with its figures', () => {
  const foreign = (text: string, s: string): PlaceEntity => ({ type: 'place', ...at(text, s), name: s, level: 'foreign' });
  it('gives no figure of the list to one member of it (非盟 is no place the finder knows here)', () => {
    const text = '赣州市外贸稳步增长，赣州市企业积极开拓市场。今年前三季度，对非盟、日本、印度分别出口3.2亿元、2.1亿元和1.5亿元。';
    const ents = [place(text, '赣州市', [JX, GZ]), place(text, '赣州市', [JX, GZ], 10), foreign(text, '日本'), foreign(text, '印度'), figure(text, '3.2亿元'), figure(text, '2.1亿元'), figure(text, '1.5亿元')];
    expect(factsOf(text, ents).map((f) => f.place?.name)).toEqual(['赣州市', '赣州市', '赣州市']);
  });
  it('still pairs the list when a figure of another clause follows it', () => {
    const text = '日本、印度分别增长5%和6%，全市平均增长4%。';
    const ents = [foreign(text, '日本'), foreign(text, '印度'), figure(text, '5%'), figure(text, '6%'), figure(text, '4%')];
    expect(factsOf(text, ents).slice(0, 2).map((f) => f.place?.name)).toEqual(['日本', '印度']);
  });
});
