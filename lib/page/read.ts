// The one page reader: a DOM in, the page's text with the way back to its nodes, its blocks with
// roles, its metadata and its kind out. The extension runs it on the live document (sliced, see
// reading), the command line on a DOM parsed by linkedom.
import type { BlockHint, PageKind, PageMeta } from '../types';
import { cutLines } from './lines';
import { readMeta } from './meta';
import { classify } from './roles';
import { walking, type PageWalk, type WalkOptions } from './walk';

export interface PageRead extends PageWalk {
  /** Every line of `text` with its role; story lines carry the index of their story. */
  blocks: BlockHint[];
  meta: PageMeta;
  kind: PageKind;
}

/** Reads the page under `root` (its document's head gives the metadata) in one go. */
export function readPage(root: Element, options: WalkOptions = {}): PageRead {
  const read = reading(root, options);
  for (;;) {
    const step = read.next();
    if (step.done) return step.value;
  }
}

/** readPage as a generator that yields between slices of the walk; the roles after it are one linear pass. */
export function* reading(root: Element, options: WalkOptions = {}): Generator<void, PageRead> {
  const walk = yield* walking(root, options);
  const doc = root.ownerDocument;
  const { title, ogType: _ogType, ...meta } = doc ? readMeta(doc) : {};
  const { blocks, kind } = classify(walk, cutLines(walk), { ...meta, title });
  return { ...walk, blocks, meta, kind };
}
