// The story's head: its headline line (the one the page's metadata names, else a heading, else a short
// title line), the byline, date and sub-headline lines under it, a date line near its head or tail.
import type { BlockRole, PageMeta } from '../types';
import { BYLINE, DATE, datelineNamesWriter, editorOnly, REPORTER, SENTENCE_END } from './line-signs';
import type { Line } from './lines';
import { isoDate } from './meta';
import { isPersonNames } from '../articles';

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
/** What the page says of its writer beyond a line's words: its author metadata, and whether the line sits in author markup. */
export interface AuthorSigns {
  /** The page's own author metadata (meta name=author, JSON-LD, itemprop=author). */
  author?: string;
  /** The line sits in an element marked as the author's (itemprop=author, class="author"). */
  marked?: boolean;
}

/** Whether a credit line is the byline: it names a writer, or the page's own author metadata names its person. */
function isByline(t: string, signs: AuthorSigns, linkHeavy: boolean): boolean {
  // a line opening with 记者 is a credit only with a name after it (REPORTER): 记者获悉… opens a sentence
  const credit = REPORTER.test(t) || (BYLINE.test(t) && !/^\s*[(（]?\s*记者/.test(t)) || signs.marked;
  const author = signs.author?.trim();
  const named = !!author && author.length >= 2 && t.includes(author);
  // a short line that is (nearly) just the name the page's author metadata gives is the byline too
  if (named && t.length <= author.length + 12) return true;
  // a line of links is a menu (在线荐稿 记者博客 联系记者), not a credit, unless the page marks it as the author's
  if (linkHeavy && !signs.marked) return false;
  if (t.length > 60 || !credit) return false;
  if (named) return true;
  return !editorOnly(t);
}

/** A head line's role: date, byline, or (right under the headline, a heading or short unpunctuated line) sub-headline. */
export function headRole(l: Line, roles: (BlockRole | '')[], i: number, underHeadline: boolean, signs: AuthorSigns = {}) {
  if (roles[i] && roles[i] !== 'body' && roles[i] !== 'chrome' && roles[i] !== 'related') return;
  const t = l.text.trim();
  if (t.length > 120) return;
  // a paragraph that opens with a dateline (本报讯 …，…。) is body: head lines hold no sentences
  if (/[。！？]/.test(t) || l.punct > 4) return;
  if (DATE.test(t) && t.length <= 80) roles[i] = 'date';
  else if (isByline(t, signs, l.linked > l.ink * 0.5)) roles[i] = 'byline';
  else if (underHeadline && roles[i] === 'body' && l.heading && t.length <= 60) roles[i] = 'subheadline';
}
// How far past the story's last line a writer's credit standing outside its block is looked for.
const BYLINE_AFTER_LINES = 3;

/** A writer's credit just past the story's block (作者：宋怡 杨志华 under the text, outside its container) is its byline. */
export function findBylineAfter(lines: Line[], roles: (BlockRole | '')[], lastBody: number) {
  if (lastBody < 0) return;
  for (let i = lastBody + 1; i < Math.min(lines.length, lastBody + 1 + BYLINE_AFTER_LINES); i++) {
    // plain chrome only: a footer, a menu or a related list past the story is no credit of it
    if (roles[i] !== 'chrome') continue;
    const t = lines[i].text.trim();
    if (t.length <= 40 && REPORTER.test(t) && !/[。！？]/.test(t) && lines[i].linked < lines[i].ink * 0.5) {
      roles[i] = 'byline';
      return;
    }
  }
}

// How far from the story's head and tail a date line that no rule above took is looked for; and how far
// above the headline (past a second copy of the title, an edition bar) once nothing nearer has one.
const DATE_SEARCH_LINES = 8;
const DATE_ABOVE_LINES = 6;
const DATE_FAR_LINES = 16;
const BARE_DATE = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^(?:19|20)\d{2}-\d{1,2}-\d{1,2}$/;

/** Whether the date a line holds is outside any link (a page's own date, not a linked item of a list). */
function dateUnlinked(l: Line, linkBefore: ArrayLike<number>): boolean {
  const m = DATE.exec(l.text);
  if (!m) return false;
  const s = l.start + m.index;
  return linkBefore[s + m[0].length] - linkBefore[s] === 0;
}

/**
 * A short dated line near the story's head (even one the layout put in a side column) or tail becomes its
 * date. Failing that, the page's own day shown outside the story's lines is returned, for the page's
 * metadata (not printed with the story): a dated line a little further above the headline (past a second
 * copy of the title), or one whose date alone is no link (http://site/ 2005-07-18, 2022年02月12日 查看旧版)
 * standing alone, not one of a run of dated lines (a list of dated links).
 */
export function findDateNear(lines: Line[], roles: (BlockRole | '')[], headline: number, firstBody: number, lastBody: number, linkBefore: ArrayLike<number>): string | undefined {
  if (firstBody < 0) return;
  const head = headline >= 0 ? headline : firstBody;
  const near = [];
  for (let i = Math.max(0, head - 2); i < Math.min(lines.length, head + DATE_SEARCH_LINES); i++) near.push(i);
  for (let i = lastBody; i < Math.min(lines.length, lastBody + DATE_SEARCH_LINES); i++) near.push(i);
  // further into the story only a line that is a date and no more (2005年1月2日), or a post's line naming its
  // writer (本贴由大卫于2005年8月12日16:12:21…发表): a story's text holds other dated lines
  for (let i = head + DATE_SEARCH_LINES; i < Math.min(lines.length, lastBody, head + DATE_FAR_LINES); i++) {
    const t = lines[i].text.trim();
    if (BARE_DATE.test(t) || datelineNamesWriter(t)) near.push(i);
  }
  const short = (i: number) => {
    const t = lines[i].text.trim();
    return t.length <= 60 && DATE.test(t) && !/[。！？]/.test(t);
  };
  const open = (role: BlockRole | '') => role === 'chrome' || role === 'body' || role === 'controls' || role === 'related';
  for (const i of near) {
    if (open(roles[i]) && short(i) && lines[i].linked < lines[i].ink * 0.5) {
      roles[i] = 'date';
      return;
    }
  }
  const above = [];
  for (let i = head - 3; i >= Math.max(0, head - DATE_ABOVE_LINES); i--) above.push(i);
  for (const i of above) if (open(roles[i]) && short(i) && lines[i].linked < lines[i].ink * 0.5) return isoDate(lines[i].text);
  const dated = (i: number) => i >= 0 && i < lines.length && DATE.test(lines[i].text);
  for (const i of [...near, ...above]) {
    // above the headline a menu bar may hold the day (an e-paper's edition date beside its links)
    const role = roles[i];
    if (!(open(role) || (role === 'nav' && i < head))) continue;
    if (short(i) && dateUnlinked(lines[i], linkBefore) && !dated(i - 1) && !dated(i + 1)) return isoDate(lines[i].text);
  }
  return undefined;
}

// How far above the story's body a writer's credit outside its block is looked for.
const BYLINE_ABOVE_LINES = 6;

/**
 * A writer's credit in the chrome just above the story's body or headline (02日14:25 作者： 赵婕 出自[…]): its
 * text, for the page's metadata (the line stands outside the story's lines and is not printed with it).
 */
export function findBylineAbove(lines: Line[], roles: (BlockRole | '')[], headline: number, firstBody: number): string | undefined {
  if (firstBody < 0) return;
  const top = Math.max(0, (headline >= 0 ? headline : firstBody) - BYLINE_ABOVE_LINES);
  for (let i = firstBody - 1; i >= top; i--) {
    if (roles[i] !== 'chrome') continue;
    const t = lines[i].text.trim();
    // a dated credit (作者：X 时间：2005-08-22) is left to the date search: its date line names the writer too
    if (t.length <= 40 && REPORTER.test(t) && !DATE.test(t) && !/[。！？]/.test(t) && lines[i].linked < lines[i].ink * 0.5) return t;
  }
  return undefined;
}

/**
 * The story's headline line: a line the page's own metadata names (og:title, JSON-LD, <title> less the
 * site), best a heading; else the last heading line before the body.
 */
export function findHeadline(lines: Line[], roles: (BlockRole | '')[], firstBody: number, meta: PageMeta & { title?: string }): number {
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

// How far into the story's first lines a line of bare names is taken for its writers.
const NAMES_LINES = 5;

/** A line of nothing but a person's name or names at the story's top (犬儒病(上) / 胡平; 王建宏 张文攀) is its byline. */
export function findNamesLine(lines: Line[], roles: (BlockRole | '')[], headline: number, firstBody: number) {
  if (firstBody < 0) return;
  const from = Math.max(0, (headline >= 0 ? headline : firstBody) - 1);
  for (let i = from; i < Math.min(lines.length, firstBody + NAMES_LINES); i++) {
    if (roles[i] !== 'body' && roles[i] !== 'chrome') continue;
    if (isPersonNames(lines[i].text) && lines[i].linked < lines[i].ink * 0.5) {
      roles[i] = 'byline';
      return;
    }
  }
}
