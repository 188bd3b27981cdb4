// Runs the engine for the reader. jieba-wasm loads once per background lifetime; the
// engine works without it, so a failed load only makes subjects coarser.
import { browser } from 'wxt/browser';
import initJieba, * as jieba from 'jieba-wasm/web';
import { extract } from '../lib/extract';
import { jiebaSegmenter, setSegmenter } from '../lib/segment';
import type { ExtractOptions } from '../lib/types';
import type { PageResult } from './messages';

let loading: Promise<void> | null = null;
export let jiebaMs = -1;

export function loadJieba(): Promise<void> {
  if (!loading) {
    const t0 = performance.now();
    loading = initJieba({ module_or_path: browser.runtime.getURL('/jieba.wasm' as '/') })
      .then(() => {
        setSegmenter(jiebaSegmenter(jieba));
        jiebaMs = performance.now() - t0;
      })
      .catch((e: unknown) => console.warn('Dianjing: jieba unavailable, reading without it', e));
  }
  return loading;
}

export async function extractForPage(text: string, options: ExtractOptions): Promise<PageResult> {
  await loadJieba();
  const { articles } = extract(text, options);
  return { articles };
}
