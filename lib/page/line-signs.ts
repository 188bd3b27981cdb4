// What a line or an element says it is by its own words: story-ish and chrome-ish class names, menu and
// footer phrases, bylines, dates; and how much a line reads like prose. Shared by the role passes.
import type { BlockRole } from '../types';
import type { Line } from './lines';

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
export const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;
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
