import type { Article, PlaceEntity, UserLexicon } from './types';

/** Finds and resolves places. Articles give context for disambiguation. */
export function findPlaces(_text: string, _articles: Article[], _lexicon?: UserLexicon): PlaceEntity[] {
  return [];
}
