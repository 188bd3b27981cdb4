import type { Article } from './types';

/** Splits a page of plain text into its articles. A text with no structure is one article. */
export function splitArticles(text: string): Article[] {
  return [{ index: 0, start: 0, end: text.length }];
}
