// The one page reader: a DOM in, the page's text with the way back to its nodes, its blocks with
// roles, its metadata and its kind out. The extension runs it on the live document (sliced, see
// reading), the command line on a DOM parsed by linkedom.
import type { BlockHint, PageKind, PageMeta } from '../types';
import { cuttingLines } from './lines';
import { readMeta } from './meta';
import { classifying } from './roles';
import { drain, slices, type Slices } from './slices';
import { walking, type PageWalk, type WalkOptions } from './walk';

export interface PageRead extends PageWalk {
  /** Every line of `text` with its role; story lines carry the index of their story. */
  blocks: BlockHint[];
  meta: PageMeta;
  kind: PageKind;
}

/** Reads the page under `root` (its document's head gives the metadata) in one go. */
export function readPage(root: Element, options: WalkOptions = {}): PageRead {
  return drain(reading(root, options));
}

/** readPage as a generator that yields between slices of about options.sliceMs (the walk, the lines, the roles). */
export function* reading(root: Element, options: WalkOptions = {}): Generator<void, PageRead> {
  const time = slices(options.now, options.sliceMs);
  const walk = yield* restartingAtYields(walking(root, options), time);
  // between passes the page gets its turn only when the slice has run its time: a small story page is read
  // in one task (a yield costs the reader a few milliseconds of waiting for nothing)
  if (time.overdue()) {
    yield;
    time.restart();
  }
  const doc = root.ownerDocument;
  const { title, ogType: _ogType, ...meta } = doc ? readMeta(doc) : {};
  if (time.overdue()) {
    yield;
    time.restart();
  }
  const lines = yield* cuttingLines(walk, time);
  const { blocks, kind, date, byline } = yield* classifying(walk, lines, { ...meta, title }, time);
  // a day or a writer the page shows outside the story's lines serves as its metadata does, where the markup gives none
  if (date && !meta.date) meta.date = date;
  if (byline && !meta.byline) meta.byline = byline;
  return { ...walk, blocks, meta, kind };
}

/** Passes on a sliced pass's yields and restarts the shared clock after each, so the next pass counts from there. */
function* restartingAtYields<T>(pass: Generator<void, T>, time: Slices): Generator<void, T> {
  for (;;) {
    const step = pass.next();
    if (step.done) return step.value;
    yield;
    time.restart();
  }
}
