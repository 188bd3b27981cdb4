// Units abroad the lexicon lacks, told by their transliterated spelling before 省 / 州 / 市 / 区 / 镇 (PD1998's
// class of foreign provinces, states and towns). Sentences written for this test.
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaces } from '../../lib/places';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';

const texts = (text: string) => findPlaces(text, [{ index: 0, start: 0, end: text.length }]).map((p) => p.text);

describe('units abroad spelt by sound', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes a state, a province, a city and a district with their unit word', () => {
    expect(texts('洪水袭击了瓦哈卡州南部')).toEqual(['瓦哈卡州']);
    expect(texts('代表团访问了东开普省')).toEqual(['东开普省']);
    expect(texts('他在布雷西亚市工作了三年')).toEqual(['布雷西亚市']);
    expect(texts('一座清真寺位于达卡的米尔普尔区')).toContain('米尔普尔区');
    expect(texts('两个商人来自夸祖鲁—纳塔尔省')).toEqual(['夸祖鲁—纳塔尔省']);
  });

  it('keeps a direction before a long name, and a country found before it stays apart', () => {
    expect(texts('北卡罗来纳州遭遇飓风')).toEqual(['北卡罗来纳州']);
    expect(texts('墨西哥塔毛利帕斯州发生枪击')).toEqual(['墨西哥', '塔毛利帕斯州']);
  });

  it('takes no plain word, no word the unit character starts and no short stem before 市', () => {
    expect(texts('这家公司股票明年上市')).toEqual([]);
    expect(texts('他考入波特兰州立大学')).toEqual([]);
    expect(texts('塞尔维亚市场需求旺盛')).toEqual(['塞尔维亚']);
    expect(texts('德州扑克比赛')).not.toContain('德州扑克');
    expect(texts('伊拉市长会见了记者')).toEqual([]);
  });

  it('takes a port, bay, island or cape spelt by sound with its head, and a town named after 城市', () => {
    expect(texts('货轮驶入蒙巴萨港')).toEqual(['蒙巴萨港']);
    expect(texts('游客登上萨摩斯岛')).toEqual(['萨摩斯岛']);
    expect(texts('飞机降落在北部城市马扎里。随后返回')).toEqual(['马扎里']);
    expect(texts('抵达东部城市佩鲁贾附近的村庄')).toEqual(['佩鲁贾']);
  });

  it('takes no word the head starts, no short stem and no name cut inside', () => {
    expect(texts('船只驶入港口')).toEqual([]);
    expect(texts('他们来港旅游')).toEqual([]);
    expect(texts('西部城市库诺维采的居民')).not.toContain('库诺维');
    expect(texts('这座城市发展很快')).toEqual([]);
  });

  it('takes 帝国 into a state abroad, but not 帝国主义', () => {
    expect(texts('人民奋起反抗日本帝国主义的侵略')).toEqual(['日本']);
  });

  it('takes a country jieba glues to a word before it, and a country before 方面', () => {
    expect(texts('代表团明天赴美国考察')).toEqual(['美国']);
    expect(texts('这批文物来自古埃及')).toEqual(['埃及']);
    expect(texts('南非方面表示欢迎')).toEqual(['南非']);
  });

  it('leaves a name jieba reads as one word ending in a country alone', () => {
    expect(texts('议员本西德先生说')).toEqual([]);
  });
});
