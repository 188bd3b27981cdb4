import fc from 'fast-check';
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaces } from '../../lib/places';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';
import type { Article, PlaceEntity } from '../../lib/types';

const whole = (text: string, extra: Partial<Article> = {}): Article[] => [{ index: 0, start: 0, end: text.length, ...extra }];
const places = (text: string, extra: Partial<Article> = {}) => findPlaces(text, whole(text, extra));
const spans = (text: string) => places(text).map((p) => `${p.text}@${p.start}`);
const byText = (found: PlaceEntity[], t: string) => found.find((p) => p.text === t);

describe('places with the segmenter', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('reads two suffixes in a row as one word: 上海区县 is 上海, 发展乡镇 no township', () => {
    expect(spans('在改革措施的推动下，上海区县财政收入大幅度增长')).toEqual(['上海@10']);
    expect(spans('为贫困山区带来招聘人才、发展乡镇和民营企业的机会')).toEqual([]);
  });

  it('takes a township with a plain-word name only beside a related place', () => {
    expect(spans('全国小城镇综合改革试点镇')).toEqual([]);
    expect(spans('吉林省磐石市小城镇')).toEqual(['吉林省@0', '磐石市@3', '小城镇@6']);
  });

  it('reads a name in a photo credit as a person, and 包括水库 as no reservoir', () => {
    // the river is a place (the lexicon knows it now); the photographer's name is none
    expect(spans('冬泳爱好者横渡邕江。（新华社记者陈天湖摄）')).toEqual(['邕江@7']);
    expect(spans('已拥有各类水利工程（包括水库、塘坝）')).toEqual([]);
  });

  it('takes a port jieba knows as one word, a site named by a short name and one more character, a village stem with a numeral after its township', () => {
    expect(spans('经深圳盐田港出口')).toEqual(['深圳@1', '盐田港@3']);
    expect(spans('在县城东江源产业园建设')).toEqual(['东江源产业园@3']);
    expect(spans('在寻乌县菖蒲乡五丰村，')).toEqual(['寻乌县@1', '菖蒲乡@4', '五丰村@7']);
    expect(spans('樟树市洲上乡三个村')).toEqual(['樟树市@0', '洲上乡@3']);
  });

  it('takes an ethnic township with its people in the suffix, and a zone named by its kind alone only in context', () => {
    expect(spans('吉安市青原区东固畲族乡')).toEqual(['吉安市@0', '青原区@3', '东固畲族乡@6']);
    expect(spans('明月山温泉风景名胜区获评国家级旅游度假区')).toEqual(['明月山@0']);
  });

  it('takes a township named by a word jieba tags as a place, not by a verb', () => {
    expect(spans('来自南岩镇的个体户')).toEqual(['南岩镇@2']);
    expect(spans('记者得知乡纪检书记')).toEqual([]);
  });

  it('starts a township stem after a mark or function word, not on it', () => {
    expect(spans('稳定在22万亩左右。盱江镇农民付秋林')).toEqual(['盱江镇@10']);
    expect(spans('随着郊县的新泾乡一起划入')).toEqual(['新泾乡@5']);
  });

  it('takes 东兴市 in Guangxi before 北仑大道, not Sichuan 东兴区', () => {
    const found = places('东兴市北仑大道');
    // 北仑大道 is a road of its own, not 北仑 (Ningbo's district) that would pull 东兴 elsewhere
    expect(found.map((p) => [p.start, p.end, p.code])).toEqual([[0, 3, '450681'], [3, 7, undefined]]);
    expect(found[0].chain?.map((c) => c.name)).toEqual(['广西壮族自治区', '防城港市', '东兴市']);
  });

  it('reads 青海西宁 as 青海 + 西宁, not 海西州', () => {
    expect(places('青海西宁').map((p) => [p.start, p.end, p.code])).toEqual([
      [0, 2, '63'],
      [2, 4, '6301'],
    ]);
  });

  it('reads 香港九龙半岛清水湾 as Hong Kong, not Gansu 清水县', () => {
    const found = places('香港九龙半岛清水湾');
    expect(found[0]).toMatchObject({ start: 0, end: 2, code: '81' });
    expect(found.some((p) => p.text === '清水' || p.code === '620521')).toBe(false);
  });

  it('tells 红河州 from 红河县', () => {
    const found = places('红河州下辖红河县');
    expect(byText(found, '红河州')).toMatchObject({ start: 0, code: '5325', level: 'city' });
    expect(byText(found, '红河县')).toMatchObject({ start: 5, code: '532529', level: 'county' });
  });

  it('splits a five-level chain and hangs the village under its township', () => {
    const found = places('宁夏固原市彭阳县红河镇黑牛沟村');
    expect(found.map((p) => [p.text, p.start, p.code])).toEqual([
      ['宁夏', 0, '64'],
      ['固原市', 2, '6404'],
      ['彭阳县', 5, '640425'],
      ['红河镇', 8, '640425103'],
      ['黑牛沟村', 11, undefined],
    ]);
    expect(found[4].level).toBe('village');
    expect(found[4].chain?.map((c) => c.name)).toEqual(['宁夏回族自治区', '固原市', '彭阳县', '红河镇', '黑牛沟村']);
  });

  it('splits 樟树市洲上乡铜江村 per level', () => {
    const found = places('樟树市洲上乡铜江村');
    expect(found.map((p) => p.text)).toEqual(['樟树市', '洲上乡', '铜江村']);
    expect(found[1].chain?.map((c) => c.name)).toEqual(['江西省', '宜春市', '樟树市', '洲上乡']);
  });

  it('takes full and short forms at every level', () => {
    const found = places('江西南昌，江西省南昌市，樟树、新干两地');
    expect(found.map((p) => [p.text, p.code])).toEqual([
      ['江西', '36'],
      ['南昌', '3601'],
      ['江西省', '36'],
      ['南昌市', '3601'],
      ['樟树', '360982'],
      ['新干', '360824'],
    ]);
  });

  it('takes the place heading an organization name', () => {
    expect(spans('宜春市发改委召开会议')).toEqual(['宜春市@0']);
    expect(places('樟树市委组织部')[0]).toMatchObject({ text: '樟树市', code: '360982' });
  });

  it('finds places abroad and in Hong Kong, Macao and Taiwan', () => {
    const found = places('日本和美国的代表在纽约会见了来自香港、澳门和台湾的客人');
    expect(found.map((p) => p.text)).toEqual(['日本', '美国', '纽约', '香港', '澳门', '台湾']);
    expect(byText(found, '纽约')?.level).toBe('foreign');
    expect(byText(found, '澳门')?.code).toBe('82');
  });

  it('finds named sites', () => {
    const found = places('从南昌昌北国际机场出发，经南昌高新区到柘林水库和鄱阳湖');
    expect(found.map((p) => p.text)).toEqual(['南昌昌北国际机场', '南昌高新区', '柘林水库', '鄱阳湖']);
    expect(found.every((p) => p.level === 'site')).toBe(true);
  });

  it('takes a port named after two cities as one site, not the province before it', () => {
    expect(places('在浙江宁波舟山港，上海港和江西南昌港').map((p) => p.text)).toEqual(['浙江', '宁波舟山港', '上海港', '江西', '南昌港']);
  });

  it('takes each village of a list whole, numbers and all (…乡八家户村、丰园村、黑岗子村，…镇高阳窝棚村)', () => {
    const text = '涉及五棵树镇八家子村，前郭县平凤乡八家户村、丰园村、黑岗子村，月亮泡镇高阳窝棚村、东山头村，长山镇库里渔场、库里三村。';
    expect(places(text).map((p) => p.text)).toEqual(['五棵树镇', '八家子村', '前郭县', '平凤乡', '八家户村', '丰园村', '黑岗子村', '月亮泡镇', '高阳窝棚村', '东山头村', '长山镇', '库里渔场', '库里三村']);
    expect(byText(places(text), '前郭县')?.code).toBe('220721');
    // counts and generic kinds in a list are no names
    expect(places('铜江村，三个村、贫困村、示范村，发展家庭农场').map((p) => p.text)).toEqual(['铜江村']);
  });

  it('finds regions that are no administrative unit (西海固, 武陵山区)', () => {
    expect(places('在西海固，土豆是救命蛋；武陵山区的茶叶').map((p) => p.text)).toEqual(['西海固', '武陵山区']);
    expect(places('全国特别是华东地区的电力短缺').map((p) => p.text)).toEqual(['华东地区']);
    expect(places('杭城的拆房工地。在红石板社区拆房工地，在广大农村，记者来到了铜江村').map((p) => p.text)).toEqual(['杭城', '红石板社区', '铜江村']);
  });

  it('keeps villages and townships the gazetteer lacks when the text shows them', () => {
    expect(spans('记者来到了铜江村')).toEqual(['铜江村@5']);
  });

  it('skips generic words and directions, and reads a road named after a place as the road', () => {
    expect(places('乡村振兴，村里和农村、城乡、全市、本县、各乡镇、当地、家门口，东部')).toEqual([]);
    expect(spans('上海市山西北路')).toEqual(['上海市@0', '山西北路@3']);
    expect(spans('走出一条中国路')).toEqual([]);
    expect(places('惠及加密，种樟树')).toEqual([]);
    expect(places('贫困村和美丽乡村、示范乡')).toEqual([]);
  });

  it('keeps ordinary words that are also district names out, even beside their city', () => {
    expect(spans('南昌市一排排新建的民房')).toEqual(['南昌市@0']);
    expect(spans('北京时间11月20日，朝阳产业蓬勃发展')).toEqual([]);
    expect(spans('全省各乡镇、街道社区积极行动')).toEqual([]);
    expect(spans('要把和平发展放在首位，光明的前途，解放思想')).toEqual([]);
  });

  it('reads a short name as the prefecture rather than a county of the same name', () => {
    expect(places('江西南昌')[1]).toMatchObject({ text: '南昌', code: '3601' });
    expect(places('吉安')[0]).toMatchObject({ code: '3608' });
  });

  it('decides an ambiguous name by the other places of the article', () => {
    expect(places('樟树市中洲乡')[1]).toMatchObject({ text: '中洲乡', code: '360982200' });
    const hunan = places('湖南岳阳：中洲乡');
    expect(byText(hunan, '中洲乡')?.code).toBe('430621202');
    expect(byText(places('北京朝阳区'), '朝阳区')?.code).toBe('110105');
    expect(byText(places('长春市朝阳区'), '朝阳区')?.code).toBe('220104');
  });

  it('keeps the candidates when nothing decides', () => {
    const [p] = places('中洲乡');
    expect(p.code).toBeUndefined();
    expect(p.candidates?.map((c) => c.at(-1)?.code).sort()).toEqual(['360982200', '430621202']);
  });

  it('counts the dateline as context', () => {
    const text = '本报樟树讯 中洲乡今年种下新苗';
    expect(byText(places(text), '中洲乡')?.code).toBe('360982200');
    const plain = '中洲乡今年种下新苗';
    expect(byText(findPlaces(plain, whole(plain, { datelinePlace: '樟树' })), '中洲乡')?.code).toBe('360982200');
  });

  it('maps former names to the units of today', () => {
    expect(places('襄樊')[0]).toMatchObject({ code: '4206', name: '襄阳市' });
    expect(places('四川新津县')[1]).toMatchObject({ text: '新津县', code: '510118', name: '新津区' });
  });

  it('takes the reader\'s own places', () => {
    expect(findPlaces('在八一广场集合', whole('在八一广场集合'), { places: ['八一广场'] })).toMatchObject([{ text: '八一广场', start: 1, rule: 'user lexicon' }]);
  });

  it('keeps a place split by a line break as one span', () => {
    const text = '记者走进樟树\n市洲上乡，又到南昌';
    const found = findPlaces(text, whole(text));
    expect(found.map((p) => [p.text, p.start, p.end])).toEqual([
      ['樟树\n市', 4, 8],
      ['洲上乡', 8, 11],
      ['南昌', 14, 16],
    ]);
    expect(found[0].code).toBe('360982');
  });

  it('does not join across the start of an article', () => {
    const text = '调研江\n西部大开发';
    const articles: Article[] = [
      { index: 0, start: 0, end: 4 },
      { index: 1, start: 4, end: text.length },
    ];
    expect(findPlaces(text, articles).some((p) => p.text.includes('江'))).toBe(false);
  });

  it('says why each span was taken', () => {
    const found = places('江西樟树市铜江村');
    expect(found.map((p) => p.rule)).toEqual(['gazetteer (short name)', 'gazetteer (full name)', 'suffix rule: village or township']);
  });
});

describe('places without a segmenter', () => {
  it('still splits chains and resolves them', () => {
    expect(places('樟树市洲上乡铜江村').map((p) => p.text)).toEqual(['樟树市', '洲上乡', '铜江村']);
    expect(places('江西南昌').map((p) => p.code)).toEqual(['36', '3601']);
    expect(places('东兴市北仑大道').map((p) => p.code)).toEqual(['450681', undefined]);
  });

  it('does not read 乡村 as a township after a place', () => {
    expect(spans('樟树市推进乡村振兴')).toEqual(['樟树市@0']);
  });

  it('leaves plain-word short forms alone', () => {
    expect(places('种樟树')).toEqual([]);
  });
});

describe('places on random text', () => {
  const pieces = ['江西', '省', '樟树', '市', '洲上乡', '村', '乡', '镇', '街道', '社区', '中国', '美国', '的', '在', '，', '。', '\n', '高新区', '国际机场', '湖', '红河', '州', '县', '新建', '1', '万'];
  it('returns in-bounds, ordered, non-overlapping spans whose text is the slice', () => {
    for (const seg of [null, jiebaSegmenter(jieba)]) {
      setSegmenter(seg);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
          const text = parts.join('');
          const found = places(text);
          let last = 0;
          for (const p of found) {
            if (p.start < last || p.end <= p.start || p.end > text.length) return false;
            if (p.text !== text.slice(p.start, p.end)) return false;
            last = p.end;
          }
          return true;
        }),
        { seed: 20261126, numRuns: 300 },
      );
    }
    setSegmenter(null);
  });
});

describe('villages chained after a township', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));
  const placesIn = (text: string) => findPlaces(text, [{ index: 0, start: 0, end: text.length }]).map((p) => p.text);

  it('takes the whole gap after the township as the village stem', () => {
    expect(placesIn('吉州区兴桥镇钓源村是全国乡村旅游重点村')).toContain('钓源村');
    expect(placesIn('永修县柘林镇易家河村')).toContain('易家河村');
  });

  it('takes a river the gazetteer lacks where the text speaks of it as a river', () => {
    expect(placesIn('靖安县北潦河水质常年保持在Ⅱ类标准')).toEqual(['靖安县', '北潦河']);
    expect(placesIn('袁河上游')).toEqual(['袁河']);
    expect(placesIn('保护好潦河水质')).toEqual(['潦河']);
    expect(placesIn('运河沿岸和一条河两岸')).toEqual([]);
    expect(placesIn('村里的小河两岸')).toEqual([]);
  });

  it('takes a three-character village whose last characters make 山村 after its township', () => {
    expect(placesIn('在宝峰镇毛竹山村，村民办起了农家乐')).toContain('毛竹山村');
    expect(placesIn('该县广大农村').join('|')).not.toContain('农村');
  });

  it('takes no stem that is a word, holds a function word, or ends in a generic word', () => {
    expect(placesIn('樟树市所有村都通了公路')).toEqual(['樟树市']);
    expect(placesIn('湖南省长沙县果园镇的红花村').join('|')).not.toContain('的红花');
    expect(placesIn('中国广大农村').join('|')).not.toContain('农村');
  });

  it('reads a place stem that is a plain word after a verb of things as the thing', () => {
    expect(placesIn('樟树市洲上乡铜江村种樟树')).toEqual(['樟树市', '洲上乡', '铜江村']);
    expect(placesIn('宜春樟树两地')).toEqual(['宜春', '樟树']);
  });
});
