// Writes an extraction as it is made, chunk by chunk, so a huge input streams out in bounded pieces
// instead of being held whole as one result and one output string.
import { extractChunks, type Chunk } from '../lib/chunked';
import { articleTitle, factRow, toTable, type TableFormat } from '../lib/export';
import type { ArticleResult, ExtractOptions } from '../lib/types';

export type OutputFormat = 'json' | TableFormat;

const CHUNK_CHARS = 200_000;

async function put(out: NodeJS.WritableStream, s: string): Promise<void> {
  if (!out.write(s)) await new Promise((r) => out.once('drain', r));
}

/** JSON: {"chars", "articles": [...]}, one article a line; tables: the facts table, header once. */
export async function writeExtraction(text: string, format: OutputFormat, options: ExtractOptions, out: NodeJS.WritableStream): Promise<void> {
  let first = true;
  let pending: ArticleResult | undefined; // the last article of a chunk may continue in the next one
  const emit = async (a: ArticleResult) => {
    if (format === 'json') await put(out, (first ? '' : ',\n') + JSON.stringify(a));
    else {
      await put(out, toTable(a.facts.map((f) => factRow(f, articleTitle(a, a.index))), format, first));
    }
    first = false;
  };
  if (format === 'json') await put(out, `{"chars":${text.length},"articles":[\n`);
  const chunks: Iterable<Chunk> = extractChunks(text, options, CHUNK_CHARS);
  for (const chunk of chunks) {
    for (const a of chunk.articles) {
      if (pending && pending.index === a.index) {
        pending.end = a.end;
        pending.entities.push(...a.entities);
        pending.facts.push(...a.facts);
        continue;
      }
      if (pending) await emit(pending);
      pending = { ...a, entities: [...a.entities], facts: [...a.facts] };
    }
  }
  if (pending) await emit(pending);
  if (format === 'json') await put(out, '\n]}\n');
}
