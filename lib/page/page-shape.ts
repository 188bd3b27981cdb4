// The page's shape, from its lines and blocks: many stories under headings of one level (an e-paper page),
// a list of dated posts, a page of links with a teaser, an entry of reference. Each is one pass.
import type { BlockRole } from '../types';
import { DATE, proseScore } from './line-signs';
import type { Line, PageLines } from './lines';
import type { PageWalk } from './walk';

// A page mostly of links whose best prose is a teaser or two is a home page or a list, not a story.
const TEASER_HAN = 200;
const LINK_PAGE_SHARE = 0.5;
export function isTeaserPage(walk: PageWalk, bodyHan: number): boolean {
  const length = walk.text.length;
  return bodyHan < TEASER_HAN && length > 0 && walk.linkBefore[length] / length > LINK_PAGE_SHARE;
}

// An entry of reference (an encyclopedia's) has sections under short headings and no date line by its
// title (its markup may still carry one: Wikipedia's JSON-LD does); a news story shows its date.
const REFERENCE_SECTIONS = 3;
const SECTION_HEADING_MAX = 10;
export function isReference(lines: Line[], roles: (BlockRole | '')[], firstBody: number, lastBody: number): boolean {
  if (firstBody < 0 || roles.includes('date')) return false;
  let sections = 0;
  for (let i = firstBody; i <= lastBody; i++) if (lines[i].heading >= 2 && lines[i].text.trim().length <= SECTION_HEADING_MAX) sections++;
  return sections >= REFERENCE_SECTIONS;
}

// A story heading is a headline's length; a story under it has at least a sentence's worth of text (a report of
// one short paragraph, 30-odd characters, is a story of its own on a page of reports under their headings).
const STORY_HEADING_MIN = 4;
const STORY_HEADING_MAX = 60;
const STORY_MIN_INK = 30;
// Past this much text before the first heading, the headings are a story's own intertitles.
const LEAD_BEFORE_HEADINGS = 60;

/**
 * The heading lines that each open a story, when the story block holds several (an e-paper page: one
 * <article> with an <h2> per story), else null. Headings of one level, each followed by a paragraph's worth
 * of text, with next to no text before the first: a single story's intertitles come after its lead.
 */
export function findStories(lines: Line[], roles: (BlockRole | '')[], firstBody: number, lastBody: number): number[] | null {
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

// How many dated containers of one shape, side by side, make a list of posts; how far up from the best block they are looked for.
const POSTS_MIN = 3;
const POST_LEVELS = 8;
const POST_DATE_MAX = 40;

/**
 * The first of a list of posts around the best block, or -1: going up from it a few levels, an element
 * whose siblings of the same tag and class (three or more) each hold prose and a short dated line.
 */
export function firstPost(walk: PageWalk, page: PageLines, top: number): number {
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
