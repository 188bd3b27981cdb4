// The walk's text cut into lines, each with the block elements around it and the measures the role
// rules read: ink length, link share, Chinese punctuation. One sweep over lines and elements together
// (both in text order), so the cost is linear in the page.
import { drain, slices as makeSlices, type Slices } from './slices';
import type { PageWalk } from './walk';

export interface Line {
  start: number;
  end: number;
  text: string;
  /** Characters that are not blanks. */
  ink: number;
  /** Characters inside links. */
  linked: number;
  /** Sentence punctuation (，。；：！？、 and their Western forms): prose has it, menus and lists do not. */
  punct: number;
  /** Index into walk.elements of the innermost block element holding the line (-1: none, text straight in the root). */
  owner: number;
  /** Heading level when the line starts a heading element, else 0. */
  heading: number;
}

const PUNCT = /[，。；：！？、,!?]/g;
const BLANKS = /\s/g;

export interface PageLines {
  lines: Line[];
  /** Per element of walk.elements: the index of the block element around it, or -1. */
  parentOf: Int32Array;
}

export function cutLines(walk: PageWalk): PageLines {
  return drain(cuttingLines(walk, makeSlices()));
}

/** cutLines as a generator that yields when a slice has run its time. */
export function* cuttingLines(walk: PageWalk, slices: Slices): Generator<void, PageLines> {
  const { text, elements, elementStart, elementEnd, linkBefore, headings } = walk;
  const lines: Line[] = [];
  const parentOf = new Int32Array(elements.length).fill(-1);
  const open: number[] = [];
  let e = 0;
  const enter = () => {
    while (open.length && elementEnd[open[open.length - 1]] <= elementStart[e]) open.pop();
    if (open.length) parentOf[e] = open[open.length - 1];
    open.push(e++);
  };
  let h = 0;
  let start = 0;
  while (start <= text.length) {
    if (slices.due()) {
      yield;
      slices.restart();
    }
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      // elements that opened by now and still cover this line
      while (e < elements.length && elementStart[e] <= start) enter();
      while (open.length && elementEnd[open[open.length - 1]] <= start) open.pop();
      while (h < headings.length && headings[h].start < start) h++;
      const heading = h < headings.length && headings[h].start === start ? headings[h].level : 0;
      const lineText = text.slice(start, end);
      lines.push({
        start,
        end,
        text: lineText,
        ink: lineText.length - (lineText.match(BLANKS)?.length ?? 0),
        linked: linkBefore[end] - linkBefore[start],
        punct: lineText.match(PUNCT)?.length ?? 0,
        owner: open.length ? open[open.length - 1] : -1,
        heading,
      });
    }
    start = end + 1;
  }
  while (e < elements.length) enter();
  return { lines, parentOf };
}
