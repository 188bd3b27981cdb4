import { splitArticles } from './articles';
import { buildFacts } from './facts';
import { findFigures } from './figures';
import { findPlaces } from './places';
import { findPrograms } from './programs';
import { findTimes } from './times';
import type { ArticleResult, Entity, ExtractOptions, ExtractResult } from './types';

const byStart = (a: Entity, b: Entity) => a.start - b.start || b.end - a.end;

/** Reads a page of text: its articles and, per article, its entities and facts. */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  const articles = splitArticles(text);
  const entities: Entity[] = [
    ...findPlaces(text, articles, options.lexicon),
    ...findPrograms(text, options.lexicon),
    ...findFigures(text),
    ...findTimes(text, options.date),
  ].sort(byStart);

  const results: ArticleResult[] = [];
  let k = 0;
  for (const article of articles) {
    while (k < entities.length && entities[k].start < article.start) k++;
    const own: Entity[] = [];
    while (k < entities.length && entities[k].start < article.end) own.push(entities[k++]);
    results.push({ ...article, entities: own, facts: buildFacts(text, article, own) });
  }
  return { text, articles: results };
}

/** Every entity of the page, in text order. */
export function allEntities(result: ExtractResult): Entity[] {
  return result.articles.flatMap((a) => a.entities);
}
