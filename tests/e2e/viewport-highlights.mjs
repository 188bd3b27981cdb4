// Checks for a huge page, where the reader draws only near the viewport: which entities lie in
// the viewport, and which highlights are drawn there. Positions are counted in non-blank
// characters, the one measure the page's text nodes and the reader's text (which collapses
// whitespace and adds line breaks) agree on.

const KINDS = ['place', 'program', 'figure'];

/**
 * The drawn ranges of each kind that lie in the viewport, and the viewport's span: { from, to, drawn: { kind: [[start, text]] } },
 * and `unstyled`: those in the viewport whose text no `::highlight()` rule reaches (registered, yet not seen).
 */
export function drawnInViewport(page) {
  return page.evaluate((kinds) => {
    const solid = (s) => s.replace(/\s/g, '').length;
    const nodes = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n; (n = walker.nextNode()); ) if (!/^(SCRIPT|STYLE)$/.test(n.parentElement.tagName)) nodes.push(n);
    const before = new Map();
    let sum = 0;
    for (const n of nodes) {
      before.set(n, sum);
      sum += solid(n.data);
    }
    // blank nodes have no box of their own (it sits at 0, 0): only the others place the viewport
    const placed = nodes.filter((n) => solid(n.data) > 0);
    const at = (node, offset) => before.get(node) + solid(node.data.slice(0, offset));
    const box = (n) => {
      const r = document.createRange();
      r.selectNodeContents(n);
      return r.getBoundingClientRect();
    };
    // text nodes wholly in the viewport: the first by binary search (they run top to bottom), then onwards
    let lo = 0;
    for (let hi = placed.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (box(placed[mid]).top < 0) lo = mid + 1;
      else hi = mid;
    }
    let last = lo;
    while (last + 1 < placed.length && box(placed[last + 1]).bottom <= innerHeight) last++;
    const from = before.get(placed[lo]);
    const to = before.get(placed[last]) + solid(placed[last].data);
    const drawn = {};
    // drawn but not styled: the range is registered, yet no ::highlight() rule reaches its text
    const unstyled = [];
    for (const k of kinds)
      for (const r of CSS.highlights.get(`dj-${k}`) ?? []) {
        const box = r.getBoundingClientRect();
        if (box.bottom < 0 || box.top > innerHeight) continue;
        const style = getComputedStyle(r.startContainer.parentElement, `::highlight(dj-${k})`);
        if (style.textDecorationLine === 'none' && style.backgroundColor === 'rgba(0, 0, 0, 0)') unstyled.push(`${k}:${r.toString()}`);
      }
    for (const k of kinds) {
      drawn[k] = [...(CSS.highlights.get(`dj-${k}`) ?? [])]
        .filter((r) => before.has(r.startContainer) && before.has(r.endContainer))
        .map((r) => [at(r.startContainer, r.startOffset), at(r.endContainer, r.endOffset), r.toString().replace(/\s/g, '')])
        .filter(([s, e]) => s >= from && e <= to)
        .sort((a, b) => a[0] - b[0])
        .map(([s, , text]) => [s, text]);
    }
    return { from, to, drawn, unstyled, scrollY: Math.round(scrollY) };
  }, KINDS);
}

/** The engine's entities of each kind lying wholly in [from, to], in the same measure. */
export function entitiesIn(text, result, from, to) {
  const solidBefore = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) solidBefore[i + 1] = solidBefore[i] + (/\s/.test(text[i]) ? 0 : 1);
  const out = Object.fromEntries(KINDS.map((k) => [k, []]));
  for (const a of result.articles)
    for (const e of a.entities) {
      if (!out[e.type]) continue;
      const s = solidBefore[e.start];
      if (s >= from && solidBefore[e.end] <= to) out[e.type].push([s, text.slice(e.start, e.end).replace(/\s/g, '')]);
    }
  for (const k of KINDS) out[k].sort((a, b) => a[0] - b[0]);
  return out;
}

/** Scrolls to `y` and waits until the highlights have stopped changing for three frames (the window moves a frame or two after the scroll). */
export async function scrollAndSettle(page, y) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.evaluate(
    (kinds) =>
      new Promise((done) => {
        const now = () => kinds.map((k) => CSS.highlights.get(`dj-${k}`));
        let last = now();
        let quiet = 0;
        let round = 0;
        const step = () =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const seen = now();
              quiet = seen.every((h, i) => h === last[i]) ? quiet + 1 : 0;
              last = seen;
              if ((++round >= 3 && quiet >= 3) || round > 100) done();
              else step();
            }, 20),
          );
        step();
      }),
    KINDS,
  );
}
