// Runs the engine for the reader. jieba-wasm loads once per background lifetime; the
// engine works without it, so a failed load only makes subjects coarser.
import { browser } from 'wxt/browser';
import initJieba, * as jieba from 'jieba-wasm/web';
import { extractChunks } from '../lib/chunked';
import { extract } from '../lib/extract';
import { jiebaSegmenter, setSegmenter } from '../lib/segment';
import type { ArticleResult, ExtractOptions } from '../lib/types';
import type { PageResult } from './messages';

let loading: Promise<void> | null = null;

export function loadJieba(): Promise<void> {
  if (!loading) {
    loading = initJieba({ module_or_path: browser.runtime.getURL('/jieba.wasm' as '/') })
      .then(() => setSegmenter(jiebaSegmenter(jieba)))
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
  const byIndex = new Map<number, ArticleResult>();
  for (const chunk of extractChunks(text, options)) {
    for (const a of chunk.articles) {
      // a long article comes in pieces sharing its index: put it back together
      const seen = byIndex.get(a.index);
      if (!seen) byIndex.set(a.index, { ...a, entities: [...a.entities], facts: [...a.facts] });
      else {
        seen.start = Math.min(seen.start, a.start);
        seen.end = Math.max(seen.end, a.end);
        seen.entities.push(...a.entities);
        seen.facts.push(...a.facts);
      }
    }
    const progress: Progress = { type: 'dj:progress', done: chunk.done, total: chunk.total };
    browser.runtime.sendMessage(progress).catch(() => undefined); // no popup open: nobody listens
    await new Promise((r) => setTimeout(r, 0));
  }
  return { articles: [...byIndex.values()].sort((a, b) => a.index - b.index) };
}
