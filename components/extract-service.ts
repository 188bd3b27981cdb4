// Runs the engine for the reader. jieba-wasm loads once per background lifetime; the
// engine works without it, so a failed load only makes subjects coarser.
import { browser } from 'wxt/browser';
import initJieba, * as jieba from 'jieba-wasm/web';
import { extractChunks, type Chunk } from '../lib/chunked';
import { extract } from '../lib/extract';
import { jiebaSegmenter, setSegmenter } from '../lib/segment';
import type { ExtractOptions } from '../lib/types';

let loading: Promise<void> | null = null;

export function loadJieba(): Promise<void> {
  if (!loading) {
    loading = initJieba({ module_or_path: browser.runtime.getURL('/jieba.wasm' as '/') })
      .then(() => setSegmenter(jiebaSegmenter(jieba)))
      // the first read pays jieba's dictionary build (~350 ms) and the gazetteer's decoding (~150 ms):
      // a tiny read now, while nobody waits, takes both off the reader's first page
      .then(() => void extract('本报樟树讯 江西省樟树市今年种植500亩。'))
      .catch((e: unknown) => console.warn('Dianjing: jieba unavailable, reading without it', e));
  }
  return loading;
}

/** Pages longer than this are read in chunks, with progress sent to the popup. */
const CHUNKED_ABOVE = 60_000;

export interface Progress {
  type: 'dj:progress';
  done: number;
  total: number;
}

/** What the background streams to a reader over a `dj:read` port: parts as they are read, then done. */
export type ReadPortMessage = { type: 'part'; chunk: Chunk } | { type: 'done' } | { type: 'error'; message: string };

/**
 * Reads a page for the reader, posting each chunk as soon as it is read: every part is a message of
 * its own, so the page never has to take in the whole result in one task. `post` answers false once the
 * reader is gone, and the reading stops.
 */
export async function streamForPage(text: string, options: ExtractOptions, post: (m: ReadPortMessage) => boolean): Promise<void> {
  await loadJieba();
  if (text.length <= CHUNKED_ABOVE) {
    if (post({ type: 'part', chunk: { articles: extract(text, options).articles, done: text.length, total: text.length } })) post({ type: 'done' });
    return;
  }
  for (const chunk of extractChunks(text, options)) {
    if (!post({ type: 'part', chunk })) return;
    const progress: Progress = { type: 'dj:progress', done: chunk.done, total: chunk.total };
    browser.runtime.sendMessage(progress).catch(() => undefined); // no popup open: nobody listens
    await new Promise((r) => setTimeout(r, 0));
  }
  post({ type: 'done' });
}
