// Named zones, stations and lists of villages (issue #10, second round): made-up phrases of the same kinds as the
// held-out pages' misses, each with a case where the rule must stay silent.
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaces } from '../../lib/places';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';

const texts = (text: string) => findPlaces(text, [{ index: 0, start: 0, end: text.length }]).map((p) => p.text);

describe('zones named after a region or city', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes a science city, an agricultural valley and a free-trade section with the name before them', () => {
    expect(texts('企业入驻成都科学城')).toContain('成都科学城');
    expect(texts('江南科技城今年开工')).toContain('江南科技城');
    expect(texts('华中农谷建设提速')).toContain('华中农谷');
    expect(texts('福州自贸片区新增企业')).toContain('福州自贸片区');
  });

  it('takes a zone with a field of work between the region and the head', () => {
    expect(texts('河南建设中原医学科学城')).toEqual(['河南', '中原医学科学城']);
    expect(texts('武汉光谷建设医学科学城')).not.toContain('医学科学城');
    expect(texts('长沙医学科学城开园')).toContain('长沙医学科学城');
  });

  it('takes no field word and head when no place stands before them', () => {
    expect(texts('规划一座医学科学城')).toEqual([]);
  });

  it('takes no bare head without a name before it', () => {
    expect(texts('这座科学城吸引了人才')).toEqual([]);
    expect(texts('各自贸片区要加快改革')).toEqual([]);
  });
});

describe('stations', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes a station named after a mountain found before it', () => {
    expect(texts('考察队在泰山站完成补给')).toEqual(['泰山站']);
  });

  it('leaves 站 that starts another word (站在, 站稳) alone', () => {
    expect(texts('他们站在泰山之巅')).toEqual(['泰山']);
    expect(texts('企业在苏州站稳脚跟')).toEqual(['苏州']);
  });
});

describe('counted things are no names', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('reads 条 / 座 after a number as a measure word, not the start of a lake or reservoir', () => {
    expect(texts('全省15条河湖入选名单')).toEqual([]);
    expect(texts('新建3座水库')).toEqual([]);
    expect(texts('游客来到千岛湖')).toEqual(['千岛湖']);
  });
});

describe('villages named without 村 in a list of villages', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes the items that follow two villages named with 村', () => {
    const found = texts('震中周边的村庄有英买里村、托万克村、克孜勒布拉克、库木艾日克，群众已安置。');
    expect(found).toEqual(['英买里村', '托万克村', '克孜勒布拉克', '库木艾日克']);
  });

  it('takes nothing after a single village with no word that opens a list of villages', () => {
    expect(texts('工作组走访了乡里的英买里村、克孜勒布拉克，了解灾情。')).not.toContain('克孜勒布拉克');
  });

  it('takes nothing when one village starts a list of other things', () => {
    expect(texts('周边的村庄有英买里村、合作社、镇政府，了解情况。')).toEqual(['英买里村']);
  });

  it('stops at an item that is a plain word or holds a numeral', () => {
    expect(texts('周边的村庄有英买里村、托万克村、三个组，正在统计。')).toEqual(['英买里村', '托万克村']);
  });
});

describe('names abroad after a verb of going', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes a name spelt by sound after 赴, and its later mentions', () => {
    const found = texts('工兵分队赴卡拉巴尼维和。去年首次向卡拉巴尼派出分队。');
    expect(found).toEqual(['卡拉巴尼', '卡拉巴尼']);
  });

  it('takes no name after a verb that may take a person, nor a plain word after 赴', () => {
    expect(texts('外长向卡拉巴尼致意。')).toEqual([]);
    expect(texts('干部赴基层调研。')).toEqual([]);
  });
});

describe('a city after 于, and township short names joined to a township', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes a city jieba glues to the preposition 于 after a verb of origin', () => {
    expect(texts('这些改变来自于宜宾持续治理。')).toContain('宜宾');
  });

  it('takes no city out of a person surnamed 于', () => {
    expect(texts('厂长于长春同志讲话')).not.toContain('长春');
  });

  it('takes a township short name joined by 和 to a township of the same county', () => {
    expect(texts('绥德县名州和张家砭镇的干部参加')).toEqual(['绥德县', '名州', '张家砭镇']);
  });

  it('takes no plain word joined to a township', () => {
    expect(texts('绥德县干部和张家砭镇的群众参加')).toEqual(['绥德县', '张家砭镇']);
  });
});

describe('township short names right after the unit that holds them', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes a township named short after its county, and its later mention in the article', () => {
    const found = texts('在绥德县名州开展活动。后来名州又办了一场。');
    expect(found).toEqual(['绥德县', '名州', '名州']);
  });

  it('takes no short name that heads an institution or a brand after it', () => {
    expect(texts('在绥德县名州中学开展活动。')).not.toContain('名州');
  });

  it('takes no plain word that happens to be a township short name', () => {
    expect(texts('努力把上海建设成为国际大都市。')).toEqual(['上海']);
  });
});

describe("a city's short form of its first character and 市", () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes it in an article that names the city', () => {
    expect(texts('呼和浩特市出台新政，呼市户籍家庭可以申领。')).toEqual(['呼和浩特市', '呼市']);
  });

  it('takes no plain word that starts with the same character, nor the short form without the city', () => {
    expect(texts('三门峡市与洛阳、郑州三市联动。')).not.toContain('三市');
    expect(texts('呼市户籍家庭可以申领。')).toEqual([]);
  });
});
