import { isoDate, readDateline, readFullDate, readWebDate } from './head';
import { hasPictureNote, isAppendixLabel, isBareCredit, isBareDate, isEditorNote, isFieldLabel, isListItem, isRecordField, isTableRow, isSignedByPerson, isLocalDateline, type PageLine, readLines } from './lines';
import { markHeadings } from './hints';
import { isNameRun, isPersonNames } from './person-name';
import type { Article, HeadingHint } from '../types';

/**
 * Splits a page of plain text into its articles. An article starts at a headline that follows a finished
 * article, at a dateline (本报讯, 新华社…电) after a finished article, after a trailing author "(周金宇)",
 * or at a photo caption standing alone. A line that carries on a sentence cut by a column break never starts one.
 * A text with no structure is one article.
 * `headings` (from the page's markup) make their lines headlines, and a heading no deeper than the one that
 * heads the current article starts a new one once that article has more than its head.
 */
export function splitArticles(text: string, headings?: readonly HeadingHint[]): Article[] {
  const lines = readLines(text);
  markHeadings(lines, headings);
  const masthead = lines.find((l) => l.kind === 'masthead');
  const pageDate = masthead ? readFullDate(masthead.text) : undefined;
  const content = lines.filter((l) => l.kind !== 'masthead');
  if (!content.length) return [{ index: 0, start: 0, end: text.length }];

  const tables = new Set<PageLine>();
  const groups = absorbRecordTable(groupLines(content), tables);
  // A web page's first dated line most often dates its one text, even when a sidebar stands between them.
  const web = isWebPage(content);
  const webPageDate = web ? content.map((l) => readWebDate(l.text)).find(Boolean) : undefined;
  let from = 0;
  return groups.map((group, index) => {
    const article = describe(group, index, pageDate, tables);
    // On a web page the post line under the headline outranks a date in the site's banner.
    const own = webDate(content, from, from + group.length);
    if (own && (web || !article.date)) article.date = own;
    article.date ??= webPageDate;
    from += group.length;
    return article;
  });
}

// How far around an article's head (and its tail, for a post signed at its foot) a web date line is looked for.
const DATE_LINES_BEFORE = 3;
const DATE_LINES_AFTER = 3;
const BODY_PARAGRAPH = 50;

/**
 * The date a web page prints near its headline (2005-5-7 21:23:57, 发布时间：…): first in the lines just
 * above the article and in its head, down to its first paragraph; else at its foot (由某某张贴 @ 2005-06-14 03:25:55).
 */
function webDate(lines: PageLine[], from: number, to: number): string | undefined {
  let headEnd = from;
  while (headEnd < to && !(lines[headEnd].kind === 'body' && lines[headEnd].text.length >= BODY_PARAGRAPH)) headEnd++;
  for (let k = Math.max(0, from - DATE_LINES_BEFORE); k < headEnd; k++) {
    const date = readWebDate(lines[k].text);
    if (date) return date;
  }
  for (let k = Math.max(headEnd, to - DATE_LINES_AFTER); k < Math.min(lines.length, to + DATE_LINES_AFTER); k++) {
    const date = readWebDate(lines[k].text);
    if (date) return date;
  }
  return undefined;
}

/** What the walk knows about the article it is in. */
interface Walk {
  /** Only its head so far: headline, sub-headline, byline lines (and a caption right under them). */
  inHead: boolean;
  /** It has a dateline (本报讯, 新华社…电): a news report, which seldom has intertitles. */
  dated: boolean;
  /** A short line inside it was already taken for an intertitle, so more will follow. */
  intertitled: boolean;
  /** The page is wrapped at a column width, so a line that ends open always carries on. */
  wrapped: boolean;
  /** The column width of a wrapped page (its commonest long line length), else 0. */
  column: number;
  /** A web page around one text (no masthead, at most one dateline): its intertitles never start an article. */
  web: boolean;
  /** Lines left during which a web article, headed and dated but with no paragraph yet, keeps the lines that
   * stand between its date line and its text (a sidebar, a share bar); 0 once its first paragraph came. */
  awaitingBody: number;
  /** The article began at the headline of a dated web post. */
  inPost: boolean;
  /** Paragraphs (long body lines) in the article so far. */
  paragraphs: number;
  /** On a web page, the lines that head a dated post (see findPostHeadlines). */
  postHeadlines: Set<number>;
  /** The article opened with an editor's note (编者按) and has had no dateline yet: the report under it is its own. */
  editorNote: boolean;
  /** The article is a photo item: its headline carries a picture note (温暖进农家（图片）). */
  photoItem: boolean;
  /** The level of the markup's heading that heads the article (the last of its head's), else the one before's; 0 for none. */
  headingLevel: number;
  /** In a column of bulleted briefs under its label (简讯 / ●… / ●…): each bullet opens a brief. */
  briefColumn: boolean;
  /** How far the walk is into a piece appended to the article (名词解释, 相关链接): 0 not in one, 1 under its
   * label, 2 once a paragraph of it came. */
  appendix: number;
  /** The article opened with its text, no headline over it (a story pasted from its first paragraph): a
   * two-line intertitle in it is one (a headed article's page prints its next story's headline over its byline). */
  headless: boolean;
}

// How far a web article's text may sit below its dated head.
const AWAIT_BODY_LINES = 40;

/**
 * A government page opens with a table of its document's particulars (索  引 号：… 发文机关：… 成文日期：…) over the
 * document's title. The table is no article of its own: it joins the article under it, which still starts at its
 * title. `tables` collects the table's lines. (Only at the page's top: a list of fields further down, a car's
 * specifications, a box of links under 今日焦点：, is part of the text around it.)
 */
function absorbRecordTable(groups: PageLine[][], tables: Set<PageLine>): PageLine[][] {
  if (groups.length >= 2 && groups[1][0].kind === 'headline' && isRecordTable(groups[0])) groups = [[...groups[0], ...groups[1]], ...groups.slice(2)];
  // the table's rows, wherever the walk put them, are those over the first headline
  const first = groups[0];
  const title = first.findIndex((line, k) => line.kind === 'headline' && !isTableLine(first, k));
  if (title >= 2 && isRecordTable(first.slice(0, title))) for (const line of first.slice(0, title)) tables.add(line);
  return groups;
}

/**
 * Two or more lines, each a field of a record table or the value under a field's label (发文机关： / 吉林省人民政府),
 * two at least in a table's own shape (a tab between fields, a label alone).
 */
const isRecordTable = (group: PageLine[]) =>
  group.length >= 2 && group.every((_, k) => isTableLine(group, k)) && group.filter((line) => isTableRow(line.text)).length >= 2;
const isTableLine = (lines: PageLine[], k: number) => isRecordField(lines[k].text) || (k > 0 && isFieldLabel(lines[k - 1].text));

/** Groups the lines into articles, walking the page once. */
function groupLines(lines: PageLine[]): PageLine[][] {
  const groups: PageLine[][] = [];
  let current: PageLine[] = [];
  const walk: Walk = { inHead: false, dated: false, intertitled: false, wrapped: isWrapped(lines), column: 0, web: isWebPage(lines), awaitingBody: 0, inPost: false, paragraphs: 0, postHeadlines: new Set(), editorNote: false, photoItem: false, headingLevel: 0, briefColumn: false, headless: false, appendix: 0 };
  if (walk.web) walk.postHeadlines = findPostHeadlines(lines);
  if (walk.wrapped) walk.column = columnWidth(lines);
  // Headlines are as long as a narrow column; only a wide one tells them from paragraph lines.
  if (walk.column < MIN_COLUMN) walk.column = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i === 0 || startsArticle(lines, i, walk)) {
      if (current.length) groups.push(current);
      current = [];
      walk.awaitingBody = walk.paragraphs = 0;
      walk.inPost = walk.postHeadlines.has(i);
      walk.inHead = line.kind === 'headline';
      walk.headless = line.kind === 'body';
      walk.dated = walk.intertitled = walk.editorNote = false;
      walk.appendix = 0;
      walk.photoItem = line.kind === 'headline' && hasPictureNote(line.text);
      walk.briefColumn = (line.kind === 'headline' && BRIEF_LABEL.test(line.text)) || (walk.briefColumn && BULLET.test(line.text));
      // an article the text rules opened stays under the heading above it (a section of an h1's page)
      walk.headingLevel = line.heading ?? walk.headingLevel;
    } else {
      if (walk.inHead) walk.inHead = line.kind === 'headline' || line.kind === 'byline' || line.kind === 'caption';
      // a section's title over the article's own heading (要闻 / the headline) leaves the article the deeper one
      if (walk.inHead && line.heading) walk.headingLevel = line.heading;
      if (line.kind === 'headline' && !walk.inHead) walk.intertitled = true;
    }
    if (isEditorNote(line.text)) walk.editorNote = true;
    // an editor's note (编者按) opens the article rather than closing it
    if (isAppendixLabel(line.text) && !isEditorNote(line.text)) walk.appendix = 1;
    else if (walk.appendix && line.kind === 'body' && line.text.length >= PARAGRAPH) walk.appendix = 2;
    if (line.kind === 'dateline') walk.dated = true;
    if (walk.awaitingBody) walk.awaitingBody--;
    // A web article's head: its headline, then its dated post line; its text may come well below.
    if (walk.postHeadlines.has(i)) walk.awaitingBody = AWAIT_BODY_LINES;
    if (line.kind === 'body' && line.text.length >= PARAGRAPH) {
      walk.awaitingBody = 0;
      walk.paragraphs++;
    }
    current.push(line);
  }
  if (current.length) groups.push(current);
  return groups;
}

// Text copied from a laid-out page keeps its column width: most long lines end in mid-sentence.
const WRAP_MIN_LINE = 12;
function isWrapped(lines: PageLine[]): boolean {
  let long = 0;
  let open = 0;
  for (const l of lines) {
    if (l.text.length < WRAP_MIN_LINE) continue;
    long++;
    if (!l.closed && !l.author) open++;
  }
  return long >= 6 && open > 0.4 * long;
}

// What only a web page has around its text: a dated post line, a copyright or navigation footer.
const WEB_FURNITURE = /copyright|all rights reserved|版权所有|icp[备证]|设为首页|网站地图|返回顶部|^首页/i;
const isWebPage = (lines: PageLine[]) =>
  lines.filter((l) => l.kind === 'dateline').length <= 1 && lines.some((l) => WEB_FURNITURE.test(l.text) || readWebDate(l.text));

// How many short lines an intertitle (方案1 / 产权投资安全最重要) or a line of dialogue may take between paragraphs.
const INTERTITLE_LINES = 3;
const PARAGRAPH = 40;

/**
 * Short lines sitting between a finished paragraph and a long one carry on the text: intertitles of a feature,
 * lines of dialogue. (Navigation and footers have no paragraph on one side.)
 */
function isBetweenParagraphs(lines: PageLine[], i: number): boolean {
  let back = i - 1;
  while (back >= 0 && i - back <= INTERTITLE_LINES && lines[back].kind !== 'body') back--;
  if (back < 0 || lines[back].kind !== 'body' || !(lines[back].closed || lines[back].author)) return false;
  for (let k = i + 1; k < lines.length && k - i <= INTERTITLE_LINES; k++) {
    const after = lines[k];
    // A headline over a dated post line opens the text.
    if (readWebDate(after.text)) return false;
    // A short line ending in a colon (…讲一段故事吧：) leads into the paragraph under it.
    if (after.kind === 'body' && !after.closed && /[：:]$/.test(after.text)) continue;
    if (after.kind === 'body' || after.kind === 'dateline') return after.kind === 'body' && (after.text.length >= PARAGRAPH || after.closed);
  }
  return false;
}

/**
 * On a web page, the headline of each dated post line: of the head lines just above the date line
 * (headline, the site's line, a share bar), the headline with the most Han characters.
 */
function findPostHeadlines(lines: PageLine[]): Set<number> {
  const found = new Set<number>();
  for (let d = 1; d < lines.length; d++) {
    if (!readWebDate(lines[d].text)) continue;
    let best = -1;
    let most = 0;
    for (let k = d - 1; k >= 0 && d - k <= POST_HEAD_LINES; k--) {
      const line = lines[k];
      if ((line.kind === 'body' && line.text.length >= PARAGRAPH) || readWebDate(line.text)) break;
      const han = line.kind === 'headline' && !isMenu(line.text) ? (line.text.match(HAN) ?? []).length : 0;
      if (han > most) [best, most] = [k, han];
    }
    if (best >= 0) found.add(best);
  }
  return found;
}
const POST_HEAD_LINES = 3;
// A row of links (母婴 健康 历史 军事 …, 首页 | 新闻 | 体育) is no headline; a headline has at most two gaps.
const MENU_GAP = /[\s|｜·]+/g;
const LINK_BRACKETS = /[[【][^\]】]*[\]】]/g;
const isMenu = (text: string) => (text.match(MENU_GAP) ?? []).length >= 3 || (text.match(LINK_BRACKETS) ?? []).length >= 2;
const HAN = /[\u4e00-\u9fff]/g;

// How many lines of links and pictures a web article's text may stop for and carry on after.
const INSET_LINES = 10;

/**
 * Inside a dated web article that already has a paragraph, a block of short lines (an inset of ads or links,
 * a picture) with more paragraphs under it interrupts the text; it does not end it.
 */
function isInsideText(lines: PageLine[], i: number, walk: Walk): boolean {
  if (!walk.paragraphs || walk.postHeadlines.has(i)) return false;
  for (let k = i + 1; k < lines.length && k - i <= INSET_LINES; k++) {
    const after = lines[k];
    if (after.kind === 'dateline' || walk.postHeadlines.has(k) || readWebDate(after.text)) return false;
    if (after.kind === 'body' && after.text.length >= PARAGRAPH && after.closed) return true;
  }
  return false;
}

// Lines of a wrapped page vary a little around the column width (half-width letters and digits take less).
const WRAP_HEADLINE_SHARE = 0.85;
const MIN_COLUMN = 24;

/** The commonest length of the long lines: a wrapped page's column width. */
function columnWidth(lines: PageLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) if (l.text.length >= WRAP_MIN_LINE) counts.set(l.text.length, (counts.get(l.text.length) ?? 0) + 1);
  let width = 0;
  let most = 0;
  for (const [length, n] of counts) if (n > most || (n === most && length > width)) [width, most] = [length, n];
  return width;
}

/**
 * After a dated report, a short line with body under it is a new brief when that body is one paragraph or
 * ends with an author "(周金宇)"; a longer section with no author is the report's intertitle.
 */
function isBriefSection(lines: PageLine[], from: number): boolean {
  let k = from;
  while (k < lines.length && lines[k].kind === 'body') k++;
  return k - from <= 1 || lines[k - 1].author;
}

// An office's name over a bare date, after a finished paragraph and with no paragraph below: a document's signature.
const SIGNATURE_NAME = 24;
function isSignature(lines: PageLine[], i: number): boolean {
  const line = lines[i];
  const prev = lines[i - 1];
  const date = lines[i + 1];
  if (!date || !isBareDate(date.text) || line.text.length > SIGNATURE_NAME || isBareDate(line.text)) return false;
  if (prev.kind !== 'body' || !(prev.closed || prev.author)) return false;
  const below = lines[i + 2];
  return !below || !(below.kind === 'body' && below.text.length >= PARAGRAPH);
}

// a numbered part's label over its title (方案1 / 产权投资安全最重要, 之二 / …): a feature's parts, never a headline
const NUMBERED_LABEL = /^[\u4e00-\u9fff]{1,3}\s*[0-9０-９一二三四五六七八九十]{1,2}$/;
// a line that credits writers with no colon: 本报驻埃及记者朱梦魁, 本报评论员
const CREDIT_WORDS = /记者|评论员|通讯员|特约|撰稿/;

/**
 * A headline line and a second short unpunctuated one straight over a paragraph: an intertitle and its sub-line
 * (安宁疗护精细化 / 让临终患者少些痛苦多些温暖). A second line that credits writers (龙益飞石雄, 本报评论员)
 * makes the pair a headline over its byline instead.
 */
function isIntertitlePair(lines: PageLine[], i: number): boolean {
  const second = lines[i + 1];
  const body = lines[i + 2];
  if (second?.kind !== 'headline' || second.closed || readWebDate(second.text) || body?.kind !== 'body' || body.text.length < PARAGRAPH) return false;
  return !CREDIT_WORDS.test(second.text) && !isNameRun(second.text) && !isPersonNames(second.text);
}

const BULLET = /^[●■◆★◎•▪]/;
// The label over a column of briefs: 简讯, 快讯, ■县域动态, 【新闻速递】.
const BRIEF_LABEL = /^[■□◆◇●★【\[]?\s*[\u4e00-\u9fff]{0,4}(简讯|短讯|快讯|简报|速递|速览|动态|一句话新闻)\s*[】\]]?$/;

const CONTINUATION_START = /^[，。、；：？！,.;:?!）)」』”》]/;

function startsArticle(lines: PageLine[], i: number, walk: Walk): boolean {
  const line = lines[i];
  const prev = lines[i - 1];
  const next: PageLine | undefined = lines[i + 1];
  // The value under a record table's label (发文机关： / 吉林省人民政府) and an office signing a document over its
  // date at the foot (吉林省人民政府 / 2022年1月27日) carry on the text.
  if (isFieldLabel(prev.text) || isSignature(lines, i)) return false;
  // A web page's headline sits over its dated post line, however the navigation above it looks.
  if (walk.postHeadlines.has(i) && !walk.awaitingBody) return true;
  if (line.heading && startsByMarkup(lines, i, walk)) return true;
  // A sentence cut by a column break carries on in this line; so does a line that opens with a stop or comma.
  if ((prev.kind === 'body' || prev.kind === 'dateline') && !prev.closed && !prev.author) return false;
  if (CONTINUATION_START.test(line.text)) return false;
  const open = !prev.closed && !prev.author;
  if (walk.wrapped && open && !walk.inHead && prev.kind !== 'byline' && prev.text.length >= WRAP_MIN_LINE) return false;
  if (walk.awaitingBody && line.kind !== 'dateline') return false;
  switch (line.kind) {
    case 'headline':
      if (walk.inHead && prev.kind !== 'caption') return false;
      // the sub-line of an intertitle pair that did not open an article carries on the text as its first line does
      if ((walk.headless || NUMBERED_LABEL.test(prev.text)) && prev.kind === 'headline' && i >= 2 && lines[i - 2].kind === 'body' && isIntertitlePair(lines, i - 1)) return false;
      if (walk.web && isBetweenParagraphs(lines, i)) return false;
      if (walk.inPost && isInsideText(lines, i, walk)) return false;
      // On a wrapped page a line as wide as the column is a paragraph's first line, not a headline.
      if (walk.column && line.text.length >= WRAP_HEADLINE_SHARE * walk.column) return false;
      // A two- or three-character label over a dateline heads a section of a round-up: 江西 / 本报南昌电.
      if (line.text.length <= 3 && next?.kind === 'dateline' && (prev.kind === 'body' || prev.kind === 'dateline')) return false;
      // After a finished article with no author line, a short line straight followed by body text may be
      // an intertitle (小标题) of a long feature; after a dated report, it heads a new brief when the body
      // under it is short or signed. A two-line intertitle (安宁疗护精细化 / 让临终患者少些痛苦多些温暖) reads the same.
      return (
        prev.author ||
        // a piece appended to the article (名词解释 and its paragraph) ends it: a headline after it opens the next
        (walk.appendix === 2 && prev.kind === 'body' && prev.closed) ||
        (prev.kind !== 'body' && prev.kind !== 'dateline') ||
        !next ||
        (next.kind !== 'body' && !((walk.headless || NUMBERED_LABEL.test(line.text)) && isIntertitlePair(lines, i))) ||
        hasPictureNote(line.text) ||
        // A web page's headline sits over its dated post line.
        (walk.web && readWebDate(next.text) !== undefined) ||
        // a column of bulleted briefs under its label (简讯 / ●11月19日，…)
        (BRIEF_LABEL.test(line.text) && BULLET.test(next.text)) ||
        (!walk.intertitled && walk.dated && isBriefSection(lines, (walk.headless || NUMBERED_LABEL.test(line.text)) && isIntertitlePair(lines, i) ? i + 2 : i + 1))
      );
    case 'dateline':
      // A dateline opens a headline-less brief after a trailing author "(周金宇)"; 本报讯 after any finished article.
      // A photo item (温暖进农家（图片）) ends with its credited caption: a dateline after it opens the next report.
      if (walk.photoItem && prev.kind === 'caption' && (prev.closed || prev.author)) return true;
      if (walk.inHead) return false;
      // The report under an editor's note (编者按) is the note's article.
      if (walk.editorNote && !walk.dated) return false;
      // A run of dated one-paragraph items (新华社…电, 新华社…电) is a column of briefs.
      return (
        prev.kind !== 'byline' &&
        prev.kind !== 'headline' &&
        (prev.author || (prev.closed && (isLocalDateline(line.text) || !next || next.kind === 'dateline')))
      );
    case 'caption':
      // A photo caption standing alone between two articles.
      if (walk.inHead) return false;
      if (!prev.closed || isListItem(line.text) || isBareCredit(line.text)) return false;
      return !next || next.kind === 'headline' || next.kind === 'dateline' || next.kind === 'caption';
    case 'body':
      // A long paragraph after one signed by a person (…。（周金宇）) is a headline-less brief.
      if (walk.inHead || prev.kind !== 'body' || isListItem(line.text)) return false;
      // A bulleted brief (●近日，…（肖军）) after a signed one opens a brief however short.
      if (BULLET.test(line.text) && BULLET.test(prev.text)) return walk.briefColumn || isSignedByPerson(prev.text) || prev.author;
      if (line.text.length < 40) return false;
      return isSignedByPerson(prev.text);
    default:
      return false;
  }
}

/**
 * A heading element ends the article before it once that article has more than its head, unless it is deeper
 * than the heading that opened the article (an intertitle under an h1 title), or a web text's intertitle or inset.
 * Under a heading with no paragraph after it (a site's logo over its menus) any heading may open an article.
 */
function startsByMarkup(lines: PageLine[], i: number, walk: Walk): boolean {
  const line = lines[i];
  if (walk.inHead || walk.awaitingBody || line.kind !== 'headline') return false;
  if (walk.headingLevel && line.heading! > walk.headingLevel && walk.paragraphs) return false;
  if (walk.web && walk.paragraphs && (isBetweenParagraphs(lines, i) || (walk.inPost && isInsideText(lines, i, walk)))) return false;
  return true;
}

function describe(lines: PageLine[], index: number, pageDate: string | undefined, tables: ReadonlySet<PageLine>): Article {
  // the article starts at its headline; a record table over it is kept apart, read for its entities
  let t = 0;
  while (t < lines.length - 1 && tables.has(lines[t])) t++;
  const group = lines.slice(t);
  const first = group[0];
  const last = group[group.length - 1];
  const article: Article = { index, start: first.start, end: last.end };
  if (t) article.recordTable = { start: lines[0].start, end: lines[t - 1].end };
  // A section's title in the markup over the article's own heading (要闻 / 图片新闻 over an h2) is no headline.
  let k = isSectionTitle(group) ? 1 : 0;
  if (group[k].kind === 'headline') {
    article.headline = span(group[k]);
    k++;
    // A web page's dated post line (2020-11-26 08:04 来源:中国新闻网) is no sub-headline.
    if (group[k]?.kind === 'headline' && group.length > k + 1 && !readWebDate(group[k].text)) {
      article.subheadline = span(group[k]);
      k++;
    }
  }
  // A third head line (a kicker above, a title, a sub-title below) is skipped.
  while (k > 0 && k < group.length - 1 && group[k].kind === 'headline') k++;
  // The byline or dateline sits right under the head.
  for (let j = k; j < Math.min(group.length, k + 3); j++) {
    const line = group[j];
    if (line.kind === 'byline') {
      article.byline ??= span(line);
      continue;
    }
    const dateline = readDateline(line.text);
    if (dateline) {
      article.byline ??= { start: line.start, end: line.start + dateline.length, text: line.text.slice(0, dateline.length) };
      if (dateline.place) article.datelinePlace = dateline.place;
      const date = datelineDate(dateline.month, dateline.day, pageDate);
      if (date) article.date = date;
    }
    break;
  }
  if (!article.date && pageDate) article.date = pageDate;
  if (first.kind === 'caption' || (group.length === 2 && article.headline && group[1].kind === 'caption')) article.caption = true;
  return article;
}

const SECTION_TITLE = 6;
const isSectionTitle = (group: PageLine[]) =>
  group.length > 2 &&
  group[0].heading !== undefined &&
  group[0].text.length <= SECTION_TITLE &&
  group[1].kind === 'headline' &&
  group[1].heading !== undefined &&
  group[1].heading > group[0].heading;

/** A dateline's month and day take the page's year (last year when the month is after the page's). */
function datelineDate(month: number | undefined, day: number | undefined, pageDate: string | undefined): string | undefined {
  if (month === undefined || day === undefined || !pageDate) return undefined;
  const pageYear = Number(pageDate.slice(0, 4));
  const pageMonth = Number(pageDate.slice(5, 7));
  return isoDate(month > pageMonth ? pageYear - 1 : pageYear, month, day);
}

function span(line: PageLine): Article['headline'] {
  return { start: line.start, end: line.end, text: line.text };
}
