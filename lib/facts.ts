import type { Article, Entity, Fact } from './types';

/** One fact per figure of the article: subject, place, time, program and sentence. */
export function buildFacts(_text: string, _article: Article, _entities: Entity[]): Fact[] {
  return [];
}
