// Spans placed by hand for the facts tests: each finds its text in the sentence, so a test names words, not offsets.
import { buildFacts } from '../../lib/facts/facts';
import type { Article, Entity } from '../../lib/types';

/** `needle`'s span in `text` (its first occurrence at or after `from`). */
export function at(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`${needle} not in text`);
  return { start, end: start + needle.length, text: needle };
}

/** The whole text as one article. */
export const whole = (text: string, extra: Partial<Article> = {}): Article => ({ index: 0, start: 0, end: text.length, ...extra });

/** The subject of every fact the entities make in the text, in order. */
export const subjectsOf = (text: string, ents: Entity[]) => buildFacts(text, whole(text), ents.sort((a, b) => a.start - b.start)).map((f) => f.subject);
