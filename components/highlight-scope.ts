// Which highlights the reader draws: the story's entities only, or the chrome's too (navigation,
// related lists, footers), as the "story only / whole page" setting says.
import type { Entity } from '../lib/types';
import type { HighlightScope } from './settings';

/**
 * The marks to draw for a scope, in text order: the story's alone, or merged with the chrome's
 * (the legend's next/previous walks them in the order they stand on the page).
 */
export function marksInScope<M extends { entity: Entity }>(story: readonly M[], chrome: readonly M[], scope: HighlightScope): M[] {
  if (scope === 'story' || !chrome.length) return [...story];
  const out: M[] = [];
  let i = 0;
  let j = 0;
  while (i < story.length || j < chrome.length) {
    const takeStory = j >= chrome.length || (i < story.length && story[i].entity.start <= chrome[j].entity.start);
    out.push(takeStory ? story[i++] : chrome[j++]);
  }
  return out;
}

export const otherScope = (scope: HighlightScope): HighlightScope => (scope === 'story' ? 'page' : 'story');
