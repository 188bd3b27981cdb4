// Named sites beyond the gazetteer and units named in full (issue #10, places): phrases of the same kinds as the
// issue's examples, not the pages' own.
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaces } from '../../lib/places';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';

const texts = (text: string) => findPlaces(text, [{ index: 0, start: 0, end: text.length }]).map((p) => p.text);

describe('named sites', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes a port of entry, a basin, an oil field and a launch centre with the name before them', () => {
    expect(texts('货物经阿拉山口口岸出境')).toEqual(['阿拉山口口岸']);
    expect(texts('科研人员在柴达木盆地勘探')).toEqual(['柴达木盆地']);
    expect(texts('长庆油田今年产量创新高')).toEqual(['长庆油田']);
    expect(texts('火箭在酒泉卫星发射中心点火升空')).toEqual(['酒泉卫星发射中心']);
  });

  it('takes a section of the Great Wall, an old town and an inland port as one site', () => {
    expect(texts('慕田峪长城迎来游客')).toEqual(['慕田峪长城']);
    expect(texts('游客走进西塘古镇')).toEqual(['西塘古镇']);
    expect(texts('成都国际陆港开行班列')).toEqual(['成都国际陆港']);
  });

  it('takes a mountain pass the segmenter knows as a place word, and a head after it, but no 关 of a plain word', () => {
    expect(texts('游客登上雁门关')).toEqual(['雁门关']);
    expect(texts('玉门关遗址')).toEqual(['玉门关']);
    expect(texts('居庸关长城')).toEqual(['居庸关长城']);
    expect(texts('海关总署要求把好质量关，机关单位渡过难关')).toEqual([]);
    expect(texts('中直机关和直属机关守好入口关')).toEqual([]);
  });

  it('takes deserts and grasslands by their long names, not a plain word of landscape before them', () => {
    expect(texts('科尔沁草原')).toEqual(['科尔沁草原']);
    expect(texts('毛乌素沙漠治理')).toEqual(['毛乌素沙漠']);
    expect(texts('雪山草原连成一片')).toEqual([]);
  });

  it('takes a port area whose port jieba knows as one word, and a free-trade port of a province', () => {
    expect(texts('上海洋山港区')).toEqual(['上海', '洋山港区']);
    expect(texts('海南自由贸易港建设')).toEqual(['海南自由贸易港']);
    expect(texts('产业合作区')).toEqual([]);
  });

  it('keeps a province before a site as a place of its own', () => {
    expect(texts('新疆塔里木盆地')).toEqual(['新疆', '塔里木盆地']);
    expect(texts('黑龙江长庆油田')).toEqual(['黑龙江', '长庆油田']);
  });

  it('lets a province take only heads of its own size: a basin yes, an old town no', () => {
    expect(texts('四川盆地冬季多雾')).toEqual(['四川盆地']);
    expect(texts('浙江古镇游持续升温')).toEqual(['浙江']);
  });

  it('takes a word the segmenter tags as a place after a verb of going or lying somewhere, not an idiom or a company', () => {
    expect(texts('工作组来到双泾召集村民')).toEqual(['双泾']);
    expect(texts('记者走进绥芬河的街头')).toEqual(['绥芬河']);
    expect(texts('来自崇山峻岭的山民')).toEqual([]);
    expect(texts('慰问组来到华安工业公司')).toEqual([]);
    expect(texts('来自南岩镇的个体户')).toEqual(['南岩镇']);
  });

  it('takes a road chained after its town whatever its name, not a kind of road or a way of doing things', () => {
    expect(texts('杭州市延安路步行街')).toEqual(['杭州市', '延安路']);
    expect(texts('沈阳中山北路')).toEqual(['沈阳', '中山北路']);
    expect(texts('成都市人民南路')).toEqual(['成都市', '人民南路']);
    expect(texts('深圳高速公路')).toEqual(['深圳']);
    expect(texts('兰州市青年宋路明说')).toEqual(['兰州市']);
  });

  it('makes no site of a kind word or of a company', () => {
    expect(texts('核心景区和各景区门票')).toEqual([]);
    expect(texts('长庆油田有限责任公司')).not.toContain('长庆油田有限责任公司');
    expect(texts('大庆油田有限责任公司')).not.toContain('大庆油田');
  });
});

describe('units named in full', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('keeps 地区, 盟, 自治区 and 特区 in the span', () => {
    expect(texts('阿克苏地区库车市')).toEqual(['阿克苏地区', '库车市']);
    expect(texts('兴安盟乌兰浩特市')).toEqual(['兴安盟', '乌兰浩特市']);
    expect(texts('宁夏回族自治区银川市')).toEqual(['宁夏回族自治区', '银川市']);
    expect(texts('澳门特别行政区政府')).toEqual(['澳门特别行政区']);
  });

  it('reads the customary short forms of autonomous regions and special administrative regions whole', () => {
    expect(texts('宁夏自治区党委')).toEqual(['宁夏自治区']);
    expect(texts('澳门特区政府')).toEqual(['澳门特区']);
  });
});

describe('places a list shows', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));
  const found = (text: string) => findPlaces(text, [{ index: 0, start: 0, end: text.length }]);

  it("takes township short names listed before 等乡镇 when the article's county holds them, resolved", () => {
    const list = found('岳西县在黄尾、冶溪、包家等乡镇开展试点');
    expect(list.map((p) => p.text)).toEqual(['岳西县', '黄尾', '冶溪', '包家']);
    expect(list[1].chain?.map((c) => c.name)).toEqual(['安徽省', '安庆市', '岳西县', '黄尾镇']);
    expect(found('麻城市在黄土岗、福田河等乡镇').map((p) => p.text)).toEqual(['麻城市', '黄土岗', '福田河']);
  });

  it('takes no short name before 等乡镇 that no county of the article holds', () => {
    expect(found('在黄尾、冶溪等乡镇开展试点').map((p) => p.text)).toEqual([]);
    expect(found('岳西县在城区、偏远等乡镇').map((p) => p.text)).toEqual(['岳西县']);
  });

  it("takes airports named by short names before the last one's 机场, not kinds of airport", () => {
    expect(texts('扩建首都、虹桥、双流机场')).toEqual(['首都', '虹桥', '双流机场']);
    expect(texts('国内、国际机场')).toEqual([]);
    expect(texts('从上海、昆明等地出发、曼谷机场成团')).toEqual(['上海', '昆明', '曼谷机场']);
  });

  it('takes villages listed before 等村, and a minority-region village named after its township without 村', () => {
    expect(texts('走访阿热勒、托格拉克布拉克等村')).toEqual(['阿热勒', '托格拉克布拉克']);
    expect(texts('在贫困、边远等村')).toEqual([]);
    expect(texts('洛浦县阿其克乡阿克艾日克')).toEqual(['洛浦县', '阿其克乡', '阿克艾日克']);
  });

  it("reads a county's industrial park with its office as one site", () => {
    expect(texts('岳西县工业园区管委会')).toEqual(['岳西县工业园区']);
  });
});

describe('transliterated names of minority regions', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes the whole name of a township or village chained after its county or township there', () => {
    expect(texts('策勒县固拉合玛乡')).toEqual(['策勒县', '固拉合玛乡']);
    expect(texts('乌什县阿合雅镇阔依其村')).toEqual(['乌什县', '阿合雅镇', '阔依其村']);
  });

  it('keeps kinds of village and counts out, and Han regions to the usual stems', () => {
    expect(texts('乌什县阿合雅镇少数民族村')).toEqual(['乌什县', '阿合雅镇']);
    expect(texts('乌什县阿合雅镇三个村')).toEqual(['乌什县', '阿合雅镇']);
    expect(texts('岳西县发展特色产业乡')).toEqual(['岳西县']);
  });
});

describe('county stems named together', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('keeps two county stems of one prefecture named together, and neither alone unless jieba tags it a place', () => {
    expect(texts('婺源、德兴两地的茶农')).toEqual(['婺源', '德兴']);
    // 邹平/nr alone waits for context; 德兴/ns is vouched for by the segmenter's dictionary (place-county-stems.test.ts)
    expect(texts('邹平的果农')).toEqual([]);
    expect(texts('德兴的茶农')).toEqual(['德兴']);
  });
});

describe('capitals abroad', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('knows the capitals the city list lacked, without reading them inside other words', () => {
    expect(texts('代表团抵达尼亚美和瓦加杜古')).toEqual(['尼亚美', '瓦加杜古']);
    expect(texts('在这里加强管理')).toEqual([]);
  });
});
