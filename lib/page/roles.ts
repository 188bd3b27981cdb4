// Roles for the page's lines: where the story is (scored like a reader view: prose with Chinese
// punctuation and few links counts for the blocks around it), its head (headline, byline, date) and
// the chrome around it. Every step is one pass over the lines or the elements.
import type { BlockHint, BlockRole, PageKind, PageMeta } from '../types';
import type { Line, PageLines } from './lines';
import { authorMarkup, BYLINE, classWords, cjk, elementChrome, isChrome, lineChrome, proseScore, RELATED, SENTENCE_END, STORY_WORDS } from './line-signs';
import { findStories, firstPost, isReference, isTeaserPage } from './page-shape';
import { drain, slices as makeSlices, type Slices } from './slices';
import { findBylineAbove, findBylineAfter, findDateNear, findHeadline, findNamesLine, headRole } from './story-head';
import type { PageWalk } from './walk';

export interface Roles {
  blocks: BlockHint[];
  kind: PageKind;
  /** The story's day as the page shows it outside the story's lines (an info bar above a second copy of the title), for its metadata. */
  date?: string;
  /** A writer's credit the page shows outside the story's lines, for its metadata. */
  byline?: string;
}


// Less Han text than this in the story's body, and the page is no story.
const STORY_MIN_HAN = 30;
// A sibling paragraph beside the story's block joins it with at least this much Han text.
const LEAD_MIN_HAN = 20;
// How many levels above the top block its sibling sections are looked for, when none sits beside it.
const SECTION_LEVELS = 2;

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
  const authorMarked = new Uint8Array(n); // inside an element marked as the author's (itemprop=author, class="author")
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
    authorMarked[e] = (p >= 0 && authorMarked[p]) || authorMarkup(elements[e]) ? 1 : 0;
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
  // a paragraph of sentences with no links beside the story's block (its standfirst above the body) is the story's
  // too, however short beside the body (Readability keeps such sibling paragraphs the same way)
  const isLeadParagraph = (e: number) => {
    if (elements[e].tagName.toUpperCase() !== 'P') return false;
    const start = elementStart[e];
    const end = elementEnd[e];
    const t = walk.text.slice(start, end).trim();
    return linkBefore[end] === linkBefore[start] && cjk(t) >= LEAD_MIN_HAN && SENTENCE_END.test(t);
  };
  // two sections of one kind: one tag and one class (a layout table's rows, classless, say nothing)
  const sameShape = (a: number, b: number) => {
    const kind = elements[b].getAttribute('class');
    return !!kind?.trim() && elements[a].tagName === elements[b].tagName && elements[a].getAttribute('class') === kind;
  };
  // the story's stretch: the top block, grown over siblings that also hold prose. When none beside it does (the
  // top is one section under its own heading: 译文 beside only an h3), its parent is taken in its place and its
  // siblings of its own shape asked the same, a level or two up: the story's other sections sit there
  let from = top >= 0 ? elementStart[top] : 0;
  let to = top >= 0 ? elementEnd[top] : 0;
  for (let base = top, level = 0; base >= 0 && post < 0 && level <= SECTION_LEVELS; base = parentOf[base], level++) {
    const parent = parentOf[base];
    let grown = false;
    for (let e = parent + 1; e < n && elementStart[e] < (parent >= 0 ? elementEnd[parent] : Infinity); e++) {
      // a chrome mark the top block shares (<body class="has-nav">) tells its siblings from nothing
      if (e === base || parentOf[e] !== parent || (chromeOf[e] && chromeBy[e] !== chromeBy[top])) continue;
      // above the top's own level only the base's like joins: another section of its shape with a fifth of its prose
      // (both scored the same levels up from their text, which the best block is not); a list of teasers is no section
      const joins = level === 0 ? score[e] >= best * 0.2 || isLeadParagraph(e) : score[e] >= score[base] * 0.2 && sameShape(e, base);
      if (joins) {
        from = Math.min(from, elementStart[e]);
        to = Math.max(to, elementEnd[e]);
        grown = true;
      }
    }
    if (grown || parent < 0 || (chromeOf[parent] && chromeBy[parent] !== chromeBy[top])) break;
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
  let pageDate: string | undefined;
  let pageByline: string | undefined;
  const heads = findStories(lines, roles, firstBody, lastBody);
  if (heads) {
    // many stories: each story heading opens one; the lines up to the next belong to it
    for (let k = 0; k < heads.length; k++) {
      const h = heads[k];
      roles[h] = 'headline';
      const next = k + 1 < heads.length ? heads[k + 1] : lastBody + 1;
      for (let i = h; i < next; i++) if (roles[i] && !isChrome(roles[i] as BlockRole)) storyOf[i] = k;
      for (let i = h + 1, n = 0; i < next && n < 3; i++, n++) headRole(lines[i], roles, i, n === 0);
      // and its last lines the writer (（记者 胡晓蓉）), as on a page of one story
      for (let i = next - 1, n = 0; i > h + 1 && n < 2; i--, n++) if (roles[i] === 'body') headRole(lines[i], roles, i, false);
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
    // what the page says of its writer beyond a line's words: its author metadata, the author markup around the line
    const signs = (i: number) => ({ author: meta.byline, marked: lines[i].owner >= 0 && !!authorMarked[lines[i].owner] });
    const headline = findHeadline(lines, roles, firstBody, meta);
    if (headline >= 0) {
      roles[headline] = 'headline';
      // the body starts after its title when the title was its first line
      if (headline === firstBody) while (firstBody <= lastBody && roles[firstBody] !== 'body') firstBody++;
      // between the headline and the body: sub-headline, byline and date lines; chrome stays chrome
      const stop = firstBody > headline ? Math.min(firstBody, headline + 8) : headline + 6;
      for (let i = headline + 1; i < Math.min(stop, lastBody + 1, lines.length); i++) headRole(lines[i], roles, i, true, signs(i));
      for (let i = headline - 1; i >= Math.max(0, headline - 2); i--) {
        const t = lines[i].text.trim();
        if (roles[i] === 'body' && t.length <= 30 && !SENTENCE_END.test(t)) roles[i] = 'kicker';
      }
    }
    // the body's own first lines often hold the byline and date (来源：… 2024-03-05)
    for (let i = Math.max(firstBody, 0), k = 0; i < lines.length && k < 3; i++, k++) if (roles[i] === 'body') headRole(lines[i], roles, i, false, signs(i));
    // and its last lines the writers (（记者 张三）, 责任编辑：李四) or the post's time (本贴由…于2005年8月12日)
    for (let i = lastBody, k = 0; i > firstBody && k < 3; i--, k++) if (roles[i] === 'body') headRole(lines[i], roles, i, false, signs(i));
    if (!roles.includes('byline')) findBylineAfter(lines, roles, lastBody);
    if (!roles.includes('byline')) findNamesLine(lines, roles, headline, firstBody);
    if (!roles.includes('byline')) pageByline = findBylineAbove(lines, roles, headline, firstBody);
    if (!roles.includes('date')) pageDate = findDateNear(lines, roles, headline, firstBody, lastBody, linkBefore);
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
  const out: Roles = { blocks, kind };
  if (kind === 'story' && pageDate) out.date = pageDate;
  if (kind === 'story' && pageByline) out.byline = pageByline;
  return out;
}
