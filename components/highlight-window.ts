// On a huge page the highlighter draws only near the viewport. Two costs grow with the page in
// Chromium: every change to any highlight re-validates all registered ranges, and a
// `::highlight()` rule that matches every element restyles the whole document when the
// stylesheet is adopted (about 0.3 s for 59,000 elements). So only the ranges near the viewport
// are registered, and the rules are scoped to the stretch of the page that holds them.

/** Index range [lo, hi) of `ranges` (in document order) whose boxes lie within `margin` px of the viewport. */
export function nearViewport(ranges: Range[], margin: number, limit: number): [number, number] {
  const top = -margin;
  const bottom = window.innerHeight + margin;
  // document order is top-to-bottom order for the text flow, so a binary search finds the start
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].getBoundingClientRect().bottom < top) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < ranges.length && end - lo < limit && ranges[end].getBoundingClientRect().top <= bottom) end++;
  return [lo, end];
}

const INLINE = /^(inline|contents|ruby)/;

/** The block elements holding the ends of `ranges`: where their text takes its highlight style from. */
export function blocksOf(ranges: AbstractRange[]): Set<Element> {
  const style = new Map<Element, boolean>();
  const isInline = (el: Element) => {
    let inline = style.get(el);
    if (inline === undefined) style.set(el, (inline = INLINE.test(getComputedStyle(el).display)));
    return inline;
  };
  const blocks = new Set<Element>();
  for (const r of ranges)
    for (const node of [r.startContainer, r.endContainer]) {
      let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!el || el.getRootNode() !== document) continue;
      while (el !== document.body && isInline(el) && el.parentElement) el = el.parentElement;
      blocks.add(el);
    }
  return blocks;
}

/** Elements styled whole restyle all they hold: a boundary element holding more is split a level down. */
const WHOLE_LIMIT = 2000;

/**
 * Selectors for the stretch of the page from the first of `blocks` to the last. Highlight styles
 * inherit, so the selectors name the largest elements that lie in the stretch: the children of the
 * blocks' closest common ancestor from the one holding the first block to the one holding the
 * last, as `:nth-child()` spans, one per tag. Where one of the two end children is large (a page
 * column holding half the page), the stretch goes down into it instead of styling it whole. The
 * selectors name elements by tag and position, so the page's DOM stays as it was. On a new sheet
 * Chromium checks every element of each rule's last tag against the rule: rules that stop at the
 * common ancestor's children (articles, sections) cost a few hundred checks, not thousands.
 */
export function scopeSelectors(blocks: Set<Element>): string[] {
  if (!blocks.size) return [];
  let first: Element | null = null;
  let last: Element | null = null;
  for (const el of blocks) {
    if (!first || el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) first = el;
    if (!last || el.compareDocumentPosition(last) & Node.DOCUMENT_POSITION_PRECEDING) last = el;
  }
  const path = pathMaker();
  const out = new Set<string>();
  let common: Element = first!;
  while (!common.contains(last) && common.parentElement) common = common.parentElement;
  // a block that holds the others (text right inside a common ancestor) is styled whole
  for (const el of blocks) if (el.contains(common)) out.add(path(el));
  if (common === first || common === last) {
    out.add(path(common));
    return [...out];
  }
  const small = (el: Element) => el.getElementsByTagName('*').length <= WHOLE_LIMIT;
  const childOf = (ancestor: Element, el: Element) => {
    while (el.parentElement !== ancestor) el = el.parentElement!;
    return el;
  };
  const spanOf = (from: Element, to: Element) => {
    const a = path.index(from);
    const b = path.index(to);
    const nth = a === b ? `:nth-child(${a})` : `:nth-child(n+${a}):nth-child(-n+${b})`;
    const tags = new Set<string>();
    for (let el: Element | null = from; el; el = el === to ? null : el.nextElementSibling) tags.add(CSS.escape(el.localName));
    for (const tag of tags) out.add(`${path(from.parentElement!)} > ${tag}${nth}`);
  };
  // children `from`..`to` of one parent; the stretch starts at block `start` inside `from` and ends at
  // `end` inside `to` (null: it runs on past that end)
  const cover = (from: Element, to: Element, start: Element | null, end: Element | null): void => {
    let wholeFrom: Element | null = from;
    let wholeTo: Element | null = to;
    if (start && start !== from && !small(from)) {
      const lastInside = from === to && end ? childOf(from, end) : from.lastElementChild!;
      cover(childOf(from, start), lastInside, start, from === to ? end : null);
      if (from === to) return;
      wholeFrom = from.nextElementSibling;
    }
    if (end && end !== to && !small(to)) {
      cover(to.firstElementChild!, childOf(to, end), null, end);
      wholeTo = to.previousElementSibling;
    }
    if (wholeFrom && wholeTo && (wholeFrom === wholeTo || wholeFrom.compareDocumentPosition(wholeTo) & Node.DOCUMENT_POSITION_FOLLOWING)) spanOf(wholeFrom, wholeTo);
  };
  cover(childOf(common, first!), childOf(common, last!), first, last);
  return [...out];
}

/** `path(el)`: a selector for `el` by tags and positions from the root; `path.index(el)`: its :nth-child position. */
function pathMaker(): ((el: Element) => string) & { index: (el: Element) => number } {
  const indexes = new Map<Element, number>();
  const index = (el: Element) => {
    let i = indexes.get(el);
    if (i === undefined) {
      i = 1;
      for (let s = el.previousElementSibling; s; s = s.previousElementSibling) i++;
      indexes.set(el, i);
    }
    return i;
  };
  const path = (el: Element): string => {
    if (el === document.documentElement) return ':root';
    if (el === document.body) return ':root > body';
    return `${path(el.parentElement!)} > ${CSS.escape(el.localName)}:nth-child(${index(el)})`;
  };
  return Object.assign(path, { index });
}
