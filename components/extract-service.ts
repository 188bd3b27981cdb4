// Runs the engine for the reader. jieba-wasm loads once per background lifetime; the
// engine works without it, so a failed load only makes subjects and place edges coarser.
//
// A background that has just started (browser start, or a service worker woken by the
// reader) does not make the first page wait for jieba's dictionary: that page gets a draft
// read without jieba at once, then the full read once the dictionary is built.
import { browser } from 'wxt/browser';
import initJieba, * as jieba from 'jieba-wasm/web';
import { extractChunks, type Chunk } from '../lib/chunked';
import { extract } from '../lib/extract';
import { getSegmenter, jiebaSegmenter, setSegmenter } from '../lib/text';
import type { ArticleResult, ExtractOptions, ExtractResult } from '../lib/types';
import { ONE_PIECE_UP_TO, type SegmenterStatus } from './messages';
import { ResultCache } from './result-cache';

/** A short made-up article: reading it decodes the gazetteer at start, and builds jieba's dictionary with jieba's first cut. */
const WARM_TEXT = '本报樟树讯 江西省樟树市今年种植500亩。';

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

let wasm: Promise<boolean> | null = null;
let ready: Promise<void> | null = null;
/** True once jieba's load has failed: then every read is without it, and there is no draft. */
let jiebaFailed = false;
/** Why jieba failed, for the popup to say. */
let jiebaError = '';

/** Whether reads have jieba: the popup tells the reader when they do not (coarser place edges and subjects). */
export function segmenterStatus(): SegmenterStatus {
  return jiebaFailed ? { failed: true, reason: jiebaError } : { failed: false };
}

function jiebaUnavailable(e: unknown): void {
  jiebaFailed = true;
  jiebaError = String((e as Error)?.message ?? e).slice(0, 200);
  console.warn('Dianjing: jieba unavailable, reading without it', e);
}

/** Fetches and compiles jieba's wasm (off the thread, mostly); true when it loaded. */
function loadWasm(): Promise<boolean> {
  wasm ??= initJieba({ module_or_path: browser.runtime.getURL('/jieba.wasm' as '/') }).then(
    () => true,
    (e: unknown) => {
      jiebaUnavailable(e);
      return false;
    },
  );
  return wasm;
}

/**
 * Done as the background starts, while nobody waits: jieba's wasm is fetched and compiled (off the
 * thread, mostly) and the gazetteer decoded (~150 ms), so a first read needs neither.
 */
export function warmUp(): void {
  void loadWasm();
  setTimeout(() => {
    if (!getSegmenter()) extract(WARM_TEXT); // without jieba: only the gazetteer's decoding is paid
  }, 0);
}

/**
 * The engine with jieba, ready to read. jieba's dictionary is built by its first cut: ~400 ms in one
 * task that nothing can interrupt, so it is built when the first read asks for it, after that read's
 * draft has gone out, and never while a page waits for its first highlights.
 */
export function loadJieba(): Promise<void> {
  ready ??= (async () => {
    if (!(await loadWasm())) return;
    await nextTask(); // a draft read first
    try {
      jieba.cut(WARM_TEXT, true);
      setSegmenter(jiebaSegmenter(jieba));
      extract(WARM_TEXT);
    } catch (e) {
      setSegmenter(null);
      jiebaUnavailable(e);
    }
  })();
  return ready;
}

/** Pages longer than this are read in chunks, with progress sent to the popup (and their results not kept). */
const CHUNKED_ABOVE = ONE_PIECE_UP_TO;

/** Full readings (with jieba, or for good without it) of pages read in one piece, for a re-read of the same text. */
const readings = new ResultCache();

export interface Progress {
  type: 'dj:progress';
  done: number;
  total: number;
}

/**
 * What the background streams to a reader over a `dj:read` port: perhaps a draft (read without jieba,
 * while jieba is not ready: to draw at once and replace), then parts as they are read, then done (or
 * a part marked last: a page read in one piece is answered in one message).
 * For the bench: `ms` is the engine's own time, `age` how long the background had been running when it
 * began the read (a read that comes while jieba's dictionary is being built waits for it), `cached` that
 * the result is a kept one (the same text read before with the same options): no engine ran.
 */
export type ReadPortMessage =
  | { type: 'draft'; articles: ArticleResult[]; ms: number; age: number; page?: PageFindings }
  | { type: 'part'; chunk: Chunk; ms: number; age: number; last?: true; page?: PageFindings; cached?: true }
  | { type: 'done' }
  | { type: 'error'; message: string };

/** What the page reader's read says of the page beyond its articles: its kind and the entities in its chrome. */
export type PageFindings = Pick<ExtractResult, 'kind' | 'chrome'>;

/**
 * Reads a page for the reader, posting each chunk as soon as it is read: every part is a message of
 * its own, so the page never has to take in the whole result in one task. `post` answers false once the
 * reader is gone, and the reading stops.
 */
export async function streamForPage(text: string, options: ExtractOptions, post: (m: ReadPortMessage) => boolean): Promise<void> {
  const loading = loadJieba();
  await Promise.resolve(); // answers in a task of its own, as a reading always has
  // performance.now() counts from the background's start
  const age = performance.now();
  // the same text read again with the same options: the engine would give the same result
  const known = text.length <= CHUNKED_ABOVE ? readings.get(text, options) : undefined;
  if (known) {
    post({ type: 'part', chunk: { articles: known.articles, done: text.length, total: text.length }, ms: 0, age, last: true, page: known.page, cached: true });
    return;
  }
  if (!getSegmenter() && !jiebaFailed && text.length <= CHUNKED_ABOVE) {
    const t0 = performance.now();
    const { articles, kind, chrome } = extract(text, options);
    if (!post({ type: 'draft', articles, ms: performance.now() - t0, age, page: { kind, chrome } })) return;
  }
  await loading;
  if (text.length <= CHUNKED_ABOVE) {
    const t0 = performance.now();
    const { articles, kind, chrome } = extract(text, options);
    const ms = performance.now() - t0;
    readings.set(text, options, { articles, page: { kind, chrome } });
    // the whole result in one message: one hop less than a part and a done
    post({ type: 'part', chunk: { articles, done: text.length, total: text.length }, ms, age, last: true, page: { kind, chrome } });
    return;
  }
  for (const chunk of timedChunks(text, options)) {
    if (!post({ type: 'part', ...chunk, age })) return;
    const progress: Progress = { type: 'dj:progress', done: chunk.chunk.done, total: chunk.chunk.total };
    browser.runtime.sendMessage(progress).catch(() => undefined); // no popup open: nobody listens
    await nextTask();
  }
  post({ type: 'done' });
}

function* timedChunks(text: string, options: ExtractOptions): Generator<{ chunk: Chunk; ms: number }> {
  const chunks = extractChunks(text, options);
  for (;;) {
    const t0 = performance.now();
    const step = chunks.next();
    if (step.done) return;
    yield { chunk: step.value, ms: performance.now() - t0 };
  }
}
