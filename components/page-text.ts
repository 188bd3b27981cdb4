// The page's visible text as one string, and the way back from string offsets to DOM
// positions. Whitespace collapses as CSS renders it; block elements end a line, so the
// engine sees headlines and paragraphs as lines. Where heading elements start is kept as hints for the
// article split.
import { headingLevel } from '../lib/articles';
import type { HeadingHint } from '../lib/types';

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE',
  // menus are links, not news: read into the text they would glue onto the first headline
  'NAV',
  // ruby annotations (pinyin over characters) would break words apart
  'RT', 'RP',
]);
/** Inline by default and almost always so: no style lookup for these. */
const INLINE = new Set(['A', 'SPAN', 'B', 'I', 'EM', 'STRONG', 'FONT', 'SUB', 'SUP', 'SMALL', 'BIG', 'U', 'S', 'LABEL', 'ABBR', 'CITE', 'Q', 'TIME', 'MARK', 'RUBY', 'RB', 'IMG', 'WBR', 'DJ-MARK']);
const BLOCK_DISPLAY = /^(block|flex|grid|list-item|table|flow-root)/;
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface PageText {
  text: string;
  nodes: Text[];
  /** Per UTF-16 unit of `text`: index into `nodes`, or -1 for a line break we added. */
  charNode: Int32Array;
  /** Per UTF-16 unit: offset inside its text node. */
  charOffset: Int32Array;
  /** Per node: where its characters begin and end in `text`. */
  nodeStart: Int32Array;
  nodeEnd: Int32Array;
  nodeIndex: Map<Text, number>;
  /** Open shadow roots whose text was read: our highlight styles must be adopted there too. */
  shadowRoots: ShadowRoot[];
  /** Where h1–h6 and role=heading elements that begin a line start in `text`, in order, with their level. */
  headings: HeadingHint[];
}


const isCollapsible = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

function isHidden(el: Element): boolean {
  if ((el as HTMLElement).hidden) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  // an element without a box of its own (display: contents, as every <slot> is) shows its children
  if (check) return !check.call(el, { visibilityProperty: true }) && getComputedStyle(el).display !== 'contents';
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** Reads the visible text under `root`, skipping `exclude` (our own UI). */
export function collectText(root: Element, exclude?: Element | null): PageText {
  const walk = collecting(root, exclude);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/** collectText in slices of about 10 ms, yielding to the page between them: a huge page does not freeze. */
export async function collectTextAsync(root: Element, exclude?: Element | null): Promise<PageText> {
  const walk = collecting(root, exclude);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** The walk behind both: it yields whenever a slice has run ~10 ms. */
function* collecting(root: Element, exclude?: Element | null): Generator<void, PageText> {
  let sliceStart = performance.now();
  let visited = 0;
  const chars: string[] = [];
  // per character: its node and offset, in typed arrays that double as they fill (plain arrays of a
  // million numbers made the page's garbage collector stop the page for ~50 ms on a 1 MB page)
  let capacity = 1 << 14;
  let nodeOf = new Int32Array(capacity);
  let offsetOf = new Int32Array(capacity);
  const room = (more: number) => {
    if (length + more <= capacity) return;
    while (length + more > capacity) capacity *= 2;
    const nodes2 = new Int32Array(capacity);
    const offsets2 = new Int32Array(capacity);
    nodes2.set(nodeOf.subarray(0, length));
    offsets2.set(offsetOf.subarray(0, length));
    nodeOf = nodes2;
    offsetOf = offsets2;
  };
  const nodes: Text[] = [];
  const starts: number[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const ends: number[] = [];
  const headings: HeadingHint[] = [];
  const headingOwners: Element[] = []; // the element of each entry in headings
  let length = 0;
  let lastIsBreak = true; // nothing emitted yet counts as a line start
  let pendingSpace = -1; // node offset of a collapsed whitespace run waiting to be emitted
  let pendingNode = -1;

  const lineBreak = () => {
    pendingSpace = -1;
    if (lastIsBreak) return;
    chars.push('\n');
    room(1);
    nodeOf[length] = -1;
    offsetOf[length] = 0;
    length++;
    lastIsBreak = true;
  };

  const readText = (node: Text) => {
    const data = node.data;
    const idx = nodes.length;
    nodes.push(node);
    starts.push(length);
    let runStart = 0;
    const flush = (to: number) => {
      if (to > runStart) {
        chars.push(data.slice(runStart, to));
        room(to - runStart);
        for (let k = runStart; k < to; k++) {
          nodeOf[length + k - runStart] = idx;
          offsetOf[length + k - runStart] = k;
        }
        length += to - runStart;
        lastIsBreak = false;
      }
    };
    for (let i = 0; i < data.length; i++) {
      if (!isCollapsible(data.charCodeAt(i))) {
        if (pendingSpace >= 0 && runStart === i) {
          if (!lastIsBreak) {
            chars.push(' ');
            room(1);
            nodeOf[length] = pendingNode;
            offsetOf[length] = pendingSpace;
            length++;
          }
          pendingSpace = -1;
        }
        continue;
      }
      flush(i);
      if (pendingSpace < 0) {
        pendingSpace = i;
        pendingNode = idx;
      }
      runStart = i + 1;
    }
    flush(data.length);
    ends.push(length);
  };

  // iterative walk: news pages nest deep enough to worry a recursive one
  const stack: Node[] = [root];
  const exits: (Element | null)[] = [null];
  while (stack.length) {
    if ((++visited & 255) === 0 && performance.now() - sliceStart > 10) {
      yield;
      sliceStart = performance.now();
    }
    const node = stack.pop()!;
    const exit = exits.pop()!;
    if (exit) {
      // a heading that showed no text marks nothing (the line after it is no heading)
      if (exit === headingOwners[headingOwners.length - 1] && headings[headings.length - 1].start === length) {
        headings.pop();
        headingOwners.pop();
      }
      lineBreak();
      continue;
    }
    if (node.nodeType === 3) {
      readText(node as Text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const role = el.getAttribute('role');
    const tag = el.tagName.toUpperCase();
    if (el === exclude || SKIP.has(tag) || role === 'navigation') continue;
    if (el !== root && isHidden(el)) continue;
    // other elements (custom ones, <center>-like layout tags) are asked how they display
    const block = BLOCK.has(tag) || (!INLINE.has(tag) && BLOCK_DISPLAY.test(getComputedStyle(el).display));
    if (block) {
      lineBreak();
      stack.push(el);
      exits.push(el);
    }
    // only a heading that begins a line marks one (an inline one inside a sentence does not)
    const level = headingLevel(tag, role, role === 'heading' ? el.getAttribute('aria-level') : null);
    if (level && lastIsBreak) {
      headings.push({ start: length, level });
      headingOwners.push(el);
    }
    // what renders: an open shadow root's tree instead of the light children, a slot's assigned
    // nodes (or its fallback content); closed roots cannot be read
    let kids: ArrayLike<Node> = el.childNodes;
    const shadow = el.shadowRoot;
    if (shadow) {
      shadowRoots.push(shadow);
      kids = shadow.childNodes;
    } else if (tag === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      if (assigned.length) kids = assigned;
    }
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push(kids[i]);
      exits.push(null);
    }
  }

  const text = chars.join('');
  const charNode = nodeOf.slice(0, length);
  const charOffset = offsetOf.slice(0, length);
  const nodeIndex = new Map<Text, number>();
  nodes.forEach((n, i) => nodeIndex.set(n, i));
  return { text, nodes, charNode, charOffset, nodeStart: Int32Array.from(starts), nodeEnd: Int32Array.from(ends), nodeIndex, shadowRoots, headings };
}

/** The DOM range covering text[start, end), or null when nothing of it is in a text node. */
export function rangeFor(page: PageText, start: number, end: number): Range | null {
  let a = start;
  while (a < end && page.charNode[a] < 0) a++;
  let b = end - 1;
  while (b >= a && page.charNode[b] < 0) b--;
  if (b < a) return null;
  const first = page.nodes[page.charNode[a]];
  const last = page.nodes[page.charNode[b]];
  // a range cannot cross a shadow boundary (it would collapse): such a span is not drawn
  if (page.shadowRoots.length && first.getRootNode() !== last.getRootNode()) return null;
  const range = document.createRange();
  try {
    range.setStart(first, page.charOffset[a]);
    range.setEnd(last, page.charOffset[b] + 1);
  } catch {
    return null; // the node changed under us; the observer will redo the page
  }
  return range;
}

/** The text offset of a DOM caret position, or -1 when it is not in collected text. */
export function offsetAt(page: PageText, node: Node, offset: number): number {
  const idx = page.nodeIndex.get(node as Text);
  if (idx == null) return -1;
  for (let i = page.nodeStart[idx]; i < page.nodeEnd[idx]; i++) {
    if (page.charNode[i] === idx && page.charOffset[i] >= offset) return i;
  }
  return page.nodeEnd[idx] > page.nodeStart[idx] ? page.nodeEnd[idx] - 1 : -1;
}
