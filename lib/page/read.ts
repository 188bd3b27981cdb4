// The one page reader: a DOM in, the page's text with the way back to its nodes, its blocks with
// roles, its metadata and its kind out. The extension runs it on the live document (sliced, see
// reading), the command line on a DOM parsed by linkedom.
import type { BlockHint, PageKind, PageMeta } from '../types';
import { cuttingLines } from './lines';
import { readMeta } from './meta';
import { classifying } from './roles';
import { slices } from './slices';
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

/** readPage as a generator that yields between slices of about options.sliceMs (the walk, the lines, the roles). */
export function* reading(root: Element, options: WalkOptions = {}): Generator<void, PageRead> {
  const walk = yield* walking(root, options);
  const time = slices(options.now, options.sliceMs);
  yield; // the walk's last slice ran up to its end: the page's turn before the next pass
  time.restart();
  const doc = root.ownerDocument;
  const { title, ogType: _ogType, ...meta } = doc ? readMeta(doc) : {};
  yield; // the head's metadata is a handful of selector look-ups: a slice of its own
  time.restart();
  const lines = yield* cuttingLines(walk, time);
  const { blocks, kind } = yield* classifying(walk, lines, { ...meta, title }, time);
  return { ...walk, blocks, meta, kind };
}
