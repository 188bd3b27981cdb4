// A reading's whole result from the parts the background streamed: the articles merged, and the
// page's kind and chrome entities, whether they came with a read in one piece or chunk by chunk.
import { mergeChunks, type Chunk } from '../lib/merge-chunks';
import type { Entity } from '../lib/types';
import type { PageFindings } from './extract-service';
import type { PageResult } from './messages';

export function pageResult(chunks: readonly Chunk[], page: PageFindings): PageResult {
  // a chunked read carries each chunk's chrome (once the engine gives it); a one-piece read the page's
  const fromChunks = chunks.flatMap((c) => (c as Chunk & { chrome?: Entity[] }).chrome ?? []);
  const chrome = page.chrome ?? (fromChunks.length ? fromChunks : undefined);
  return { ...page, ...(chrome ? { chrome } : {}), articles: mergeChunks(chunks) };
}
