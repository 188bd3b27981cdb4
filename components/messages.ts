// Messages between the popup, the background and the reader (content script).
import type { ExtractOptions, ExtractResult } from '../lib/types';

/** ExtractResult without the page text, which the reader keeps. */
export type PageResult = Omit<ExtractResult, 'text'>;

export type BackgroundRequest = { type: 'dj:extract'; text: string; options: ExtractOptions };

/** The popup asks the background for a tab's last result. */
export type ResultRequest = { type: 'dj:result'; tabId: number };
/** The popup asks the background whether jieba loaded. */
export type SegmenterRequest = { type: 'dj:segmenter' };
export type SegmenterStatus = { failed: false } | { failed: true; reason: string };

/**
 * Pages up to this many characters are read in one piece (and their results kept, by the background and by
 * the reader in its tab); longer ones in chunks, each drawn in a task of its own.
 */
export const ONE_PIECE_UP_TO = 60_000;

/** Entities a reply may carry without a noticeable clone on the page (an e-paper page has a few hundred). */
export const SMALL_RESULT = 3000;

/** The port a reader opens to have its page read; it posts one BackgroundRequest. */
export const READ_PORT = 'dj:read';

export type ReaderRequest =
  | { type: 'dj:run' }
  | { type: 'dj:toggle' }
  | { type: 'dj:off' }
  | { type: 'dj:reveal'; start: number; end: number }
  | { type: 'dj:state' };

/** What the page reader gives the engine beside the text. */
export type ReaderHints = Pick<ExtractOptions, 'blocks' | 'meta' | 'kind'>;

export interface ReaderState {
  on: boolean;
  url: string;
  title: string;
  /** True when the page has too little Chinese to read. */
  notChinese: boolean;
  /** Left out (null, with resultElsewhere) when large: the popup then takes it from the background. */
  result: PageResult | null;
  resultElsewhere?: boolean;
  /** Highlights drawn, per kind. */
  counts: Record<string, number>;
  text?: string;
  /** With the text: the page reader's blocks, metadata and kind the engine was given beside it. */
  read?: ReaderHints;
  ms?: { collect: number; extract: number; highlight: number };
}

/** Where extensions may not run: browser pages, stores, viewers. */
export function cannotRunOn(url: string | undefined): boolean {
  if (!url) return true;
  if (!/^(https?|file):/i.test(url)) return true;
  if (/^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)/i.test(url)) return true;
  return /\.pdf([?#]|$)/i.test(url);
}

/** The options as the kept results (the reader's own, the background's) compare them: everything the engine
 * is given beside the text (lexicon, date, headings, blocks, meta, kind). */
export const optionsKey = (options: ExtractOptions): string => JSON.stringify(options);
