// The story's byline and date where real pages put them with no role word or outside the story's block:
// a name in brackets on the info line ([ 黄宇 ]), a source that is a person (来源: 尹娟), a bare name closing
// the story (（袁源）), a credit above the body; a menu of links is no byline; a date above a second copy of
// the title, or beside a link on an e-paper's bar. Pages built here in the shapes of the saved real pages.
import { describe, expect, it } from 'vitest';
import { bracketedName, sourcePerson } from '../../lib/page/line-signs';
import { isNameRun, isPersonName, isPersonNames } from '../../lib/articles/person-name';
import { BODY, headOf, storyPage as page, TITLE } from './story-page';

describe('person names with no role word', () => {
  it('are a family name and one or two characters, not an outlet, a body, a place or a stock word', () => {
    for (const name of ['尹娟', '黄宇', '袁源', '欧阳修文', '张倩']) expect(isPersonName(name), name).toBe(true);
    for (const not of ['新华社', '国际金融报', '人民网', '江苏', '苏州', '原创', '全文完', '完', '转载文章', '综合', '王']) expect(isPersonName(not), not).toBe(false);
    expect(isPersonNames('王建宏 张文攀')).toBe(true);
    expect(isPersonNames('常书香、马丹阳')).toBe(true);
    expect(isPersonNames('王建宏 新华社')).toBe(false);
  });

  it('are read from an info line in brackets, but not the source\'s bracket', () => {
    const line = 'BUSINESS.SOHU.COM　2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]';
    const at = bracketedName(line);
    expect(at && line.slice(at.index, at.index + at.length)).toBe('黄宇');
    expect(bracketedName('2005年3月1日 来源：【 王府 】')).toBeUndefined();
    expect(bracketedName('2005年3月1日 【打印】【关闭】')).toBeUndefined();
  });

  it('are read from a source credit that names only a person', () => {
    const at = sourcePerson('　　来源: 尹娟');
    expect(at && '　　来源: 尹娟'.slice(at.index, at.index + at.length)).toBe('尹娟');
    expect(sourcePerson('来源：新华网')).toBeUndefined();
    expect(sourcePerson('来源：转载文章')).toBeUndefined();
    expect(sourcePerson('来源：尹娟 编辑：李四')).toBeUndefined();
  });
});

describe('page reader: bylines with no role word', () => {
  it('takes the bracketed name on the date line, as the name alone', () => {
    const h = headOf(page({ head: ['BUSINESS.SOHU.COM　2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]'] }));
    expect(h.byline).toBe('黄宇');
    expect(h.date).toBe('2004-07-16');
  });

  it('takes a source credit naming a person under the story, and not one naming an outlet', () => {
    expect(headOf(page({ tail: ['来源: 尹娟'] })).byline).toContain('尹娟');
    expect(headOf(page({ tail: ['来源：新华网'] })).byline).toBeUndefined();
  });

  it('takes a bare name in brackets closing the story, and not （完） or an outlet', () => {
    expect(headOf(page({ tail: ['（袁源）'] })).byline).toBe('（袁源）');
    expect(headOf(page({ body: [...BODY.slice(0, 2), '下一步，该市将继续加大投入。（王建宏 张文攀）'] })).byline).toBe('（王建宏 张文攀）');
    expect(headOf(page({ tail: ['（完）'] })).byline).toBeUndefined();
    expect(headOf(page({ tail: ['（新华社）'] })).byline).toBeUndefined();
  });

  it('never takes a menu of links under the headline for the byline', () => {
    const menu = '<a href="/tg">在线荐稿</a><a href="/blog">记者博客</a><a href="/lx">联系记者</a>';
    const h = headOf(page({ head: [menu, '顶端新闻·河南商报记者马俊峰/文'] }));
    expect(h.byline).toContain('马俊峰');
    expect(headOf(page({ head: [menu] })).byline).toBeUndefined();
  });

  it('takes a 执笔人 credit closing a report', () => {
    expect(headOf(page({ tail: ['执笔人：闵乐夫 赵兰波 刘韬'] })).byline).toContain('闵乐夫');
  });

  it('takes a line of bare names at the story\'s top, and not a line of other words', () => {
    expect(headOf(page({ head: ['赵延东、李清芬'] })).byline).toBe('赵延东、李清芬');
    expect(headOf(page({ head: ['胡平'] })).byline).toBe('胡平');
    expect(headOf(page({ head: ['乡村振兴'] })).byline).toBeUndefined();
  });

  it('takes a writer\'s credit standing above the story block', () => {
    const h = headOf(page({ above: '<div class="bar">02日14:25 作者： 赵婕 出自[人民文学出版社]</div>' }));
    expect(h.byline).toContain('赵婕');
  });
});

describe('page reader: dates outside the story block', () => {
  it('takes the date line above a second copy of the title', () => {
    const above = `<div class="crumb2">${TITLE}</div><div class="info">发布时间：2022-02-13 04:22:18 来源：<a href="/">云南日报</a></div><div>分享到：</div><div>15家企业</div>`;
    expect(headOf(page({ above })).date).toBe('2022-02-13');
  });

  it('takes a date beside a link when the date itself is no link', () => {
    const above = '<div class="info"><a href="http://www.qianlong.com/">http://www.qianlong.com/</a> 　 2005-07-18 13:03:17</div>';
    expect(headOf(page({ above })).date).toBe('2005-07-18');
    // a date inside a link is a linked item's, not the page's
    const linked = '<div class="info"><a href="/x">http://www.qianlong.com/ 2005-07-18 13:03:17</a></div>';
    expect(headOf(page({ above: linked })).date).toBeUndefined();
  });

  it('takes an e-paper\'s edition date from its bar above the headline', () => {
    const above = '<div class="dSearch"><strong>2022年02月12日</strong><span><a href="/old">查看旧版(2007年11月18号以前)</a></span></div>';
    expect(headOf(page({ above })).date).toBe('2022-02-12');
  });

  it('takes a bare date line, or a post\'s line naming its writer, a little further into the story', () => {
    const long = [...BODY, ...BODY, ...BODY];
    const lead = (line: string) => headOf(page({ body: [BODY[0], BODY[1], '一', '二', '三', '四', '五', '六', '七', '八', line, ...long] }));
    expect(lead('2005年1月2日').date).toBe('2005-01-02');
    const post = lead('本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表.');
    expect(post.date).toBe('2005-08-12');
    expect(post.byline).toContain('大卫');
    // a sentence that mentions a day is no date line
    expect(lead('2005年1月2日，樟树市召开了全市农田建设工作会议。').date).toBeUndefined();
  });

  it('takes no date from a list of dated links', () => {
    const dates = ['2005-07-13 09:00:04', '2005-07-11 15:02:26', '2005-07-11 10:06:16'];
    const list = dates.map((d, i) => `<div><a href="/${i}">为同门兄弟途胜让路 现代集团叫停狮跑上市活动${i}</a> ${d}</div>`).join('');
    expect(headOf(page({ above: list })).date).toBeUndefined();
  });
});
