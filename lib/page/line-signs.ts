// What a line or an element says it is by its own words: story-ish and chrome-ish class names, menu and
// footer phrases, bylines, dates; and how much a line reads like prose. Shared by the role passes.
import type { BlockRole } from '../types';
import type { Line } from './lines';
import { isPersonName } from '../articles';

// class/id words of containers that hold the story, and of those that never do
export const STORY_WORDS = /article|content|text|body|main|post|entry|story|detail|zw|editor|news_?con|cont\b|正文/i;
// long words may sit inside others (topnav, commentlist); short ones must stand alone (hot, not photo)
const CHROME_WORDS = /nav|menu|footer|copyright|comment|share|related|relate|recommend|sidebar|breadcrumb|crumb|banner|login|toolbar|advert|guanggao|tuijian|xgxw|topbar|search|(?:^|[\s_-])(?:foot|hot|rank|side|ad|ads|links?|tags?|hotnews)(?:$|[\s_\d-])/i;

// pagination (第1页/共3页, 上一页 | 下一页) is a control, wherever it sits
const PAGINATION = /^第\s*\d+\s*页|上一页|下一页|^共\s*\d+\s*页|^\[?\s*1\s*\]?\s*\[?\s*2\s*\]?.*下一页/;
const CONTROLS = /^(分享到?|打印|关闭|关闭窗口|登录|注册|收藏|举报|纠错|字号|【?(大|中|小)】?|返回顶部|回到顶部|返回首页|扫一扫|微信|微博|QQ空间|手机版|打开APP|下载APP|点击查看|查看原文|上一篇|下一篇|发表评论|我要评论|复制链接)/;
const FOOTER = /版权所有|Copyright|©|ICP备|ICP证|公网安备|联系我们|关于我们|网站地图|违法和不良信息|举报电话|许可证/i;
export const RELATED = /^(相关(新闻|阅读|报道|文章|链接|推荐)|推荐阅读|延伸阅读|热点(新闻|推荐|搜索)?|热门|猜你喜欢|更多|精彩推荐|今日推荐|排行)/;
const COMMENTS = /^(网友评论|评论|跟帖|热门评论|最新评论|用户评论|发表评论)/;
const AD = /^(广告|推广|赞助)/;
export const BYLINE = /(来源|作者|记者|通讯员|编辑|责编|撰文|摄影|供图|出处|发布者)\s*[:：]|^\s*(文|图|文图|文\/图)\s*[\/|｜:：]|本报(记者|讯)|^\s*\(?（?记者/;
// A writer's credit: the person who wrote the story (作者：X, 文/X, 记者 X, 本报记者 X, 撰文 X, 执笔人：X). 记者 with a
// name and no colon counts too, but not 记者获悉 and the like, which open a sentence; nor a label with no name
// after it (作者： 来源：, a template's 作者： size="20").
export const REPORTER =
  /(作者|撰文|撰稿|执笔人?|通讯员|发布者|发帖人|楼主)\s*[:：]\s*(?!\S*=)(?!来源|发布|日期|时间|编辑)[A-Za-z\u3400-\u9fff]|作者\s+\S|^\s*[（(【[]?\s*(文|文图|文\/图|图文|文[·・]图)\s*[/|｜:：]|记者\s*[:：]?\s*(?!获悉|从|了解|在|采访|近日|日前|看到|注意|发现|走访|来到|连线|调查|探访|实地)[\u4e00-\u9fff·]{2,4}/;
// A post's line naming who posted it beside its time: X 发表于 2005-9-15, 发布时间 … by X, 由X张贴 @ …,
// 本贴由X于…发表, X写于2005年3月16日. Each pattern holds the name where the line puts it; read only on date
// lines: in prose these words say other things.
const POSTERS = [
  /([^\s\]】）)>|:：]{2,20})\s*发表于/,
  /(?:^|\s)by\s+([\p{L}\d_.-]{2,})/iu,
  /[贴帖]由\s*([^\s于]{1,20})\s*于/,
  /由\s*([^\s于]{1,20}?)\s*(?:张贴|发表|发布)/,
  /([^\s\]】）)>|:：]{2,20})写于/,
];
// words that stand where a name would and are none (阅读 发表于, 时间 by)
const NOT_A_NAME = /^(编辑|阅读|评论|时间|日期|本文|文章|原文|帖子|本贴|本帖)$|\d{2}|[:：]/;

/** Whether a date line also names its writer: a writer's credit, a name in brackets, or the name of who posted it. */
export function datelineNamesWriter(t: string): boolean {
  if (REPORTER.test(t) || bracketedName(t)) return true;
  return POSTERS.some((p) => {
    const name = p.exec(t)?.[1];
    return !!name && !NOT_A_NAME.test(name);
  });
}

/** Where a name sits in a line: its offset and length. */
export interface NameAt {
  index: number;
  length: number;
}

// a bracketed bare name on a page's info line: BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]
const BRACKETED = /[[【]\s*([\u4e00-\u9fff]{2,4})\s*[\]】]/g;

/** The writer's name a line gives in brackets ([ 黄宇 ], 【张三】), not the source's (来源：[ 国际金融报 ]). */
export function bracketedName(t: string): NameAt | undefined {
  for (const m of t.matchAll(BRACKETED)) {
    if (/(?:来源|出处|编辑|责编)\s*[:：]?\s*$/.test(t.slice(0, m.index))) continue;
    if (isPersonName(m[1])) return { index: m.index + m[0].indexOf(m[1]), length: m[1].length };
  }
  return undefined;
}

// a source credit that is all the line holds: 来源: 尹娟
const SOURCE_ALONE = /(?:来源|出处)\s*[:：]\s*([\u4e00-\u9fff]{2,4})\s*$/;

/** The person a source credit names, where it names one and no outlet (来源: 尹娟, not 来源：新华网): their name's place. */
export function sourcePerson(t: string): NameAt | undefined {
  const m = SOURCE_ALONE.exec(t);
  if (!m || !isPersonName(m[1])) return undefined;
  return { index: m.index + m[0].lastIndexOf(m[1]), length: m[1].length };
}

/** Whether a credit line names the writer: 作者：X, 记者 X, or a source that is a person (来源: 尹娟). */
export const writerCredit = (t: string) => REPORTER.test(t) || !!sourcePerson(t);

// Credits that name no writer: the editor's, the reviewer's, the outlet a story came from. Such a line is
// a footer credit, not the byline, unless the page's own author metadata names its person.
const EDITOR_CREDIT = /责任编辑|责编|编辑|审核|审校|校对|监制|签发|来源|出处/;
const PHOTO_CREDIT = /摄影|供图|^\s*图\s*[/|｜:：]/;

/** Whether a byline-like line credits only editors or a source (责任编辑：X, 来源：新华网), no writer. */
export const editorOnly = (t: string) => EDITOR_CREDIT.test(t) && !writerCredit(t) && !PHOTO_CREDIT.test(t);

// a date, year first (2005-5-7, 2005年5月7日), or year last beside a clock or a date label (发布日期： 7/5/2005 9:23:57 PM)
export const DATE =
  /((?:19|20)\d{2})\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(?<![\d/])\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}(?![\d/])\s*(?:-\s*)?\d{1,2}:\d{2}|(?:日期|时间)\s*[:：]?\s*\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}(?![\d/])/;
export const SENTENCE_END = /[。！？!?…”」』）)]$/;

export const cjk = (s: string) => (s.match(/[\u3400-\u9fff]/g)?.length ?? 0);

/** How much a line reads like prose: 0 for menus, links and labels. */
export function proseScore(l: Line): number {
  if (l.ink < 10 || l.linked > l.ink * 0.3) return 0;
  return 1 + l.punct + Math.min(Math.floor(l.ink / 50), 3);
}

export function classWords(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

// class/id words of an element that holds the writer's name (byline, author, zuozhe); editor and source
// boxes are not among them: they hold credits that name no writer
export const AUTHOR_WORDS = /(?:^|[\s_-])(?:author|authors|byline|writer|zuozhe|reporter)(?:$|[\s_\d-])/i;

/** Whether an element's markup says it holds the story's writer (itemprop=author, rel=author, class="author"). */
export function authorMarkup(el: Element): boolean {
  return el.getAttribute('itemprop') === 'author' || el.getAttribute('rel') === 'author' || AUTHOR_WORDS.test(classWords(el));
}

/** The chrome role an element says it is by its tag, ARIA role or class words; '' when it says nothing. */
export function elementChrome(el: Element): BlockRole | '' {
  const tag = el.tagName.toUpperCase();
  const role = el.getAttribute('role');
  if (tag === 'NAV' || role === 'navigation' || role === 'menubar') return 'nav';
  if (tag === 'FOOTER' || role === 'contentinfo') return 'footer';
  if (tag === 'ASIDE' || role === 'complementary') return 'related';
  const words = classWords(el);
  if (!words.trim() || !CHROME_WORDS.test(words)) return '';
  if (/comment|pinglun/i.test(words)) return 'comments';
  if (/footer|foot\b|copyright/i.test(words)) return 'footer';
  if (/nav|menu|crumb|topbar|banner|search/i.test(words)) return 'nav';
  if (/share|login|toolbar/i.test(words)) return 'controls';
  if (/(?:^|[\s_-])ads?(?:$|[\s_\d-])|advert|guanggao/i.test(words)) return 'ad';
  return 'related';
}

/** A chrome role a line's own words give it (分享, 版权所有, 相关新闻 …), or ''. */
export function lineChrome(l: Line): BlockRole | '' {
  const t = l.text.trim();
  if (t.length > 60) return '';
  if ((CONTROLS.test(t) && l.ink < 30) || (PAGINATION.test(t) && l.ink < 40)) return 'controls';
  if (FOOTER.test(t)) return 'footer';
  if (COMMENTS.test(t) && l.ink < 20) return 'comments';
  if (AD.test(t) && l.ink < 10) return 'ad';
  return '';
}

export const isChrome = (role: BlockRole) => !['headline', 'subheadline', 'kicker', 'byline', 'date', 'body', 'caption'].includes(role);
