// The browser side of the page reader (lib/page): the live document read with the browser's own
// answers to what the DOM alone cannot tell (is an element visible, does an unknown element display
// as a block), sliced so a huge page does not freeze; and the way back from text offsets to live ranges.
import { readPage, reading, type PageRead, type WalkOptions } from '../lib/page';

export type PageText = PageRead;

const BLOCK_DISPLAY = /^(block|flex|grid|list-item|table|flow-root)/;

function isHidden(el: Element): boolean {
  if ((el as HTMLElement).hidden) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  // an element without a box of its own (display: contents, as every <slot> is) shows its children
  const view = el.ownerDocument.defaultView ?? window;
  if (check) return !check.call(el, { visibilityProperty: true }) && view.getComputedStyle(el).display !== 'contents';
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

const isBlock = (el: Element) => BLOCK_DISPLAY.test((el.ownerDocument.defaultView ?? window).getComputedStyle(el).display);

// a frame's document is there when the frame is same-origin; a cross-origin one answers null or throws
const frameDocument = (frame: Element) => (frame as HTMLIFrameElement).contentDocument;

const options = (exclude?: Element | null): WalkOptions => ({ isHidden, isBlock, exclude, frameDocument });

/** Reads the page under `root` in one go, skipping `exclude` (our own UI). */
export function collectText(root: Element, exclude?: Element | null): PageText {
  return readPage(root, options(exclude));
}

/** collectText in slices of about 10 ms, yielding to the page between them: a huge page does not freeze. */
export async function collectTextAsync(root: Element, exclude?: Element | null): Promise<PageText> {
  const read = reading(root, options(exclude));
  for (;;) {
    const step = read.next();
    if (step.done) return step.value;
    await new Promise((r) => setTimeout(r, 0));
  }
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
  // a range cannot cross a shadow boundary or a frame's edge (it would collapse): such a span is not drawn
  if (first.ownerDocument !== last.ownerDocument) return null;
  if (page.shadowRoots.length && first.getRootNode() !== last.getRootNode()) return null;
  const range = first.ownerDocument.createRange();
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
