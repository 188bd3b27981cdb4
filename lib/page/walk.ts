// The walk over a DOM that gives the page's visible text, the way back from each character to its
// text node, and the elements' places in the text. Generic over any standard DOM: the live document in
// the browser, or one parsed by linkedom in Node. Nothing here asks for window or styles: what the DOM
// alone cannot tell (visibility, how an unknown element displays) comes through WalkOptions.
import { headingLevel } from '../articles';
import type { HeadingHint } from '../types';
import { drain } from './slices';

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE',
  // ruby annotations (pinyin over characters) would break words apart
  'RT', 'RP',
]);
/** Inline by default and almost always so: the display callback is not asked for these. */
const INLINE = new Set(['A', 'SPAN', 'B', 'I', 'EM', 'STRONG', 'FONT', 'SUB', 'SUP', 'SMALL', 'BIG', 'U', 'S', 'LABEL', 'ABBR', 'CITE', 'Q', 'TIME', 'MARK', 'RUBY', 'RB', 'IMG', 'WBR', 'DJ-MARK']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
  'IFRAME', 'FRAME',
]);

export interface WalkOptions {
  /** Whether an element renders nothing. The browser asks checkVisibility; Node checks attributes (hiddenByAttributes). */
  isHidden?: (el: Element) => boolean;
  /** How an element outside the known tags displays (custom elements): true for a block. Default: inline. */
  isBlock?: (el: Element) => boolean;
  /** Our own UI, never read. */
  exclude?: Element | null;
  /**
   * The document inside a frame when it may be read (same origin), else null. Default: contentDocument.
   * Node passes one that parses srcdoc.
   */
  frameDocument?: (frame: Element) => Document | null | undefined;
  /** A clock for slicing (ms); default performance.now. */
  now?: () => number;
  /** How long one slice may run before the walk yields (ms); default 10. */
  sliceMs?: number;
}

export interface PageWalk {
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
  /** Every block element that showed text, in document order (parents before children), with its stretch of `text`. */
  elements: Element[];
  elementStart: Int32Array;
  elementEnd: Int32Array;
  /** Per UTF-16 unit: how many characters before it sit inside a link (so a stretch's link share is one subtraction). */
  linkBefore: Int32Array;
  /** Frames whose document could not be read (cross-origin, or not loaded): their src. */
  framesNotRead: string[];
}

const isCollapsible = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
// control bytes (some saved pages carry \x02 separators) are never ink
const isControl = (c: number) => (c < 32 && !isCollapsible(c)) || c === 127;

// A saved page's text held back until its script shows it (visibility:hidden, then visible once laid out) is a
// story's worth of sentences; what a page hides for good (a search box, a tooltip, a tracking layer) is not.
const STORY_SENTENCES = 5;
const SENTENCE_ENDS = /[。！？]/g;

/**
 * Hidden by what the markup says (hidden, aria-hidden, inline display:none / visibility:hidden): the check a DOM
 * without styles can make. An element kept invisible only until a script shows it, holding the story, is read.
 */
export function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (!style) return false;
  const s = style.replace(/\s+/g, '').toLowerCase();
  if (s.includes('display:none')) return true;
  if (!s.includes('visibility:hidden')) return false;
  return (el.textContent?.match(SENTENCE_ENDS)?.length ?? 0) < STORY_SENTENCES;
}

/** Reads the visible text under `root` in one go. */
export function walkPage(root: Element, options: WalkOptions = {}): PageWalk {
  return drain(walking(root, options));
}

/** The walk as a generator that yields whenever a slice has run ~sliceMs, so a caller can give the page its turn. */
export function* walking(root: Element, options: WalkOptions = {}): Generator<void, PageWalk> {
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? 10;
  const isHidden = options.isHidden ?? hiddenByAttributes;
  const frameDocument = options.frameDocument ?? ((f: Element) => (f as HTMLIFrameElement).contentDocument);
  const exclude = options.exclude;
  let sliceStart = now();
  let visited = 0;
  const chars: string[] = [];
  // per character: its node and offset, in typed arrays that double as they fill (plain arrays of a
  // million numbers made the page's garbage collector stop the page for ~50 ms on a 1 MB page)
  let capacity = 1 << 14;
  let nodeOf = new Int32Array(capacity);
  let offsetOf = new Int32Array(capacity);
  let linkOf = new Uint8Array(capacity);
  let length = 0;
  const room = (more: number) => {
    if (length + more <= capacity) return;
    while (length + more > capacity) capacity *= 2;
    const nodes2 = new Int32Array(capacity);
    const offsets2 = new Int32Array(capacity);
    const links2 = new Uint8Array(capacity);
    nodes2.set(nodeOf.subarray(0, length));
    offsets2.set(offsetOf.subarray(0, length));
    links2.set(linkOf.subarray(0, length));
    nodeOf = nodes2;
    offsetOf = offsets2;
    linkOf = links2;
  };
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const headings: HeadingHint[] = [];
  const headingOwners: Element[] = []; // the element of each entry in headings
  const blocks: Element[] = [];
  const blockStarts: number[] = [];
  const blockEnds: number[] = [];
  const framesNotRead: string[] = [];
  let inLink = 0; // how many <a href> are open around the walk
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
    linkOf[length] = 0;
    length++;
    lastIsBreak = true;
  };

  const readText = (node: Text) => {
    const data = node.data;
    const idx = nodes.length;
    const link = inLink > 0 ? 1 : 0;
    nodes.push(node);
    starts.push(length);
    let runStart = 0;
    const flush = (to: number) => {
      if (to <= runStart) return;
      chars.push(data.slice(runStart, to));
      room(to - runStart);
      for (let k = runStart; k < to; k++) {
        nodeOf[length + k - runStart] = idx;
        offsetOf[length + k - runStart] = k;
        linkOf[length + k - runStart] = link;
      }
      length += to - runStart;
      lastIsBreak = false;
    };
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (isControl(c)) {
        flush(i);
        runStart = i + 1;
        continue;
      }
      if (!isCollapsible(c)) {
        if (pendingSpace >= 0 && runStart === i) {
          if (!lastIsBreak) {
            chars.push(' ');
            room(1);
            nodeOf[length] = pendingNode;
            offsetOf[length] = pendingSpace;
            linkOf[length] = link;
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

  // iterative walk: news pages nest deep enough to worry a recursive one. An element is pushed twice:
  // once to enter it, once (with its exit record) to close it after its children.
  const stack: Node[] = [root];
  const exits: number[] = [-1]; // -1: enter; else what closing needs (see below)
  const EXIT_INLINE = 0;
  const EXIT_BLOCK = 1;
  const EXIT_LINK = 2;
  const blockIndexOf: number[] = []; // per pushed block exit: its index in blocks
  while (stack.length) {
    if ((++visited & 255) === 0 && now() - sliceStart > sliceMs) {
      yield;
      sliceStart = now();
    }
    const node = stack.pop()!;
    const exit = exits.pop()!;
    if (exit >= 0) {
      if (exit & EXIT_LINK) inLink--;
      if (exit & EXIT_BLOCK) {
        // a heading that showed no text marks nothing (the line after it is no heading)
        if (node === headingOwners[headingOwners.length - 1] && headings[headings.length - 1].start === length) {
          headings.pop();
          headingOwners.pop();
        }
        const b = blockIndexOf.pop()!;
        blockEnds[b] = length;
        lineBreak();
      }
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
    if (el === exclude || SKIP.has(tag)) continue;
    if (el !== root && isHidden(el)) continue;
    const block = BLOCK.has(tag) || (!INLINE.has(tag) && !!options.isBlock?.(el));
    const link = tag === 'A' && el.hasAttribute('href');
    if (block) {
      lineBreak();
      blockIndexOf.push(blocks.length);
      blocks.push(el);
      blockStarts.push(length);
      blockEnds.push(length);
    }
    if (block || link) {
      stack.push(el);
      exits.push((block ? EXIT_BLOCK : EXIT_INLINE) | (link ? EXIT_LINK : 0));
    }
    if (link) inLink++;
    // only a heading that begins a line marks one (an inline one inside a sentence does not)
    const level = headingLevel(tag, role, role === 'heading' ? el.getAttribute('aria-level') : null);
    if (level && lastIsBreak) {
      headings.push({ start: length, level });
      headingOwners.push(el);
    }
    // what renders: an open shadow root's tree instead of the light children, a slot's assigned
    // nodes (or its fallback content), a readable frame's body; closed roots cannot be read
    let kids: ArrayLike<Node> = el.childNodes;
    const shadow = el.shadowRoot;
    if (tag === 'IFRAME' || tag === 'FRAME') {
      let doc: Document | null | undefined = null;
      try {
        doc = frameDocument(el);
      } catch {
        doc = null; // a cross-origin frame throws in some browsers rather than giving null
      }
      const body = doc?.documentElement;
      if (body) kids = [body];
      else {
        kids = [];
        framesNotRead.push(el.getAttribute('src') ?? '');
      }
    } else if (shadow) {
      shadowRoots.push(shadow);
      kids = shadow.childNodes;
    } else if (tag === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.();
      if (assigned?.length) kids = assigned;
    }
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push(kids[i]);
      exits.push(-1);
    }
  }

  // the last block's closing break ends nothing
  if (length && nodeOf[length - 1] === -1) {
    chars.pop();
    length--;
  }
  // the finishing passes are linear too, and on a huge page long enough to want their own slices
  const pause = function* () {
    if (now() - sliceStart > sliceMs) {
      yield;
      sliceStart = now();
    }
  };
  yield* pause();
  const text = chars.join('');
  const charNode = nodeOf.slice(0, length);
  const charOffset = offsetOf.slice(0, length);
  yield* pause();
  const linkBefore = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) {
    linkBefore[i + 1] = linkBefore[i] + linkOf[i];
    if ((i & 0xffff) === 0xffff) yield* pause();
  }
  const nodeIndex = new Map<Text, number>();
  for (let i = 0; i < nodes.length; i++) {
    nodeIndex.set(nodes[i], i);
    if ((i & 0xfff) === 0xfff) yield* pause();
  }
  // blocks that showed nothing are of no use to anyone downstream
  const kept: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (blockEnds[i] > blockStarts[i]) kept.push(i);
  return {
    text,
    nodes,
    charNode,
    charOffset,
    nodeStart: Int32Array.from(starts),
    nodeEnd: Int32Array.from(ends),
    nodeIndex,
    shadowRoots,
    headings,
    elements: kept.map((i) => blocks[i]),
    elementStart: Int32Array.from(kept, (i) => blockStarts[i]),
    elementEnd: Int32Array.from(kept, (i) => Math.min(blockEnds[i], length)),
    linkBefore,
    framesNotRead,
  };
}
