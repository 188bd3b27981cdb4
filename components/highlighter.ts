// Draws ranges with the CSS Custom Highlight API, which leaves the DOM untouched; on a huge
// page only those near the viewport, following the scroll (see highlight-window.ts). Where
// the API is missing, wraps text in <dj-mark> elements and undoes that exactly.
import { blocksOf, nearViewport, scopeSelectors } from './highlight-window';
import type { Kind, Settings } from './settings';

export type HighlightName = Kind | 'active' | 'flash';
const NAMES: HighlightName[] = ['place', 'program', 'figure', 'active', 'flash'];
/**
 * Up to this many ranges, on a page of up to this many elements, everything is registered at
 * once. Above, each change re-validates too many ranges (~10 µs each), or a restyle of the whole
 * page for the rules takes too long (~5 µs an element).
 */
const ALL_AT_ONCE = 6000;
const SMALL_PAGE = 20_000;
/**
 * Ranges registered per kind at most; how far past the viewport (in screen heights) they and the
 * styled stretch reach; how far the page scrolls before they are placed again. Restyling the
 * stretch costs little (~1 ms a screen) beside the walk over the whole page that any new sheet
 * costs, so the stretch reaches further and a new sheet is needed every few screens only.
 */
const WINDOW_LIMIT = 1500;
const MARGIN = 1.5;
const STYLE_MARGIN = 3;
const MOVE = 0.75;

type Registry = Map<string, unknown> & { set(name: string, h: unknown): void };
const registry = (): Registry | null => (globalThis.CSS as unknown as { highlights?: Registry })?.highlights ?? null;

export function highlightApiAvailable(): boolean {
  return !!registry() && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function';
}

/** The page stylesheet: three kinds that differ by line style, not only colour. */
export function highlightCss(s: Settings): string {
  const c = s.colors;
  const rules = (sel: (n: string) => string) => `
${sel('place')} { text-decoration: underline solid 2px ${c.place}; text-underline-offset: 3px; background-color: ${c.place}14; }
${sel('program')} { background-color: ${c.program}33; text-decoration: underline double 1px ${c.program}; }
${sel('figure')} { color: ${c.figure}; text-decoration: underline dotted 2px ${c.figure}; text-underline-offset: 3px; }
${sel('active')} { background-color: #ffd54f; }
${sel('flash')} { background-color: #ffeb3b; color: #000; }`;
  return rules((n) => `::highlight(dj-${n})`) + rules((n) => `dj-mark[data-dj="${n}"]`) + '\ndj-mark { display: inline; font: inherit; cursor: pointer; }';
}

/** One span to wrap in the fallback; `range` is asked for only when the DOM is as it was. */
export interface WrapItem<K> {
  kind: Kind;
  start: number;
  end: number;
  range(): Range | null;
  key: K;
}

/** The rules of `css` for one way of drawing: the `::highlight()` ones (of `names` only) or the <dj-mark> ones. */
function rulesFor(css: string, native: boolean, names?: Set<string>): string[] {
  return css.split('\n').filter((line) => {
    const name = /^::highlight\(dj-([a-z]+)\)/.exec(line)?.[1];
    return native ? !!name && (!names || names.has(name)) : !name && line.trim() !== '';
  });
}

export class Highlighter {
  private sheet: CSSStyleSheet | null = null;
  private adopted = false;
  private marks: HTMLElement[] = [];
  /** Text nodes we split, each with the pieces split off it, to join back on undo. */
  private splits = new Map<Text, Text[]>();
  /** Each piece split off a text node: its original node and where in it the piece begins. */
  private pieceAt = new Map<Text, { origin: Text; start: number }>();
  readonly native = highlightApiAvailable();
  /** What the reader asked to draw, per name, and what is registered now. */
  private wanted = new Map<HighlightName, Range[]>();
  private registered = new Map<HighlightName, Range[]>();
  private css = '';
  /** Huge page: selectors of the blocks styled, and the names they are styled for. */
  private scope: string[] = [];
  private styledNames = new Set<string>();
  private sheetText = '';
  private microtask = false;
  private task: ReturnType<typeof setTimeout> | undefined;
  private registerTask: ReturnType<typeof setTimeout> | undefined;
  /** Huge page: only the ranges near the viewport are registered, styled by scoped rules. */
  private windowed = false;
  private frame = 0;
  private frameAfter = 0;
  /** Bumped each time the window is placed, so an older registration waiting for a frame is dropped. */
  private placed = 0;
  /** The viewport was resized: the window is placed again. */
  private stale = false;
  /** Scrolling since the window was placed, per scrolled element (the document's included). */
  private scrolledFrom = new Map<Element, number>();

  /** Open shadow roots holding page text we draw on. */
  private shadowRoots = new Set<ShadowRoot>();

  /** ::highlight rules reach into a shadow tree only from a sheet adopted in it: ours goes there too. */
  adoptIn(roots: ShadowRoot[]): void {
    for (const root of roots) {
      if (this.shadowRoots.has(root)) continue;
      this.shadowRoots.add(root);
      if (this.sheet && this.adopted) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
  }

  /** The stylesheet, adopted with the first ranges: constructable sheets are outside a page's style-src CSP. */
  install(css: string): void {
    this.css = css;
    this.queue();
  }

  /** Replaces what is drawn for `name` (Highlight API only): at the end of this task, or in the next on a huge page. */
  draw(name: HighlightName, ranges: Range[]): void {
    if (!this.native) return;
    this.wanted.set(name, ranges);
    this.queue();
  }

  clear(name: HighlightName): void {
    this.draw(name, []);
  }

  /** The reader draws each kind in turn: the registry and the sheet change once for all of them. */
  private queue(): void {
    if (this.microtask) return;
    this.microtask = true;
    queueMicrotask(() => {
      if (!this.microtask) return;
      this.microtask = false;
      if (!this.native) return void this.setSheet(rulesFor(this.css, false).join('\n'));
      const total = (['place', 'program', 'figure'] as const).reduce((n, k) => n + (this.wanted.get(k)?.length ?? 0), 0);
      const windowed = total > ALL_AT_ONCE || document.getElementsByTagName('*').length > SMALL_PAGE;
      if (windowed !== this.windowed) {
        this.windowed = windowed;
        if (windowed) this.follow();
        else this.unfollow();
      }
      if (windowed) this.inNextTask();
      else this.drawAll();
    });
  }

  private drawAll(): void {
    this.setSheet(rulesFor(this.css, true).join('\n'));
    for (const [name, ranges] of this.wanted) this.register(name, ranges);
  }

  /** A task of its own, apart from the reader's and from rendering: each stays short. */
  private inNextTask(): void {
    clearTimeout(this.task);
    this.task = setTimeout(() => this.drawNearViewport(), 0);
  }

  private drawNearViewport(): void {
    this.placed++;
    const near = (margin: number) => {
      const out = new Map<HighlightName, Range[]>();
      for (const [name, ranges] of this.wanted) {
        if (name === 'active' || name === 'flash') out.set(name, ranges);
        else {
          const [lo, hi] = nearViewport(ranges, margin * window.innerHeight, WINDOW_LIMIT);
          out.set(name, ranges.slice(lo, hi));
        }
      }
      return out;
    };
    const namesOf = (drawn: Map<HighlightName, Range[]>) => new Set([...drawn].filter(([, r]) => r.length).map(([n]) => n as string));
    const next = near(MARGIN);
    // the styled blocks reach further than the drawn ranges, so most moves change the ranges only
    const scopeList = this.scope.join(', ');
    const styled = scopeList !== '' && [...blocksOf([...next.values()].flat())].every((el) => el.closest(scopeList));
    if (!styled || [...namesOf(next)].some((n) => !this.styledNames.has(n))) {
      const wide = near(STYLE_MARGIN);
      this.scope = scopeSelectors(blocksOf([...wide.values()].flat()));
      this.styledNames = namesOf(wide);
    }
    // rules only for the names drawn, each on a selector list rather than :is(): Chromium then
    // checks the page's elements against a new rule by tag alone
    const scope = this.scope;
    const rules = rulesFor(this.css, true, this.styledNames).map((rule) => rule.replace(/^(::highlight\(dj-[a-z]+\))/, (sel) => scope.map((s) => s + sel).join(', ')));
    const text = scope.length ? rules.join('\n') : '';
    this.scrolledFrom.clear();
    const doc = document.scrollingElement ?? document.documentElement;
    // a scroll event comes after the move: where the page stood is noted now
    this.scrolledFrom.set(doc, doc.scrollTop);
    this.stale = false;
    const register = () => {
      for (const [name, ranges] of next) this.register(name, ranges);
    };
    if (text === this.sheetText && this.adopted) return register();
    // a new sheet costs a walk over the whole page (~15 ms here for 59,000 elements) and new ranges a
    // walk over its layout: each in a task or frame of its own, apart from this one's work
    const placed = this.placed;
    this.task = setTimeout(() => {
      if (placed !== this.placed) return;
      this.setSheet(text);
      void doc.scrollTop; // restyles now, rather than in the next frame, which also paints
      this.afterNextFrame(register);
    }, 0);
  }

  private afterNextFrame(fn: () => void): void {
    const placed = ++this.placed;
    this.frameAfter = requestAnimationFrame(() => {
      this.registerTask = setTimeout(() => placed === this.placed && fn(), 0);
    });
  }

  /** True when the sheet changed. */
  private setSheet(text: string): boolean {
    if (text === this.sheetText && this.adopted) return false;
    this.sheetText = text;
    this.sheet ??= new CSSStyleSheet();
    this.sheet.replaceSync(text);
    if (!this.adopted) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
      for (const root of this.shadowRoots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      this.adopted = true;
    }
    return true;
  }

  /** Each change re-validates every registered range in Chromium: unchanged lists are left alone. */
  private register(name: HighlightName, ranges: Range[]): void {
    const before = this.registered.get(name) ?? [];
    if (before.length === ranges.length && before.every((r, i) => r === ranges[i])) return;
    this.registered.set(name, ranges);
    const reg = registry()!;
    if (!ranges.length) {
      reg.delete(`dj-${name}`);
      return;
    }
    const HighlightCtor = (globalThis as unknown as { Highlight: new (...r: Range[]) => { priority: number } }).Highlight;
    const h = new HighlightCtor(...ranges);
    h.priority = NAMES.indexOf(name);
    reg.set(`dj-${name}`, h);
  }

  private onScroll = (ev: Event): void => {
    const target = ev.target === document ? (document.scrollingElement ?? document.documentElement) : ev.target;
    if (!(target instanceof Element)) return;
    if (!this.scrolledFrom.has(target)) this.scrolledFrom.set(target, target.scrollTop);
    this.checkNextFrame();
  };

  private onResize = (): void => {
    this.stale = true;
    this.checkNextFrame();
  };

  private checkNextFrame(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      // the window reaches MARGIN screens past the viewport: it moves well before the viewport leaves it
      const moved = [...this.scrolledFrom].some(([el, from]) => Math.abs(el.scrollTop - from) > MOVE * window.innerHeight);
      if (moved || this.stale) this.inNextTask();
    });
  }

  private follow(): void {
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onResize, { passive: true });
  }

  private unfollow(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onResize);
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.frameAfter);
    clearTimeout(this.task);
    clearTimeout(this.registerTask);
    this.placed++;
    this.frame = 0;
    this.scrolledFrom.clear();
  }

  /**
   * Fallback: undoes earlier marks, then wraps every item, last first so that splitting
   * a text node never moves an earlier item's offsets. Overlapping items are skipped
   * (the later one wins). Returns which item each mark element shows.
   */
  wrapAll<K>(items: WrapItem<K>[]): Map<Element, K> {
    this.unwrapAll();
    const restore = this.keepSelection();
    const owner = new Map<Element, K>();
    const sorted = [...items].sort((a, b) => b.start - a.start);
    let floor = Infinity; // start of the earliest wrapped range so far
    for (const item of sorted) {
      if (item.end > floor) continue;
      const range = item.range();
      if (!range) continue;
      floor = item.start;
      for (const mark of this.wrap(range, item.kind)) owner.set(mark, item.key);
    }
    restore();
    return owner;
  }

  /** Removes every highlight, mark and stylesheet: the DOM is as it was. */
  uninstall(): void {
    this.microtask = false;
    this.unfollow();
    this.windowed = false;
    this.wanted.clear();
    this.registered.clear();
    if (this.native) for (const n of NAMES) registry()!.delete(`dj-${n}`);
    this.unwrapAll();
    if (this.sheet && this.adopted) {
      const sheet = this.sheet;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      for (const root of this.shadowRoots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    this.shadowRoots.clear();
    this.sheet = null;
    this.adopted = false;
    this.sheetText = '';
    this.scope = [];
    this.styledNames = new Set();
  }

  private wrap(range: Range, kind: Kind): HTMLElement[] {
    const parts: Text[] = [];
    const root = range.commonAncestorContainer;
    if (root.nodeType === 3) parts.push(root as Text);
    else {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let n: Node | null;
      while ((n = walker.nextNode())) if (range.intersectsNode(n)) parts.push(n as Text);
    }
    const bounds = parts.map((t) => [t === range.startContainer ? range.startOffset : 0, t === range.endContainer ? range.endOffset : t.length]);
    const made: HTMLElement[] = [];
    parts.forEach((t, i) => {
      const [from, to] = bounds[i];
      if (to <= from) return;
      const covered = this.cut(t, from, to);
      const mark = document.createElement('dj-mark');
      mark.setAttribute('data-dj', kind);
      covered.parentNode!.insertBefore(mark, covered);
      mark.appendChild(covered);
      this.marks.push(mark);
      made.push(mark);
    });
    return made;
  }

  /** Splits `t` so that [from, to) is a node of its own, remembering the original node. */
  private cut(t: Text, from: number, to: number): Text {
    const { origin, start } = this.placeOf(t);
    let mid = t;
    if (to < t.length) this.remember(origin, t.splitText(to), start + to);
    if (from > 0) {
      mid = t.splitText(from);
      this.remember(origin, mid, start + from);
    }
    return mid;
  }

  private placeOf(t: Text): { origin: Text; start: number } {
    return this.pieceAt.get(t) ?? { origin: t, start: 0 };
  }

  private remember(origin: Text, piece: Text, start: number): void {
    const list = this.splits.get(origin) ?? [];
    list.push(piece);
    this.splits.set(origin, list);
    this.pieceAt.set(piece, { origin, start });
  }

  /**
   * Moving a text node into or out of a mark resets a selection inside it to the parent:
   * notes the selection's ends as offsets in the original text nodes, and returns what
   * puts them back on whichever pieces hold those offsets afterwards.
   */
  private keepSelection(): () => void {
    const sel = document.getSelection();
    if (!sel?.rangeCount || sel.anchorNode?.nodeType !== 3 || sel.focusNode?.nodeType !== 3) return () => undefined;
    const ends = [this.originalPoint(sel.anchorNode as Text, sel.anchorOffset), this.originalPoint(sel.focusNode as Text, sel.focusOffset)];
    return () => {
      const [a, f] = ends.map(({ origin, at }) => this.pointIn(origin, at));
      if (sel.anchorNode !== a.node || sel.anchorOffset !== a.offset || sel.focusNode !== f.node || sel.focusOffset !== f.offset)
        sel.setBaseAndExtent(a.node, a.offset, f.node, f.offset);
    };
  }

  private originalPoint(node: Text, offset: number): { origin: Text; at: number } {
    const { origin, start } = this.placeOf(node);
    return { origin, at: start + offset };
  }

  /** The piece of `origin` (or `origin` itself) holding its offset `at`. */
  private pointIn(origin: Text, at: number): { node: Text; offset: number } {
    // the original node keeps the first piece; an offset at a piece's end may also be the next one's start
    let best = { node: origin, offset: Math.min(at, origin.length) };
    if (at < origin.length) return best;
    for (const piece of this.splits.get(origin) ?? []) {
      const start = this.pieceAt.get(piece)!.start;
      if (start <= at && at < start + piece.length) return { node: piece, offset: at - start };
      if (at === start + piece.length) best = { node: piece, offset: piece.length };
    }
    return best;
  }

  /** Unwraps every mark, then joins split pieces back into their original text nodes. */
  unwrapAll(): void {
    if (!this.marks.length && !this.splits.size) return;
    const restore = this.keepSelection();
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    this.marks = [];
    for (const [origin, pieces] of this.splits) {
      let next = origin.nextSibling;
      while (next && next.nodeType === 3 && pieces.includes(next as Text)) {
        origin.appendData((next as Text).data);
        const gone = next;
        next = next.nextSibling;
        gone.parentNode!.removeChild(gone);
      }
    }
    this.splits.clear();
    this.pieceAt.clear();
    restore();
  }
}
