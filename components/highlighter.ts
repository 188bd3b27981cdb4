// Draws ranges with the CSS Custom Highlight API, which leaves the DOM untouched. Where
// the API is missing, wraps text in <dj-mark> elements and undoes that exactly.
import type { Kind, Settings } from './settings';

export type HighlightName = Kind | 'active' | 'flash';
const NAMES: HighlightName[] = ['place', 'program', 'figure', 'active', 'flash'];

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

export class Highlighter {
  private sheet: CSSStyleSheet | null = null;
  private marks: HTMLElement[] = [];
  /** Text nodes we split, each with the pieces split off it, to join back on undo. */
  private splits = new Map<Text, Text[]>();
  /** Each piece split off a text node: its original node and where in it the piece begins. */
  private pieceAt = new Map<Text, { origin: Text; start: number }>();
  readonly native = highlightApiAvailable();

  /** Adopts the stylesheet: constructable sheets are outside a page's style-src CSP. */
  install(css: string): void {
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(css);
  }

  /** Replaces what is drawn for `name` (Highlight API only). */
  draw(name: HighlightName, ranges: Range[]): void {
    if (!this.native) return;
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

  clear(name: HighlightName): void {
    this.draw(name, []);
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
    if (this.native) for (const n of NAMES) this.clear(n);
    this.unwrapAll();
    if (this.sheet) {
      const sheet = this.sheet;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
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
