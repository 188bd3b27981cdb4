// Chunks of a chunked reading and how their pieces go back together. Kept apart from the engine so
// that a page's reader can merge what the background streams without bundling the engine.
import type { ArticleResult, Entity } from './types';

export interface Chunk {
  articles: ArticleResult[];
  /** Entities of the page's chrome in this chunk (when a page reader's blocks came with the text). */
  chrome?: Entity[];
  /** How far into the text this chunk reaches (for progress). */
  done: number;
  total: number;
}

/** Puts the pieces of split articles back together into one result per article index. */
export function mergeChunks(chunks: Iterable<Chunk>): ArticleResult[] {
  const out: ArticleResult[] = [];
  for (const chunk of chunks) {
    for (const a of chunk.articles) {
      const last = out[out.length - 1];
      if (last && last.index === a.index) {
        last.end = a.end;
        last.entities.push(...a.entities);
        last.facts.push(...a.facts);
      } else out.push({ ...a, entities: [...a.entities], facts: [...a.facts] });
    }
  }
  return out;
}
