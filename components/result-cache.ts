// The background's last readings, so that reading the same text again with the same options (a tab
// read again, the same story opened in another tab) skips the engine. Keyed by the text and the
// options themselves, so a hit is exact; bounded by an estimate of its memory, oldest use dropped first.
import type { ArticleResult, ExtractOptions } from '../lib/types';
import type { PageFindings } from './extract-service';
import { optionsKey } from './messages';

export interface CachedReading {
  articles: ArticleResult[];
  page: PageFindings;
}

/** A few MB: a dozen typical story pages with their results; a page's text counts twice (UTF-16). */
export const CACHE_BYTES = 4_000_000;
/** What one entity or fact is reckoned to hold in memory, with its texts and spans. */
const BYTES_PER_ITEM = 400;

const keyOf = (text: string, options: ExtractOptions) => `${optionsKey(options)}\u0000${text}`;

function sizeOf(key: string, reading: CachedReading): number {
  let items = reading.page.chrome?.length ?? 0;
  for (const a of reading.articles) items += a.entities.length + a.facts.length + 1;
  return key.length * 2 + items * BYTES_PER_ITEM;
}

export class ResultCache {
  // a Map keeps insertion order: re-inserting on use makes its first entry the least recently used
  private entries = new Map<string, { reading: CachedReading; size: number }>();
  private bytes = 0;

  constructor(private readonly budget = CACHE_BYTES) {}

  get(text: string, options: ExtractOptions): CachedReading | undefined {
    const key = keyOf(text, options);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.reading;
  }

  set(text: string, options: ExtractOptions, reading: CachedReading): void {
    const key = keyOf(text, options);
    const size = sizeOf(key, reading);
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.size;
    }
    // one reading that would take most of the budget is not kept: it would push out everything else
    if (size > this.budget / 2) return;
    this.entries.set(key, { reading, size });
    this.bytes += size;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.entries.delete(k);
      this.bytes -= e.size;
    }
  }

  /** Estimated bytes held, for tests. */
  get size(): number {
    return this.bytes;
  }

  get count(): number {
    return this.entries.size;
  }
}
