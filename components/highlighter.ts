// Draws ranges with the CSS Custom Highlight API, which leaves the DOM untouched. Where
// the API is missing, wraps text in <dj-mark> elements and can undo that exactly.
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
  return (
    rules((n) => `::highlight(dj-${n})`) +
    rules((n) => `dj-mark[data-dj="${n}"]`) +
    '\ndj-mark { display: inline; font: inherit; cursor: pointer; }'
  );
}

export class Highlighter {
  private sheet: CSSStyleSheet | null = null;
  private wrapped: { mark: HTMLElement; kind: HighlightName }[] = [];
  /** Text nodes we split, each with the pieces split off it, to join back on undo. */
  private splits = new Map<Text, Text[]>();
  readonly native = highlightApiAvailable();

  /** Adopts the stylesheet: constructable sheets are outside a page's style-src CSP. */
  install(css: string): void {
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(css);
  }

  /** Replaces what is drawn for `name`. */
  draw(name: HighlightName, ranges: Range[]): void {
    if (this.native) {
      const reg = registry()!;
      if (!ranges.length) {
        reg.delete(`dj-${name}`);
        return;
      }
      const HighlightCtor = (globalThis as unknown as { Highlight: new (...r: Range[]) => { priority: number } }).Highlight;
      const h = new HighlightCtor(...ranges);
      h.priority = NAMES.indexOf(name);
      reg.set(`dj-${name}`, h);
      return;
    }
    this.unwrap(name);
    for (const r of ranges) this.wrap(r, name);
  }

  clear(name: HighlightName): void {
    this.draw(name, []);
  }

  /** Removes every highlight, mark and stylesheet: the DOM is as it was. */
  uninstall(): void {
    for (const n of NAMES) this.clear(n);
    if (this.sheet) {
      const sheet = this.sheet;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
  }

  private wrap(range: Range, kind: HighlightName): void {
    // the text nodes the range touches, each cut to the covered part
    const parts: Text[] = [];
    const root = range.commonAncestorContainer;
    const walker = document.createTreeWalker(root.nodeType === 3 ? root.parentNode! : root, NodeFilter.SHOW_TEXT);
    let n: Node | null = walker.currentNode;
    while ((n = walker.nextNode())) if (range.intersectsNode(n)) parts.push(n as Text);
    for (const t of parts) {
      const from = t === range.startContainer ? range.startOffset : 0;
      const to = t === range.endContainer ? range.endOffset : t.length;
      if (to <= from) continue;
      const covered = this.cut(t, from, to);
      const mark = document.createElement('dj-mark');
      mark.setAttribute('data-dj', kind);
      covered.parentNode!.insertBefore(mark, covered);
      mark.appendChild(covered);
      this.wrapped.push({ mark, kind });
    }
  }

  /** Splits `t` so that [from, to) is a node of its own, remembering the original node. */
  private cut(t: Text, from: number, to: number): Text {
    const origin = this.originOf(t);
    let mid = t;
    if (to < t.length) this.remember(origin, t.splitText(to));
    if (from > 0) {
      mid = t.splitText(from);
      this.remember(origin, mid);
    }
    return mid;
  }

  private originOf(t: Text): Text {
    for (const [origin, pieces] of this.splits) if (origin === t || pieces.includes(t)) return origin;
    return t;
  }

  private remember(origin: Text, piece: Text): void {
    const list = this.splits.get(origin) ?? [];
    list.push(piece);
    this.splits.set(origin, list);
  }

  private unwrap(kind: HighlightName): void {
    const keep: typeof this.wrapped = [];
    for (const w of this.wrapped) {
      if (w.kind !== kind) {
        keep.push(w);
        continue;
      }
      const parent = w.mark.parentNode;
      if (parent) {
        while (w.mark.firstChild) parent.insertBefore(w.mark.firstChild, w.mark);
        parent.removeChild(w.mark);
      }
    }
    this.wrapped = keep;
    if (!keep.length) this.join();
  }

  /** Joins split pieces back into their original text node, in document order. */
  private join(): void {
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
  }
}
