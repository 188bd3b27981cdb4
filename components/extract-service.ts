// Runs the engine for the reader. jieba-wasm loads once per background lifetime; the
// engine works without it, so a failed load only makes subjects coarser.
import { browser } from 'wxt/browser';
import initJieba, * as jieba from 'jieba-wasm/web';
import { extractChunks, mergeChunks, type Chunk } from '../lib/chunked';
import { extract } from '../lib/extract';
import { jiebaSegmenter, setSegmenter } from '../lib/segment';
import type { ExtractOptions } from '../lib/types';
import type { PageResult } from './messages';

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

export async function extractForPage(text: string, options: ExtractOptions): Promise<PageResult> {
  await loadJieba();
  if (text.length <= CHUNKED_ABOVE) return { articles: extract(text, options).articles };
  const chunks: Chunk[] = [];
  for (const chunk of extractChunks(text, options)) {
    chunks.push(chunk);
    const progress: Progress = { type: 'dj:progress', done: chunk.done, total: chunk.total };
    browser.runtime.sendMessage(progress).catch(() => undefined); // no popup open: nobody listens
    await new Promise((r) => setTimeout(r, 0));
  }
  // a long article comes in pieces sharing its index: put it back together
  return { articles: mergeChunks(chunks) };
}
