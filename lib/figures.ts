import type { FigureEntity } from './types';

/** Finds every figure (quantity) in the text, normalized. See ANNOTATION.md § FIGURE. */
export function findFigures(_text: string): FigureEntity[] {
  return [];
}
