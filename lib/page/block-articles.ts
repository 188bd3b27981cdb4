// The engine's side of the page reader's roles: articles made from the reader's blocks instead of
// guessed from the text. A story starts at its headline block and spans its own blocks; the chrome
// between stories becomes stretches read only for their entities (ExtractResult.chrome), never articles
// and never facts. Heads come from the blocks (headline, sub-headline, byline, date), else from the
// story's first lines (本报讯 datelines), else from the page's metadata.
import { isPersonNames, splitArticles } from '../articles';
import { toSimplified } from '../text';
import type { Article, ArticleResult, BlockHint, BlockRole, Entity, ExtractOptions, Span } from '../types';
import { bracketedName, datelineNamesWriter, writerCredit, type NameAt } from './line-signs';
import { isoDate } from './meta';

/** Articles of this index are chrome stretches: read for their entities, then dropped (see settleChrome). */
export const CHROME_INDEX = -1;

const CHROME_ROLES = new Set<BlockRole>(['nav', 'site', 'controls', 'related', 'comments', 'ad', 'footer', 'chrome']);

export interface BlockPlan {
  /** Stories and chrome stretches in text order; chrome ones have index CHROME_INDEX. */
  articles: Article[];
  /** Chrome blocks that sit inside a story's stretch (a share bar under the headline), in order. */
  chromeInside: Span[];
}

/** The articles the blocks give, or undefined when they hold no story (plain text, a page of no story). */
export function planFromBlocks(text: string, options: ExtractOptions): BlockPlan | undefined {
  const blocks = options.blocks;
  if (!blocks?.length || options.kind === 'no-story') return undefined;
  const stories = new Map<number, BlockHint[]>();
  for (const b of blocks) {
    if (b.story === undefined || CHROME_ROLES.has(b.role)) continue;
    let list = stories.get(b.story);
    if (!list) stories.set(b.story, (list = []));
    list.push(b);
  }
  if (!stories.size) return undefined;
  const ordered = [...stories.values()].map((list) => list.sort((a, b) => a.start - b.start)).sort((a, b) => a[0].start - b[0].start);
  const single = ordered.length === 1;
  const edition = editionDate(text, blocks);
  const articles: Article[] = [];
  const chromeInside: Span[] = [];
  let cursor = 0;
  const chromeStretch = (end: number) => {
    if (end > cursor && /\S/.test(text.slice(cursor, end))) articles.push({ index: CHROME_INDEX, start: cursor, end });
  };
  for (const list of ordered) {
    const start = Math.max(list[0].start, cursor);
    const end = list[list.length - 1].end;
    if (end <= start) continue;
    chromeStretch(start);
    const article = head(text, list, start, end, articles.filter((a) => a.index !== CHROME_INDEX).length, single ? options : {}, edition);
    articles.push(article);
    for (const b of blocks) if (CHROME_ROLES.has(b.role) && b.start >= start && b.end <= end) chromeInside.push(b);
    cursor = end;
  }
  chromeStretch(text.length);
  chromeInside.sort((a, b) => a.start - b.start);
  return { articles, chromeInside };
}

/** A block's span less its blanks, with its text. */
function trimmed(text: string, b: Span): Span & { text: string } {
  let s = b.start;
  let e = b.end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

// An e-paper page's edition line: 2022年02月12日 第06版, 版次：A3 (the line carries the date too)
const EDITION = /第\s*[0-9０-９A-Za-z一二三四五六七八九十]+\s*版|版次|版面[:：]|版名[:：]/;

/** The date of the page's edition line (2022年02月12日 星期六 第06版), where it has one. */
export function editionDate(text: string, blocks: readonly BlockHint[]): string | undefined {
  for (const b of blocks) {
    const t = text.slice(b.start, b.end);
    if (t.length <= 80 && EDITION.test(t)) {
      const date = isoDate(t);
      if (date) return date;
    }
  }
  return undefined;
}

// A bracketed writer's credit closing a paragraph: （记者 胡晓蓉）, (本报记者 张三 李四), （总台记者 张倩）, （文/王五）,
// and the correspondent's sign-off of business and wire copy: （姚峰 上海报道）
const TAIL_CREDIT =
  /[（(]\s*(?:[\u4e00-\u9fff]{0,6}(?:记者|通讯员)|文\s*[/／|｜])[^（）()\n。]{2,40}[）)]\s*$|[（(]\s*[\u4e00-\u9fff·]{2,4}\s+[\u4e00-\u9fff]{2,6}报道\s*[）)]\s*$/;

// names alone in brackets closing the story: （袁源）, (王建宏 张文攀); read by isPersonNames, so （完） and （新华社） are none
const TAIL_NAMES = /[（(]\s*([\u4e00-\u9fff][\u4e00-\u9fff\s、]{1,20}?)\s*[）)]\s*$/;

/** The credit closing a body block, as a span, or undefined. */
function tailCredit(text: string, b: Span): (Span & { text: string }) | undefined {
  const block = trimmed(text, b);
  let m = TAIL_CREDIT.exec(block.text);
  if (!m) {
    m = TAIL_NAMES.exec(block.text);
    if (m && !isPersonNames(m[1])) m = null;
  }
  if (!m) return undefined;
  return { start: block.start + m.index, end: block.end, text: m[0].trim() };
}

/** A byline block's span; of an info line that names its writer only in brackets ([ 黄宇 ]), that name's. */
function writerSpan(text: string, b: Span): Span & { text: string } {
  const line = trimmed(text, b);
  const name: NameAt | undefined = writerCredit(line.text) ? undefined : bracketedName(line.text);
  if (!name) return line;
  const start = line.start + name.index;
  return { start, end: start + name.length, text: line.text.slice(name.index, name.index + name.length) };
}

function head(text: string, list: BlockHint[], start: number, end: number, index: number, page: ExtractOptions, edition?: string): Article {
  const article: Article = { index, start, end };
  const first = (role: BlockRole) => list.find((b) => b.role === role);
  const headline = first('headline');
  const sub = first('subheadline');
  // of several credit lines the writer's (记者 X) comes before a photographer's or a source's; a date line
  // that also names the writer (作者:X 发表于:2005-07-31, X 发表于 2005-9-15) serves where no line of its own does
  const bylines = list.filter((b) => b.role === 'byline');
  const byline =
    bylines.find((b) => writerCredit(text.slice(b.start, b.end))) ?? bylines[0] ?? list.find((b) => b.role === 'date' && datelineNamesWriter(text.slice(b.start, b.end)));
  const date = list.filter((b) => b.role === 'date').map((b) => isoDate(text.slice(b.start, b.end))).find(Boolean);
  if (headline) article.headline = trimmed(text, headline);
  if (sub) article.subheadline = trimmed(text, sub);
  if (byline) article.byline = writerSpan(text, byline);
  if (date) article.date = date;
  // a dateline opening the body (本报樟树讯, 新华社北京1月6日电) names the place, and the writers if no block did
  const body = first('body');
  if (body) {
    const lead = splitArticles(toSimplified(text.slice(body.start, end)))[0];
    if (lead?.datelinePlace) article.datelinePlace = lead.datelinePlace;
    if (!article.byline && lead?.byline && lead.byline.start === 0) article.byline = shift(lead.byline, body.start);
  }
  // else a reporter credited at the very end of the story's last paragraph (…同比增长一成。（记者 胡晓蓉）)
  // (an editor's credit line may still follow it: look at the story's last two body blocks)
  const lastBodies = list.filter((b) => b.role === 'body').slice(-2).reverse();
  if (!article.byline) article.byline = lastBodies.map((b) => tailCredit(text, b)).find(Boolean);
  // the page's own metadata where the text lacks the head (an empty span at the story's start)
  const meta = page.meta;
  if (!article.headline && meta?.headline) article.headline = { start, end: start, text: meta.headline };
  if (!article.byline && meta?.byline) article.byline = { start, end: start, text: meta.byline };
  if (!article.date && meta?.date) article.date = meta.date;
  // a story with no date of its own on an e-paper page is of the page's edition
  if (!article.date && edition) article.date = edition;
  return article;
}

const shift = (s: Span & { text: string }, by: number) => ({ ...s, start: s.start + by, end: s.end + by });

/**
 * Takes the chrome out of read articles: chrome stretches go, entities in chrome blocks inside a story
 * move to the chrome list, and facts about a figure in chrome go with them.
 */
export function settleChrome(results: ArticleResult[], chromeInside: readonly Span[]): { articles: ArticleResult[]; chrome: Entity[] } {
  const chrome: Entity[] = [];
  const articles: ArticleResult[] = [];
  const inChrome = (offset: number) => {
    let lo = 0;
    let hi = chromeInside.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (chromeInside[mid].end <= offset) lo = mid + 1;
      else if (chromeInside[mid].start > offset) hi = mid - 1;
      else return true;
    }
    return false;
  };
  for (const r of results) {
    if (r.index === CHROME_INDEX) {
      chrome.push(...r.entities);
      continue;
    }
    if (!chromeInside.length) {
      articles.push(r);
      continue;
    }
    const own = r.entities.filter((e) => !inChrome(e.start));
    if (own.length === r.entities.length) {
      articles.push(r);
      continue;
    }
    chrome.push(...r.entities.filter((e) => inChrome(e.start)));
    articles.push({ ...r, entities: own, facts: r.facts.filter((f) => !inChrome(f.figure.start)) });
  }
  return { articles, chrome };
}
