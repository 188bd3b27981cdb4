// Roles for the page's lines: where the story is (scored like a reader view: prose with Chinese
// punctuation and few links counts for the blocks around it), its head (headline, byline, date) and
// the chrome around it. Every step is one pass over the lines or the elements.
import type { BlockHint, BlockRole, PageKind, PageMeta } from '../types';
import type { Line, PageLines } from './lines';
import { drain, slices as makeSlices, type Slices } from './slices';
import type { PageWalk } from './walk';

export interface Roles {
  blocks: BlockHint[];
  kind: PageKind;
}

// class/id words of containers that hold the story, and of those that never do
const STORY_WORDS = /article|content|text|body|main|post|entry|story|detail|zw|editor|news_?con|cont\b|正文/i;
// long words may sit inside others (topnav, commentlist); short ones must stand alone (hot, not photo)
const CHROME_WORDS = /nav|menu|footer|copyright|comment|share|related|relate|recommend|sidebar|breadcrumb|crumb|banner|login|toolbar|advert|guanggao|tuijian|xgxw|topbar|search|(?:^|[\s_-])(?:foot|hot|rank|side|ad|ads|links?|tags?|hotnews)(?:$|[\s_\d-])/i;

// pagination (第1页/共3页, 上一页 | 下一页) is a control, wherever it sits
const PAGINATION = /^第\s*\d+\s*页|上一页|下一页|^共\s*\d+\s*页|^\[?\s*1\s*\]?\s*\[?\s*2\s*\]?.*下一页/;
const CONTROLS = /^(分享到?|打印|关闭|关闭窗口|登录|注册|收藏|举报|纠错|字号|【?(大|中|小)】?|返回顶部|回到顶部|返回首页|扫一扫|微信|微博|QQ空间|手机版|打开APP|下载APP|点击查看|查看原文|上一篇|下一篇|发表评论|我要评论|复制链接)/;
const FOOTER = /版权所有|Copyright|©|ICP备|ICP证|公网安备|联系我们|关于我们|网站地图|违法和不良信息|举报电话|许可证/i;
const RELATED = /^(相关(新闻|阅读|报道|文章|链接|推荐)|推荐阅读|延伸阅读|热点(新闻|推荐|搜索)?|热门|猜你喜欢|更多|精彩推荐|今日推荐|排行)/;
const COMMENTS = /^(网友评论|评论|跟帖|热门评论|最新评论|用户评论|发表评论)/;
const AD = /^(广告|推广|赞助)/;
const BYLINE = /(来源|作者|记者|通讯员|编辑|责编|撰文|摄影|供图|出处|发布者)\s*[:：]|^\s*(文|图|文图|文\/图)\s*[\/|｜:：]|本报(记者|讯)|^\s*\(?（?记者/;
const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;
const SENTENCE_END = /[。！？!?…”」』）)]$/;

// Less Han text than this in the story's body, and the page is no story.
const STORY_MIN_HAN = 30;

const cjk = (s: string) => (s.match(/[\u3400-\u9fff]/g)?.length ?? 0);

/** How much a line reads like prose: 0 for menus, links and labels. */
function proseScore(l: Line): number {
  if (l.ink < 10 || l.linked > l.ink * 0.3) return 0;
  return 1 + l.punct + Math.min(Math.floor(l.ink / 50), 3);
}

function classWords(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/** The chrome role an element says it is by its tag, ARIA role or class words; '' when it says nothing. */
function elementChrome(el: Element): BlockRole | '' {
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

/** Similarity of two short texts: the share of the shorter one's characters found in order in the longer one (cheap, not a full LCS). */
function sameTitle(a: string, b: string): boolean {
  const x = a.replace(/\s+/g, '');
  const y = b.replace(/\s+/g, '');
  if (x.length < 4 || y.length < 4) return false;
  if (x.includes(y) || y.includes(x)) return Math.min(x.length, y.length) >= Math.max(x.length, y.length) * 0.5;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.length > 200) return false;
  let j = 0;
  let hit = 0;
  for (const c of short) {
    const at = long.indexOf(c, j);
    if (at >= 0) {
      hit++;
      j = at + 1;
    }
  }
  return hit >= short.length * 0.8 && short.length >= long.length * 0.6;
}

export function classify(walk: PageWalk, page: PageLines, meta: PageMeta & { title?: string }): Roles {
  return drain(classifying(walk, page, meta, makeSlices()));
}

/** classify as a generator that yields when a slice has run its time (each loop below is one pass). */
export function* classifying(walk: PageWalk, page: PageLines, meta: PageMeta & { title?: string }, slices: Slices): Generator<void, Roles> {
  const { lines, parentOf } = page;
  const { elements, elementStart, elementEnd, linkBefore } = walk;
  const n = elements.length;
  // chrome said by the markup, inherited by everything inside (parents come before children)
  const chromeOf: (BlockRole | '')[] = new Array(n);
  const chromeBy = new Int32Array(n).fill(-1); // the element whose markup said so
  const depth = new Int32Array(n);
  const words: number[] = new Array(n); // +1 story-ish class words, -1 chrome-ish, 0 neither
  for (let e = 0; e < n; e++) {
    if (slices.due()) {
      yield;
      slices.restart();
    }
    const own = elementChrome(elements[e]);
    const p = parentOf[e];
    depth[e] = p >= 0 ? depth[p] + 1 : 0;
    if (p >= 0 && chromeOf[p]) {
      chromeOf[e] = chromeOf[p];
      chromeBy[e] = chromeBy[p];
    } else {
      chromeOf[e] = own;
      chromeBy[e] = own ? e : -1;
    }
    const w = classWords(elements[e]);
    words[e] = own ? -1 : STORY_WORDS.test(w) ? 1 : 0;
  }

  // prose credits its block and the blocks around it, less the further out (as Readability does)
  const score = new Float64Array(n);
  for (const l of lines) {
    if (slices.due()) {
      yield;
      slices.restart();
    }
    const s = proseScore(l);
    if (!s || l.owner < 0) continue;
    let e = l.owner;
    for (let level = 0; e >= 0 && level < 5; level++, e = parentOf[e]) score[e] += s / (level < 2 ? 1 : level * 1.5);
  }
  let top = -1;
  let best = 0;
  for (let e = 0; e < n; e++) {
    if (slices.due()) {
      yield;
      slices.restart();
    }
    if (!score[e]) continue;
    const ink = elementEnd[e] - elementStart[e];
    const linkShare = ink ? (linkBefore[elementEnd[e]] - linkBefore[elementStart[e]]) / ink : 0;
    const weight = words[e] > 0 ? 1.25 : words[e] < 0 || chromeOf[e] ? 0.3 : 1;
    const s = score[e] * (1 - linkShare) * weight;
    score[e] = s;
    if (s > best) {
      best = s;
      top = e;
    }
  }

  // a list of posts (a blog's front page: one container per post, each dated): the first post is the story
  const post = top >= 0 ? firstPost(walk, page, top) : -1;
  if (post >= 0) top = post;
  // the story's stretch: the top block, grown over siblings that also hold prose
  let from = top >= 0 ? elementStart[top] : 0;
  let to = top >= 0 ? elementEnd[top] : 0;
  if (top >= 0 && post < 0) {
    const parent = parentOf[top];
    for (let e = 0; e < n; e++) {
      if (e === top || parentOf[e] !== parent || chromeOf[e]) continue;
      if (score[e] >= best * 0.2) {
        from = Math.min(from, elementStart[e]);
        to = Math.max(to, elementEnd[e]);
      }
    }
  }

  const roles: (BlockRole | '')[] = lines.map(() => '');
  const inStory = (l: Line) => l.start >= from && l.end <= to;
  let firstBody = -1;
  let lastBody = -1;
  for (let i = 0; i < lines.length; i++) {
    if (slices.due()) {
      yield;
      slices.restart();
    }
    const l = lines[i];
    const marked = l.owner >= 0 ? chromeOf[l.owner] : '';
    if (!inStory(l)) {
      roles[i] = marked || lineChrome(l) || 'chrome';
      continue;
    }
    // chrome marked inside the story's block (its comments, its share bar) is chrome even when it reads
    // like prose; a mark on the story's own block or above it is a page's odd class name and says less
    const by = l.owner >= 0 ? chromeBy[l.owner] : -1;
    const markedInside = by >= 0 && top >= 0 && depth[by] > depth[top] && elementStart[by] >= from && elementEnd[by] <= to;
    const chrome = lineChrome(l) || (marked && (markedInside || !proseScore(l)) ? marked : '');
    if (chrome) roles[i] = chrome;
    else if (l.linked > l.ink * 0.6 && l.ink < 60) roles[i] = 'related';
    // a character or two on a line of its own (a vertical label: 今/日/推/荐) is layout, not text
    else if (l.ink <= 2 && !l.punct) roles[i] = 'chrome';
    else {
      roles[i] = 'body';
      if (firstBody < 0) firstBody = i;
      lastBody = i;
    }
  }
  // a run of link lines at the story's end is a related list, and so is all that follows its label
  for (let i = firstBody; i >= 0 && i <= lastBody; i++) {
    if (roles[i] === 'body' && RELATED.test(lines[i].text.trim()) && lines[i].ink < 20) {
      for (let k = i; k <= lastBody; k++) if (!proseScore(lines[k]) || lines[k].linked > lines[k].ink * 0.3) roles[k] = 'related';
      roles[i] = 'related';
      break; // all that follows was looked at: one pass
    }
  }

  if (slices.overdue()) {
    yield;
    slices.restart();
  }
  // per line: which story it belongs to (-1: none)
  const storyOf = new Int32Array(lines.length).fill(-1);
  const heads = findStories(lines, roles, firstBody, lastBody);
  if (heads) {
    // many stories: each story heading opens one; the lines up to the next belong to it
    for (let k = 0; k < heads.length; k++) {
      const h = heads[k];
      roles[h] = 'headline';
      const next = k + 1 < heads.length ? heads[k + 1] : lastBody + 1;
      for (let i = h; i < next; i++) if (roles[i] && !isChrome(roles[i] as BlockRole)) storyOf[i] = k;
      for (let i = h + 1, n = 0; i < next && n < 3; i++, n++) headRole(lines[i], roles, i, n === 0);
      // a short unpunctuated line closing the story before is the next one's column kicker, no sentence of the last
      if (k > 0) {
        const before = h - 1;
        const t = lines[before].text.trim();
        if (roles[before] === 'body' && t.length <= 15 && !SENTENCE_END.test(t) && !BYLINE.test(t) && !lines[before].punct) {
          roles[before] = 'kicker';
          storyOf[before] = k;
        }
      }
    }
    // a page's own name over its stories (the masthead h1) is the site's, never a headline
    for (let i = 0; i < heads[0]; i++) if (lines[i].heading === 1 && lines[i].text.trim().length <= 16) roles[i] = 'site';
  } else {
    const headline = findHeadline(lines, roles, firstBody, meta);
    if (headline >= 0) {
      roles[headline] = 'headline';
      // the body starts after its title when the title was its first line
      if (headline === firstBody) while (firstBody <= lastBody && roles[firstBody] !== 'body') firstBody++;
      // between the headline and the body: sub-headline, byline and date lines; chrome stays chrome
      const stop = firstBody > headline ? Math.min(firstBody, headline + 8) : headline + 6;
      for (let i = headline + 1; i < Math.min(stop, lastBody + 1, lines.length); i++) headRole(lines[i], roles, i, true);
      for (let i = headline - 1; i >= Math.max(0, headline - 2); i--) {
        const t = lines[i].text.trim();
        if (roles[i] === 'body' && t.length <= 30 && !SENTENCE_END.test(t)) roles[i] = 'kicker';
      }
    }
    // the body's own first lines often hold the byline and date (来源：… 2024-03-05)
    for (let i = Math.max(firstBody, 0), k = 0; i < lines.length && k < 3; i++, k++) if (roles[i] === 'body') headRole(lines[i], roles, i, false);
    // and its last lines the writers (（记者 张三）, 责任编辑：李四) or the post's time (本贴由…于2005年8月12日)
    for (let i = lastBody, k = 0; i > firstBody && k < 3; i--, k++) if (roles[i] === 'body') headRole(lines[i], roles, i, false);
    if (!roles.includes('date')) findDateNear(lines, roles, headline, firstBody, lastBody);
    for (let i = 0; i < lines.length; i++) if (roles[i] && !isChrome(roles[i] as BlockRole)) storyOf[i] = 0;
  }

  if (slices.overdue()) {
    yield;
    slices.restart();
  }
  for (let i = 0; i < lines.length; i++) {
    if (slices.due()) {
      yield;
      slices.restart();
    }
    if (roles[i] !== 'body') continue;
    const owner = lines[i].owner >= 0 ? elements[lines[i].owner] : null;
    if (owner && (owner.tagName.toUpperCase() === 'FIGCAPTION' || /caption|pic_?text|img_?desc|pictext/i.test(classWords(owner)))) roles[i] = 'caption';
  }

  let bodyHan = 0;
  let proseLines = 0;
  for (let i = Math.max(firstBody, 0); i <= lastBody; i++) {
    if (roles[i] !== 'body') continue;
    bodyHan += cjk(lines[i].text);
    if (lines[i].punct >= 2) proseLines++;
  }
  // a story has sentences: some Han text in lines with sentence punctuation (a list of links has none)
  const kind: PageKind = bodyHan < STORY_MIN_HAN || !proseLines || (!roles.includes('headline') && isTeaserPage(walk, bodyHan)) || isReference(lines, roles, firstBody, lastBody) ? 'no-story' : heads ? 'stories' : 'story';
  if (slices.overdue()) {
    yield;
    slices.restart();
  }
  const blocks: BlockHint[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (slices.due()) {
      yield;
      slices.restart();
    }
    const hint: BlockHint = { start: lines[i].start, end: lines[i].end, role: (roles[i] || 'chrome') as BlockRole };
    if (storyOf[i] >= 0 && kind !== 'no-story') hint.story = storyOf[i];
    blocks.push(hint);
  }
  return { blocks, kind };
}

export const isChrome = (role: BlockRole) => !['headline', 'subheadline', 'kicker', 'byline', 'date', 'body', 'caption'].includes(role);

// A page mostly of links whose best prose is a teaser or two is a home page or a list, not a story.
const TEASER_HAN = 200;
const LINK_PAGE_SHARE = 0.5;
function isTeaserPage(walk: PageWalk, bodyHan: number): boolean {
  const length = walk.text.length;
  return bodyHan < TEASER_HAN && length > 0 && walk.linkBefore[length] / length > LINK_PAGE_SHARE;
}

// An entry of reference (an encyclopedia's) has sections under short headings and no date line by its
// title (its markup may still carry one: Wikipedia's JSON-LD does); a news story shows its date.
const REFERENCE_SECTIONS = 3;
const SECTION_HEADING_MAX = 10;
function isReference(lines: Line[], roles: (BlockRole | '')[], firstBody: number, lastBody: number): boolean {
  if (firstBody < 0 || roles.includes('date')) return false;
  let sections = 0;
  for (let i = firstBody; i <= lastBody; i++) if (lines[i].heading >= 2 && lines[i].text.trim().length <= SECTION_HEADING_MAX) sections++;
  return sections >= REFERENCE_SECTIONS;
}

// A story heading is a headline's length; a story under it has at least a paragraph's worth of text.
const STORY_HEADING_MIN = 4;
const STORY_HEADING_MAX = 60;
const STORY_MIN_INK = 60;
// Past this much text before the first heading, the headings are a story's own intertitles.
const LEAD_BEFORE_HEADINGS = 60;

/**
 * The heading lines that each open a story, when the story block holds several (an e-paper page: one
 * <article> with an <h2> per story), else null. Headings of one level, each followed by a paragraph's worth
 * of text, with next to no text before the first: a single story's intertitles come after its lead.
 */
function findStories(lines: Line[], roles: (BlockRole | '')[], firstBody: number, lastBody: number): number[] | null {
  if (firstBody < 0) return null;
  // the first heading may sit just before the first body line (the story block starts at its text)
  let from = firstBody;
  while (from > 0 && firstBody - from < 3 && lines[from - 1].heading && lines[from - 1].heading > 1) from--;
  const byLevel = new Map<number, number[]>();
  for (let i = from; i <= lastBody; i++) {
    const l = lines[i];
    const t = l.text.trim();
    if (!l.heading || l.heading === 1 || t.length < STORY_HEADING_MIN || t.length > STORY_HEADING_MAX || l.linked > l.ink * 0.5) continue;
    if (roles[i] !== 'body' && i >= firstBody) continue;
    let list = byLevel.get(l.heading);
    if (!list) byLevel.set(l.heading, (list = []));
    list.push(i);
  }
  for (const heads of [...byLevel.values()].sort((a, b) => b.length - a.length)) {
    if (heads.length < 2) return null;
    let lead = 0;
    for (let i = from; i < heads[0]; i++) if (roles[i] === 'body') lead += lines[i].ink;
    if (lead > LEAD_BEFORE_HEADINGS) return null;
    const ok = heads.every((h, k) => {
      const next = k + 1 < heads.length ? heads[k + 1] : lastBody + 1;
      let ink = 0;
      for (let i = h + 1; i < next; i++) if (roles[i] === 'body') ink += lines[i].ink;
      return ink >= STORY_MIN_INK;
    });
    return ok ? heads : null;
  }
  return null;
}

/** A chrome role a line's own words give it (分享, 版权所有, 相关新闻 …), or ''. */
function lineChrome(l: Line): BlockRole | '' {
  const t = l.text.trim();
  if (t.length > 60) return '';
  if ((CONTROLS.test(t) && l.ink < 30) || (PAGINATION.test(t) && l.ink < 40)) return 'controls';
  if (FOOTER.test(t)) return 'footer';
  if (COMMENTS.test(t) && l.ink < 20) return 'comments';
  if (AD.test(t) && l.ink < 10) return 'ad';
  return '';
}

/** A head line's role: date, byline, or (right under the headline, a heading or short unpunctuated line) sub-headline. */
function headRole(l: Line, roles: (BlockRole | '')[], i: number, underHeadline: boolean) {
  if (roles[i] && roles[i] !== 'body' && roles[i] !== 'chrome' && roles[i] !== 'related') return;
  const t = l.text.trim();
  if (t.length > 120) return;
  // a paragraph that opens with a dateline (本报讯 …，…。) is body: head lines hold no sentences
  if (/[。！？]/.test(t) || l.punct > 4) return;
  if (DATE.test(t) && t.length <= 80) roles[i] = 'date';
  else if (BYLINE.test(t) && t.length <= 60) roles[i] = 'byline';
  else if (underHeadline && roles[i] === 'body' && l.heading && t.length <= 60) roles[i] = 'subheadline';
}

// How many dated containers of one shape, side by side, make a list of posts; how far up from the best block they are looked for.
const POSTS_MIN = 3;
const POST_LEVELS = 8;
const POST_DATE_MAX = 40;

/**
 * The first of a list of posts around the best block, or -1: going up from it a few levels, an element
 * whose siblings of the same tag and class (three or more) each hold prose and a short dated line.
 */
function firstPost(walk: PageWalk, page: PageLines, top: number): number {
  const { elements, elementStart, elementEnd } = walk;
  const { lines, parentOf } = page;
  // the starts of short dated lines, in order, to ask "is there one in this stretch" by binary search
  const dated: number[] = [];
  const prose: number[] = [];
  for (const l of lines) {
    if (l.ink <= POST_DATE_MAX && DATE.test(l.text)) dated.push(l.start);
    if (proseScore(l) > 2) prose.push(l.start);
  }
  if (dated.length < POSTS_MIN) return -1;
  // whether one of the sorted offsets falls in the element's stretch
  const within = (starts: number[], e: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < elementStart[e]) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length && starts[lo] < elementEnd[e];
  };
  const shape = (e: number) => `${elements[e].tagName}.${elements[e].getAttribute('class') ?? ''}`;
  let a = top;
  for (let level = 0; level < POST_LEVELS && a >= 0; level++, a = parentOf[a]) {
    const p = parentOf[a];
    if (p < 0) break;
    const mine = shape(a);
    const posts: number[] = [];
    // the siblings sit between the parent's start and end in the element list (children follow parents)
    for (let e = p + 1; e < elements.length && elementStart[e] < elementEnd[p]; e++) {
      if (parentOf[e] === p && shape(e) === mine && within(prose, e) && within(dated, e)) posts.push(e);
    }
    if (posts.length >= POSTS_MIN) return posts[0];
  }
  return -1;
}

// How far from the story's head and tail a date line that no rule above took is looked for.
const DATE_SEARCH_LINES = 8;

/** A short dated line near the story's head (even one the layout put in a side column) or tail becomes its date. */
function findDateNear(lines: Line[], roles: (BlockRole | '')[], headline: number, firstBody: number, lastBody: number) {
  if (firstBody < 0) return;
  const head = headline >= 0 ? headline : firstBody;
  const near = [];
  for (let i = Math.max(0, head - 2); i < Math.min(lines.length, head + DATE_SEARCH_LINES); i++) near.push(i);
  for (let i = lastBody; i < Math.min(lines.length, lastBody + DATE_SEARCH_LINES); i++) near.push(i);
  for (const i of near) {
    const role = roles[i];
    if (role !== 'chrome' && role !== 'body' && role !== 'controls' && role !== 'related') continue;
    const t = lines[i].text.trim();
    if (t.length <= 60 && DATE.test(t) && !/[。！？]/.test(t) && lines[i].linked < lines[i].ink * 0.5) {
      roles[i] = 'date';
      return;
    }
  }
}

/**
 * The story's headline line: a line the page's own metadata names (og:title, JSON-LD, <title> less the
 * site), best a heading; else the last heading line before the body.
 */
function findHeadline(lines: Line[], roles: (BlockRole | '')[], firstBody: number, meta: PageMeta & { title?: string }): number {
  if (firstBody < 0) return -1;
  const wanted = [meta.headline, meta.title].filter((t): t is string => !!t);
  // look back from the body's start, and a little into it (a headline inside the story block)
  const lo = Math.max(0, firstBody - 60);
  const hi = Math.min(lines.length - 1, firstBody + 3);
  let found = -1;
  for (let i = hi; i >= lo; i--) {
    const t = lines[i].text.trim();
    if (t.length > 100 || lines[i].linked > lines[i].ink * 0.5) continue;
    if (wanted.some((w) => sameTitle(t, w))) {
      if (lines[i].heading) return i;
      if (found < 0) found = i;
    }
  }
  if (found >= 0) return found;
  for (let i = firstBody; i >= lo; i--) {
    const t = lines[i].text.trim();
    if (lines[i].heading && lines[i].heading <= 3 && t.length >= 4 && t.length <= 60 && lines[i].linked < lines[i].ink * 0.5) {
      if (i === firstBody || roles[i] === 'body' || roles[i] === 'chrome') return i;
    }
  }
  // no markup says so: a short line with no sentence in it opening the story block is its title
  const first = lines[firstBody];
  const t = first.text.trim();
  if (t.length >= 4 && t.length <= 40 && !first.punct && !SENTENCE_END.test(t) && !first.linked && !DATE.test(t) && !BYLINE.test(t) && firstBody + 1 < lines.length) return firstBody;
  return -1;
}
