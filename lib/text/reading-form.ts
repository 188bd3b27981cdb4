// The form of a text the finders read: Traditional characters in Simplified form (same length), and
// invisible format marks (zero-width space, joiners, direction marks, soft hyphen, BOM, variation selectors)
// left out, so that 樟\u200b树市 is 樟树市 and 6.3\u200b9亿元 is 6.39亿元; so are line breaks inside a number
// (6.3⏎9亿元). Leaving characters out shifts offsets:
// `origin` then maps every reading offset back to the input.
import { copyOffset } from './offset-map';
import { toSimplified } from './traditional';

const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFE00-\uFE0F\uFEFF]/;

export interface ReadingForm {
  text: string;
  /** Input offset of each reading offset (one more entry for the end); absent when no mark was left out. */
  origin?: Int32Array;
}

export function readingForm(input: string): ReadingForm {
  const text = toSimplified(input);
  const breaks = numberBreaks(text);
  if (!breaks.length && !INVISIBLE.test(text)) return { text };
  const skip = new Uint8Array(text.length);
  for (const [s, e] of breaks) skip.fill(1, s, e);
  const origin = new Int32Array(text.length + 1);
  const kept: string[] = [];
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (skip[i] || isInvisible(text.charCodeAt(i))) continue;
    origin[n++] = i;
    kept.push(text[i]);
  }
  origin[n] = text.length;
  return { text: kept.join(''), origin: origin.subarray(0, n + 1) };
}

const DIGIT = /[0-9０-９.．]/;
const HAN = /[\u4e00-\u9fff]/;

/**
 * Line breaks that cut a number: 6.3⏎9亿元 (a column break in running text) or 5⏎0⏎0⏎亩 (vertical
 * text, one character a line). A line that is only a number (a table cell) keeps its break.
 */
function numberBreaks(text: string): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    let s = i;
    while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\r')) s--;
    let e = i + 1;
    while (e < text.length && (text[e] === ' ' || text[e] === '\r')) e++;
    if (s === 0 || e >= text.length || !DIGIT.test(text[s - 1]) || !DIGIT.test(text[e])) continue;
    const line = text.slice(text.lastIndexOf('\n', s - 1) + 1, s).trim();
    if (line.length === 1 || HAN.test(line)) runs.push([s, e]);
  }
  return runs;
}

function isInvisible(c: number): boolean {
  return (
    c === 0xad || c === 0x180e || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x2069) || (c >= 0xfe00 && c <= 0xfe0f) || c === 0xfeff
  );
}

/** The input span of a reading span: from its first character to just after its last (marks at the edges stay out). */
export function inputSpan(form: ReadingForm, start: number, end: number): { start: number; end: number } {
  const o = form.origin;
  if (!o) return { start, end };
  return { start: o[start], end: end > start ? o[end - 1] + 1 : o[start] };
}

/** The reading offset of an input offset: the first character at or after it. */
export function readingOffset(form: ReadingForm, offset: number): number {
  return form.origin ? copyOffset(form.origin, offset) : offset;
}
