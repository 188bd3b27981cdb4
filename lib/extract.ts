import { splitArticles } from './articles';
import { buildFacts } from './facts';
import { findFigures } from './figures';
import { findPlaces } from './places';
import { findPrograms } from './programs';
import { findTimes } from './times';
import type { Article, ArticleResult, Entity, ExtractOptions, ExtractResult } from './types';

const byStart = (a: Entity, b: Entity) => a.start - b.start || b.end - a.end;

/** Reads a page of text: its articles and, per article, its entities and facts. */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  return { text, articles: readArticles(text, splitArticles(text), options) };
}

/**
 * Runs the finders over the stretch of text the given articles cover and sorts the entities into them.
 * Offsets stay those of `text`; the articles must be in order.
 */
export function readArticles(text: string, articles: Article[], options: ExtractOptions = {}): ArticleResult[] {
  if (!articles.length) return [];
  const from = articles[0].start;
  const to = articles[articles.length - 1].end;
  const piece = from === 0 && to === text.length ? text : text.slice(from, to);
  const local = from ? articles.map((a) => shiftArticle(a, -from)) : articles;
  const found: Entity[] = [
    ...findPlaces(piece, local, options.lexicon),
    ...findPrograms(piece, options.lexicon),
    ...findFigures(piece),
    ...findTimes(piece, options.date),
  ];
  const entities = from ? found.map((e) => ({ ...e, start: e.start + from, end: e.end + from })) : found;
  entities.sort(byStart);

  const results: ArticleResult[] = [];
  let k = 0;
  for (const article of articles) {
    while (k < entities.length && entities[k].start < article.start) k++;
    const own: Entity[] = [];
    while (k < entities.length && entities[k].start < article.end) own.push(entities[k++]);
    results.push({ ...article, entities: own, facts: buildFacts(text, article, own) });
  }
  return results;
}

function shiftArticle(a: Article, by: number): Article {
  const shift = <S extends { start: number; end: number }>(s: S | undefined) => (s ? { ...s, start: s.start + by, end: s.end + by } : s);
  return { ...a, start: a.start + by, end: a.end + by, headline: shift(a.headline), subheadline: shift(a.subheadline), byline: shift(a.byline) };
}

/** Every entity of the page, in text order. */
export function allEntities(result: ExtractResult): Entity[] {
  return result.articles.flatMap((a) => a.entities);
}
