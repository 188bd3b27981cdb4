// Page chrome left inside plain text (a page saved as text) is no article: a row of ad slogans or links laid out
// in cells, and a government site's table of a document's particulars over the document's title. The table's
// places and dates still count, as the article's.
import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../lib/articles';
import { isCellRow, isRecordField } from '../../lib/articles/lines';
import { extract } from '../../lib/extract';

const P1 = '王女士今年四十岁，在一家外贸公司做会计，手头攒下了一笔钱，一直想给父母在城郊换一套带电梯的房子，可又拿不定主意。';
const P2 = '上个月她跑了三个楼盘，发现城北的小区价格低一些，交通却不方便，城南的新盘离地铁近，首付却要多出好几万元。';
const P3 = '为切实做好汛期防灾减灾工作，保障人民群众生命财产安全，根据有关法律法规，现就全省汛期安全管理有关事项通知如下。';

describe('a row of short cells (ads, links)', () => {
  it('is told from a headline and from a sentence', () => {
    expect(isCellRow('宽带包年特价送路由\t 家电以旧换新补贴')).toBe(true);
    expect(isCellRow('同城交友 真诚相伴\t 二手市场 淘遍全城')).toBe(true);
    expect(isCellRow('首页    新闻    体育    财经')).toBe(true);
    // one space inside a headline is no cell gap
    expect(isCellRow('山东 以“五个坚持”推动乡村振兴')).toBe(false);
    expect(isCellRow('城南楼盘首付低')).toBe(false);
    // a word spaced out to width is one word
    expect(isCellRow('前  言')).toBe(false);
    expect(isCellRow('后　　记')).toBe(false);
    // a sentence with a wide gap in it is the text
    expect(isCellRow('她说，这套房子离单位近。  可惜没有电梯，父母上下楼不方便。')).toBe(false);
    // a key：value row belongs to a record table
    expect(isCellRow('发文机关：\t某省人民政府')).toBe(false);
  });

  it('does not start an article inside the story it interrupts', () => {
    const text = ['换房记', '', P1 + '想来想去', '', '\t', ' 宽带包年特价送路由\t 家电以旧换新补贴', ' 同城交友 真诚相伴\t 二手市场 淘遍全城', '', P2].join('\n');
    expect(splitArticles(text).map((a) => a.start)).toEqual([0]);
  });

  it('does not start one at the foot of the page either', () => {
    const text = ['换房记', P1, P2, '同城交友 真诚相伴\t 二手市场 淘遍全城'].join('\n');
    expect(splitArticles(text).map((a) => a.start)).toEqual([0]);
  });
});

describe("a table of a document's particulars over its title", () => {
  const table = [
    '索  引 号：\t00123/2023-00058\t分  类：\t防汛抗旱;通知',
    '发文机关：\t某省人民政府办公厅\t成文日期：\t2023年05月10日',
    '发文字号：\t某政办发〔2023〕12号\t发布日期：\t2023年05月12日',
  ];
  const title = '关于做好汛期安全管理工作的通知';
  const text = [...table, title, '某政办发〔2023〕12号', P3].join('\n');

  it('has its lines read as record fields', () => {
    for (const line of table) expect(isRecordField(line)).toBe(true);
    expect(isRecordField('发布日期：2023年05月12日')).toBe(true);
    expect(isRecordField(P3)).toBe(false);
  });

  it('starts no article: the document starts at its title', () => {
    const articles = splitArticles(text);
    expect(articles.map((a) => text.slice(a.start, a.start + title.length))).toEqual([title]);
    expect(articles[0].headline?.text).toBe(title);
    expect(articles[0].recordTable).toEqual({ start: 0, end: text.indexOf(title) - 1 });
  });

  it('also when a field\'s value stands on the line under its label', () => {
    const labelled = ['发文机关：', '某省人民政府办公厅', '成文日期：', '2023年05月10日', title, P3].join('\n');
    expect(splitArticles(labelled).map((a) => a.start)).toEqual([labelled.indexOf(title)]);
  });

  it("keeps the table's dates as the article's entities", () => {
    const result = extract(text);
    expect(result.articles).toHaveLength(1);
    const times = result.articles[0].entities.filter((e) => e.type === 'time').map((e) => e.text);
    expect(times).toEqual(expect.arrayContaining(['2023年05月10日', '2023年05月12日']));
  });

  it('is not made of a kicker headline and a post line, both key：value in shape', () => {
    const post = ['城西区：“老街”改造让居民住得更舒心', '发布时间：2024-06-03 09:30　来源：区融媒体中心', '【字体：大 中 小】　【打印】', P1].join('\n');
    const [article] = splitArticles(post);
    expect(article.start).toBe(0);
    expect(article.recordTable).toBeUndefined();
  });

  it('is no record table when it is one line over a story', () => {
    const story = ['发布日期：2023年05月12日', title, P3].join('\n');
    expect(splitArticles(story)[0].recordTable).toBeUndefined();
  });
});
