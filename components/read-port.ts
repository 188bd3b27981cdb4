// The reader's side of a reading: sends the page text to the background over a port and takes the
// result in parts, one message (one task) each, so a huge page never arrives as one giant message.
import { browser } from 'wxt/browser';
import type { Chunk } from '../lib/merge-chunks';
import type { ArticleResult } from '../lib/types';
import type { PageFindings, ReadPortMessage } from './extract-service';
import { READ_PORT, type BackgroundRequest, type PageResult } from './messages';
import { pageResult } from './page-result';

export interface ReadCallbacks {
  /** A part of the final result, as it arrives. */
  onPart(articles: ArticleResult[]): void;
  /** A whole first result read without jieba (the background was still loading it); the parts replace it. */
  onDraft?(result: PageResult): void;
}

/** What the bench is told: the background's engine time for the result, the background's age when it began, and whether the result was a kept one. */
export interface ReadTiming {
  engineMs: number;
  backgroundAge: number;
  cached: boolean;
}

/** Resolves with the whole result and its timing. */
export function readThroughPort(request: BackgroundRequest, on: ReadCallbacks): Promise<{ result: PageResult; timing: ReadTiming }> {
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name: READ_PORT });
    const chunks: Chunk[] = [];
    const timing: ReadTiming = { engineMs: 0, backgroundAge: 0, cached: false };
    let page: PageFindings = {};
    port.onMessage.addListener((msg: unknown) => {
      const m = msg as ReadPortMessage;
      if (m.type === 'draft' || m.type === 'part') timing.backgroundAge = m.age;
      if (m.type === 'draft') on.onDraft?.({ ...m.page, articles: m.articles });
      else if (m.type === 'part') {
        chunks.push(m.chunk);
        // a page read in one piece says its kind and its chrome's entities with it
        if (m.page) page = m.page;
        timing.engineMs += m.ms;
        if (m.cached) timing.cached = true;
        on.onPart(m.chunk.articles);
      }
      if (m.type === 'draft' || (m.type === 'part' && !m.last)) return;
      port.disconnect();
      if (m.type === 'error') reject(new Error(m.message));
      else resolve({ result: pageResult(chunks, page), timing });
    });
    // the extension was reloaded or updated under the page: say so instead of waiting for ever
    port.onDisconnect.addListener(() => reject(new Error('the extension stopped while reading; turn it on again')));
    port.postMessage(request);
  });
}
