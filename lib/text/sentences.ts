// Sentence and clause boundaries for facts: a sentence ends at 。！？ (or a line break that is
// not inside a sentence); a clause also ends at ，、；：.
import type { Span } from '../types';

const SENTENCE_END = /[。！？!?；;]/;
const CLAUSE_END = /[，,、；;：:。！？!?]/;

/** The sentence around [start, end) inside [lo, hi): it spans line breaks that cut a sentence (column breaks). */
export function sentenceAround(text: string, start: number, end: number, lo = 0, hi = text.length): Span {
  let s = start;
  while (s > lo && !SENTENCE_END.test(text[s - 1]) && !isParagraphBreak(text, s - 1)) s--;
  let e = end;
  while (e < hi && !SENTENCE_END.test(text[e]) && !isParagraphBreak(text, e)) e++;
  if (e < hi && SENTENCE_END.test(text[e])) e++;
  // closing quotes and brackets belong to the sentence they close
  while (e < hi && /[”’」』)）]/.test(text[e])) e++;
  while (s < e && /\s/.test(text[s])) s++;
  return { start: s, end: e };
}

/** A line break counts as a paragraph end when a blank line follows or the line before ends a sentence. */
function isParagraphBreak(text: string, i: number): boolean {
  if (text[i] !== '\n') return false;
  if (text[i + 1] === '\n' || text[i - 1] === '\n') return true;
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\r')) j--;
  return j < 0 || /[。！？!?；;：:”’」』)）]/.test(text[j]);
}

/** Start of the clause that ends at `pos`, no earlier than lo. */
export function clauseStart(text: string, pos: number, lo: number): number {
  let s = pos;
  while (s > lo && !CLAUSE_END.test(text[s - 1]) && text[s - 1] !== '\n') s--;
  return s;
}

/** End of the clause that starts at `pos`, no later than hi. */
export function clauseEnd(text: string, pos: number, hi: number): number {
  let e = pos;
  while (e < hi && !CLAUSE_END.test(text[e]) && text[e] !== '\n') e++;
  return e;
}
