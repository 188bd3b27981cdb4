// A piece appended to an article (名词解释, 相关链接 and the paragraph under it) closes the article: a headline
// after it, over a paragraph, opens the next story pasted under it. An editor's note (编者按) opens its article.
import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../lib/articles';

const P1 = '张女士去年在城东买下一套两居室，贷款二十年，月供三千多元，她说这笔账算过好几遍，比租房划算，也能让孩子就近上学。';
const P2 = '共有产权房是指政府与购房人按份共有产权的住房，购房人可以按规定购买政府份额，取得完全产权，价格比同地段商品房低。';
const P3 = '6月8日至10日，由市住建局主办的住房消费博览会将在会展中心举行，近百家房地产企业参展，市民可免费入场参观。';
const P4 = '记者从活动主办方了解到，今年的博览会首次设立二手房交易专区，现场提供政策咨询、贷款评估等一站式服务。';

describe('an appended piece', () => {
  it('ends its article: the headline after its paragraph opens the next', () => {
    const text = ['买房记', P1, '名词解释', P2, '住房消费博览会下周开幕', P3, P4].join('\n');
    expect(splitArticles(text).map((a) => text.slice(a.start, a.start + 3))).toEqual(['买房记', '住房消']);
  });

  it('keeps its own title under its label', () => {
    const text = ['买房记', P1, '相关链接', '什么是共有产权房', P2].join('\n');
    expect(splitArticles(text).map((a) => a.start)).toEqual([0]);
  });

  it("is not an editor's note, which leads into the text and its intertitles", () => {
    const text = ['住房观察', '编者按', P2, '首付压力有多大', P1, '二手房怎么选', P4].join('\n');
    expect(splitArticles(text).map((a) => a.start)).toEqual([0]);
  });
});
