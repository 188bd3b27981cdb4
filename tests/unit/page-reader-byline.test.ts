// The page reader's byline and date on small pages built here: the writer's line wherever the story puts it
// (under the headline, in its last line, beside the date), never an editor's credit or a bare source.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../cli/read-input';
import { CHROME_INDEX, planFromBlocks } from '../../lib/page/block-articles';
import { datelineNamesWriter } from '../../lib/page/line-signs';
import { urlDate } from '../../lib/page/meta';
import { BODY, headOf, storyPage as page } from './story-page';

describe('page reader: the byline', () => {
  it('takes a reporter standing in the story\'s last line, with no colon', () => {
    expect(headOf(page({ tail: ['（记者 胡晓蓉）'] })).byline).toBe('（记者 胡晓蓉）');
    expect(headOf(page({ tail: ['整合 新华日报·交汇点记者 徐睿翔'] })).byline).toContain('徐睿翔');
  });

  it('takes a closing credit with the newsroom before 记者, and a correspondent\'s sign-off (X 上海报道)', () => {
    const last = (credit: string) => headOf(page({ body: [...BODY.slice(0, 2), `下一步，该市将继续加大投入。${credit}`] })).byline;
    expect(last('（总台记者 李清芬）')).toBe('（总台记者 李清芬）');
    expect(last('（张明超 南昌报道）')).toBe('（张明超 南昌报道）');
    // a bracket that merely closes a sentence's aside is no credit
    expect(last('（详见附件）')).toBeUndefined();
  });

  it('finds the closing credit when an editor\'s credit line follows the last paragraph', () => {
    const h = headOf(page({ body: [...BODY.slice(0, 2), '下一步，该市将继续加大投入。（记者 胡晓蓉）', '责任编辑：孙重远'] }));
    expect(h.byline).toBe('（记者 胡晓蓉）');
  });

  it('takes a reporter credited at the very end of the story\'s last paragraph', () => {
    const h = headOf(page({ body: [...BODY.slice(0, 2), '下一步，该市将继续加大投入。（记者 胡晓蓉）'] }));
    expect(h.byline).toBe('（记者 胡晓蓉）');
    // a bracket closing a sentence that credits no reporter is no byline
    expect(headOf(page({ body: [...BODY.slice(0, 2), '下一步，该市将继续加大投入（见下图）'] })).byline).toBeUndefined();
  });

  it('takes 作者：X, 文/X and 记者 X Y lines under the headline', () => {
    expect(headOf(page({ head: ['作者：王小明'] })).byline).toBe('作者：王小明');
    expect(headOf(page({ head: ['文/李四'] })).byline).toBe('文/李四');
    expect(headOf(page({ tail: ['文·图/赵六'] })).byline).toBe('文·图/赵六');
    expect(headOf(page({ head: ['新华网黑龙江频道 记者 伊琳 李清芬'] })).byline).toContain('伊琳 李清芬');
  });

  it('takes a writer\'s credit standing just past the story\'s block, outside its container', () => {
    const html = page().replace('<div class="footer">', '<div class="info2">作者：宋怡 杨志华</div><div class="footer">');
    expect(headOf(html).byline).toBe('作者：宋怡 杨志华');
    // but not a footer's words past the story
    expect(headOf(page().replace('版权所有 江西新闻网', '版权所有 江西新闻网 作者：网站')).byline).toBeUndefined();
  });

  it('does not take a sentence that opens with 记者获悉 as a byline', () => {
    expect(headOf(page({ tail: ['记者获悉樟树市还将新建一批'] })).byline).toBeUndefined();
  });

  it('takes the writer from a date line that names one (作者:X 发表于:2005-07-31)', () => {
    const h = headOf(page({ tail: ['作者:zboygirl 阅读(1660) 评论(5) 发表于:2005-07-31 12:30'] }));
    expect(h.byline).toContain('zboygirl');
    expect(h.date).toBe('2005-07-31');
  });

  it('never takes an editor\'s credit or a bare source for the byline', () => {
    expect(headOf(page({ tail: ['（责任编辑：刘林源）'] })).byline).toBeUndefined();
    expect(headOf(page({ tail: ['编辑：山石'] })).byline).toBeUndefined();
    expect(headOf(page({ head: ['来源：新华网'] })).byline).toBeUndefined();
    // the reporter's line wins over the editor's when both are there
    expect(headOf(page({ head: ['本报记者 张三'], tail: ['责任编辑：李四'] })).byline).toBe('本报记者 张三');
  });

  it('takes the writer\'s line over a photographer\'s credit above it', () => {
    expect(headOf(page({ head: ['摄影：王五'], tail: ['（记者 胡晓蓉）'] })).byline).toBe('（记者 胡晓蓉）');
  });

  it('takes no byline from a label with no name after it (作者： size="20" 来源：)', () => {
    const h = headOf(page({ head: ['作者： size="20"   来源： size="20"   发布日期： 9/17/2004 5:54:13 AM'] }));
    expect(h.byline).toBeUndefined();
    // the year-last date beside its label and clock is read day first unless that cannot be (9/17)
    expect(h.date).toBe('2004-09-17');
  });

  it('takes an editor\'s line when the page\'s own author metadata names that person', () => {
    expect(headOf(page({ tail: ['责任编辑：刘林源'], meta: '<meta name="author" content="刘林源">' })).byline).toBe('责任编辑：刘林源');
  });
});

describe('page reader: the writer in the page\'s markup', () => {
  it('takes a bare name under the headline that the markup marks as the author\'s', () => {
    expect(headOf(page({ head: ['<span class="author">茉莉</span>'] })).byline).toBe('茉莉');
    expect(headOf(page({ head: ['<span itemprop="author">胡晓蓉</span>'] })).byline).toBe('胡晓蓉');
  });

  it('does not take a bare name in no author markup', () => {
    expect(headOf(page({ head: ['<span class="name">茉莉</span>'] })).byline).toBeUndefined();
  });
});

describe('page reader: the date of an e-paper story', () => {
  const epaper = (edition: string, date?: string) => `<!doctype html><html><head><meta charset="utf-8"><title>樟树新建高标准农田_江西日报</title></head><body>
<div class="masthead">江西日报 ${edition}</div>
<div class="article"><h1>樟树新建高标准农田3.2万亩</h1>${date ? `<p class="date">${date}</p>` : ''}
${BODY.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;

  it('gives a story with no date of its own the edition\'s date', () => {
    expect(headOf(epaper('2022年02月12日 星期六 第06版')).date).toBe('2022-02-12');
  });

  it('keeps the story\'s own date over the edition\'s', () => {
    expect(headOf(epaper('2022年02月12日 第06版', '2022-02-11 08:00')).date).toBe('2022-02-11');
  });

  it('reads the edition from the page\'s address when the page names no date', () => {
    const html = epaper('第06版').replace('<head>', '<head><link rel="canonical" href="http://epaper.jxxw.com/html/2022-02/12/content_123456.htm">');
    expect(headOf(html).date).toBe('2022-02-12');
    expect(urlDate('http://paper.people.com.cn/rmrb/html/2021-01/06/nw.D110000renmrb_20210106_1-01.htm')).toBe('2021-01-06');
    expect(urlDate('http://news.example.cn/a/20220212/n1.shtml')).toBe('2022-02-12');
    // a long id is no date, and a date in the query string is not where the page is filed
    expect(urlDate('http://news.example.cn/a/120220212345.shtml')).toBeUndefined();
    expect(urlDate('http://news.example.cn/a/view?d=20220212')).toBeUndefined();
  });
});

describe('page reader: bylines on a page of many stories', () => {
  it('gives each story the reporter standing in its last line', () => {
    const story = (title: string, who: string) => `<h2>${title}</h2>${BODY.map((p) => `<p>${p}</p>`).join('')}<p>（记者 ${who}）</p>`;
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>江西日报 第06版</title></head><body>
<div class="content">${story('樟树新建高标准农田3.2万亩', '胡晓蓉')}${story('九江推进农田水利建设', '张明超')}${story('赣州新增农田两万亩', '李清芬')}</div></body></html>`;
    const read = readHtml(html);
    const plan = planFromBlocks(read.text, { blocks: read.blocks, kind: read.kind, meta: read.meta });
    const stories = plan?.articles.filter((a) => a.index !== CHROME_INDEX) ?? [];
    expect(stories.map((a) => a.byline?.text)).toEqual(['（记者 胡晓蓉）', '（记者 张明超）', '（记者 李清芬）']);
  });

  it('keeps a dateline byline with its labels as written (据新华社拉萨电（记者 …）)', () => {
    const h = headOf(page({ body: ['据新华社拉萨电（记者 格桑 边巴）西藏今年新建高标准农田3.2万亩，惠及农户1.5万户。', ...BODY.slice(1)] }));
    expect(h.byline).toContain('格桑');
  });
});

describe('page reader: who posted a post, on its date line', () => {
  it('takes the poster a date line names (X 发表于, by X, 由X张贴, 本贴由X于)', () => {
    expect(datelineNamesWriter('ggjjzhzz 发表于 2005-9-15 11:46:00')).toBe(true);
    expect(datelineNamesWriter('〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓')).toBe(true);
    expect(datelineNamesWriter('由海姑娘张贴 @ 2005-03-21 01:20:44')).toBe(true);
    expect(datelineNamesWriter('本贴由大卫于2005年8月12日16:12:21发表')).toBe(true);
    const h = headOf(page({ tail: ['ggjjzhzz 发表于 2005-9-15 11:46:00'] }));
    expect(h).toEqual({ byline: 'ggjjzhzz 发表于 2005-9-15 11:46:00', date: '2005-09-15' });
  });

  it('does not take a date line that names no one (发表于 2004年12月27日, [收藏本文] 发表于…)', () => {
    expect(datelineNamesWriter('发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)')).toBe(false);
    expect(datelineNamesWriter('[点击此处收藏本文]  发表于2005年09月07日 11:57 AM')).toBe(false);
    expect(headOf(page({ tail: ['发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)'] })).byline).toBeUndefined();
  });
});

describe('page reader: author metadata that names the site, not a writer', () => {
  const metaAuthor = (content: string, site = '') =>
    readHtml(page({ meta: `<meta name="author" content="${content}">${site ? `<meta property="og:site_name" content="${site}">` : ''}` })).meta.byline;

  it('drops a web address, a team, a network or a company given as the author', () => {
    expect(metaAuthor('51offer.com')).toBeUndefined();
    expect(metaAuthor('Discuz! Team and Comsenz UI Team')).toBeUndefined();
    expect(metaAuthor('大汉网络')).toBeUndefined();
    expect(metaAuthor('江西新闻网', '江西新闻网')).toBeUndefined();
  });

  it('keeps a person', () => {
    expect(metaAuthor('胡晓蓉', '江西新闻网')).toBe('胡晓蓉');
    expect(metaAuthor('Joel Spolsky')).toBe('Joel Spolsky');
  });
});
