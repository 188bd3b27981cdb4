// The same reading as extract(), cut into pieces of bounded size so that a caller on a page's
// main thread (or a CLI on a huge file) can yield, report progress and write out between pieces.
import { splitArticles } from './articles';
import { readArticles } from './extract';
import { planFromBlocks, settleChrome } from './page';
import { toSimplified } from './text';
import type { Article, ExtractOptions } from './types';
import type { Chunk } from './merge-chunks';

export { mergeChunks, type Chunk } from './merge-chunks';


/**
 * Yields the page's articles in groups of about maxChars. An article longer than maxChars is read
 * paragraph by paragraph: its pieces come out as separate ArticleResults with the same index.
 */
export function* extractChunks(text: string, options: ExtractOptions = {}, maxChars = 20_000): Generator<Chunk> {
  let group: Article[] = [];
  let size = 0;
  // a page reader's blocks say where the stories are; chrome stretches are read for their entities only
  const plan = planFromBlocks(text, options);
  const flush = function* (): Generator<Chunk> {
    if (!group.length) return;
    const read = readArticles(text, group, options);
    const done = group[group.length - 1].end;
    if (plan) {
      const { articles, chrome } = settleChrome(read, plan.chromeInside);
      yield { articles, chrome, done, total: text.length };
    } else yield { articles: read, done, total: text.length };
    group = [];
    size = 0;
  };
  // told apart in Simplified form, as extract() does (本報訊 is 本报讯)
  // the whole text is split at once, so the hints keep their offsets into it
  for (const article of plan?.articles ?? splitArticles(toSimplified(text), options.headings)) {
    const length = article.end - article.start;
    if (length > maxChars) {
      yield* flush();
      for (const part of cutAtParagraphs(text, article, maxChars)) {
        group = [part];
        yield* flush();
      }
      continue;
    }
    if (size + length > maxChars) yield* flush();
    group.push(article);
    size += length;
  }
  yield* flush();
}

/** Pieces of one long article, cut at line breaks (else anywhere) near maxChars. */
function cutAtParagraphs(text: string, article: Article, maxChars: number): Article[] {
  const parts: Article[] = [];
  let start = article.start;
  while (start < article.end) {
    let end = Math.min(article.end, start + maxChars);
    if (end < article.end) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > start + maxChars / 2) end = nl + 1;
      // never cut inside a surrogate pair
      else if (/[\uDC00-\uDFFF]/.test(text[end])) end--;
    }
    parts.push({ ...article, start, end, ...(start === article.start ? {} : { headline: undefined, subheadline: undefined, byline: undefined, recordTable: undefined }) });
    start = end;
  }
  return parts;
}
