// The reader's side of a reading: sends the page text to the background over a port and takes the
// result in parts, one message (one task) each, so a huge page never arrives as one giant message.
import { browser } from 'wxt/browser';
import { mergeChunks, type Chunk } from '../lib/merge-chunks';
import type { ArticleResult } from '../lib/types';
import type { ReadPortMessage } from './extract-service';
import { READ_PORT, type BackgroundRequest, type PageResult } from './messages';

export function readThroughPort(request: BackgroundRequest, onPart: (articles: ArticleResult[]) => void): Promise<PageResult> {
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name: READ_PORT });
    const chunks: Chunk[] = [];
    port.onMessage.addListener((msg: unknown) => {
      const m = msg as ReadPortMessage;
      if (m.type === 'part') {
        chunks.push(m.chunk);
        onPart(m.chunk.articles);
      } else {
        port.disconnect();
        if (m.type === 'done') resolve({ articles: mergeChunks(chunks) });
        else reject(new Error(m.message));
      }
    });
    // the extension was reloaded or updated under the page: say so instead of waiting for ever
    port.onDisconnect.addListener(() => reject(new Error('the extension stopped while reading; turn it on again')));
    port.postMessage(request);
  });
}
