// Named transport sites and waters as places (issue #10): ring roads, streets, bridges, tunnels, highways, stations,
// bays and new towns, found as one whole name; and the generic phrases around them that are no place. Sentences of the
// kinds national news writes, made up for this test.
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaces } from '../../lib/places';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';

const texts = (text: string) => findPlaces(text, [{ index: 0, start: 0, end: text.length }]).map((p) => p.text);

describe('transport sites', () => {
  beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
  afterAll(() => setSegmenter(null));

  it('takes ring roads by their number with a side or a road word, not a bare number of rings', () => {
    expect(texts('早高峰车辆从北三环驶入西四环后排起长队')).toEqual(['北三环', '西四环']);
    expect(texts('四环路沿线新建多个公交站')).toEqual(['四环路']);
    expect(texts('中环路高架今晚封闭')).toEqual(['中环路']);
    expect(texts('环环相扣，一环扣一环')).toEqual([]);
    expect(texts('奥运五环旗在场馆升起')).toEqual([]);
  });

  it('takes a street the segmenter tags as a place, not a street of a kind or a metaphor', () => {
    expect(texts('王府井大街两侧商铺林立')).toEqual(['王府井大街']);
    expect(texts('步行街和美食街人流如织')).toEqual([]);
    expect(texts('群众走上致富的金光大道')).toEqual([]);
    expect(texts('他们走出了一条致富路')).toEqual([]);
    expect(texts('除了架桥铺路外，还修了水渠')).toEqual([]);
  });

  it('takes a street of any name where the text says it is one: an address, a crossing, a pair with a street', () => {
    expect(texts('家住解放东路的王女士')).toEqual(['解放东路']);
    expect(texts('公司地址为人民路188号')).toEqual(['人民路']);
    expect(texts('事故发生在人民路与解放路交叉口')).toEqual(['人民路', '解放路']);
    expect(texts('天目山路、文三路和学院路')).toEqual(['天目山路', '文三路', '学院路']);
    expect(texts('他的思路与出路，这条路与那条路')).toEqual([]);
    expect(texts('发展之路和改革之路')).toEqual([]);
  });

  it('keeps a tunnel whole rather than the road inside its name', () => {
    expect(texts('延安东路隧道今日起封闭施工')).toEqual(['延安东路隧道']);
    expect(texts('上海外环线隧道和延安东路隧道都从江底穿过')).toEqual(['上海', '外环线隧道', '延安东路隧道']);
    // a street's name jieba cuts after its first character (打/浦路, 翔/殷/路) keeps it
    expect(texts('车辆穿过打浦路隧道，驶向翔殷路隧道')).toEqual(['打浦路隧道', '翔殷路隧道']);
  });

  it('takes bridges with the bay, river or town they are named after', () => {
    expect(texts('杭州湾跨海大桥全长36公里')).toEqual(['杭州湾跨海大桥']);
    expect(texts('港珠澳大桥通车五周年')).toEqual(['港珠澳大桥']);
    expect(texts('南京长江大桥修缮后重新开放')).toEqual(['南京长江大桥']);
    expect(texts('三元桥附近发生拥堵')).toEqual(['三元桥']);
    // names jieba does not hold, cut into single characters and guessed back by the tagger
    expect(texts('卢浦大桥和苏通长江大桥')).toEqual(['卢浦大桥', '苏通长江大桥']);
  });

  it('takes highways named by the places they join, a ring highway with its town', () => {
    expect(texts('甬金高速公路发生交通事故')).toEqual(['甬金高速公路']);
    expect(texts('沪杭高速公路嘉兴段车流量大')).toEqual(['沪杭高速公路', '嘉兴']);
    expect(texts('京港澳高速公路湖南段')).toEqual(['京港澳高速公路', '湖南']);
    expect(texts('杭州绕城高速公路西线改造完工')).toEqual(['杭州绕城高速公路']);
  });

  it('takes metro and railway stations with their name and town', () => {
    expect(texts('乘客在西直门地铁站换乘')).toEqual(['西直门地铁站']);
    expect(texts('旅客从北京西站乘坐高铁')).toEqual(['北京西站']);
    expect(texts('上海虹桥火车站客流创新高')).toEqual(['上海虹桥火车站']);
    expect(texts('在重庆北站候车的旅客')).toEqual(['重庆北站']);
  });

  it('takes bays and new towns by a place word before them', () => {
    expect(texts('大连湾海底隧道')).toEqual(['大连湾海底隧道']);
    expect(texts('郑东新城的建设已初具规模')).toEqual(['郑东新城']);
    expect(texts('临港新城吸引了大批企业')).toEqual(['临港新城']);
    expect(texts('钱江新城的灯光秀')).toEqual(['钱江新城']);
  });

  it('leaves generic phrases, counts, companies and longer names alone', () => {
    expect(texts('城市新区和这座桥都需要维护')).toEqual([]);
    expect(texts('修建一条路需要多少钱')).toEqual([]);
    expect(texts('当地路桥公司承建高速公路')).toEqual([]);
    expect(texts('这条高速公路全长120公里，该隧道全长3公里')).toEqual([]);
    expect(texts('全省高速公路通车里程突破5000公里')).toEqual([]);
    expect(texts('浙江高速公路网不断完善')).toEqual(['浙江']);
    expect(texts('五大新城建设全面提速')).toEqual([]);
    expect(texts('一座新城拔地而起')).toEqual([]);
    expect(texts('打造产业新城，美丽新城展新颜')).toEqual([]);
    expect(texts('修建跨江大桥，开凿引水隧道，从火车站出发')).toEqual([]);
    expect(texts('京津冀高速发展带来新机遇')).toEqual(['京津冀']);
    expect(texts('搭起一座友谊桥，走过这座桥就到了')).toEqual([]);
    expect(texts('新建的高架桥缓解了拥堵')).toEqual([]);
    expect(texts('台湾同胞，港湾里停满了渔船')).toEqual(['台湾']);
    expect(texts('中国女排联赛湖南站比赛落幕')).toEqual(['中国', '湖南']);
    expect(texts('大安市四棵树乡南山湾村')).not.toContain('南山湾');
  });

  it('takes a river jieba knows whole as a place word, not a person of the same name', () => {
    expect(texts('货轮缓缓驶过黄浦江')).toEqual(['黄浦江']);
    expect(texts('因受南盘江切割的影响')).toEqual(['南盘江']);
    expect(texts('在副市长阳安江陪同下')).toEqual([]);
    expect(texts('刘长江说，运河和护城河都要治理')).toEqual([]);
  });

  it('leaves railways out: they are lines, not locations', () => {
    expect(texts('南昆铁路全线通车')).toEqual([]);
  });
});
