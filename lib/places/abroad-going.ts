// Names abroad spelt by sound with no unit after them, told by where the text sends someone (赴阿卜耶伊维和,
// 飞抵瓦加杜古): after a verb of going, a run of sound characters that ends where a word does is a place. The same
// name elsewhere in the text is that place again (我国首次向阿卜耶伊派出…), so every mention is taken.
import type { Boundaries } from './boundaries';
import type { Hit } from './places';
import { TRANSLITERATION_CHARS } from './data/transliteration';

const SOUND = new Set(TRANSLITERATION_CHARS.split(/\s+/).filter(Boolean));
/** Verbs that send someone to a place; a person's name never follows them (向 or 会见 may take one). */
const GOING_ABROAD = /(?:赴|前往|飞抵|抵达|出访|远赴|奔赴)$/;
const RULE = 'transliteration rule: name abroad after a verb of going';

/** The end of a 3–6 character name of sound characters starting at `start` and ending on a word's end, or -1. */
function nameEnd(text: string, start: number, b: Boundaries): number {
  let e = start;
  while (e < text.length && e - start < 7 && SOUND.has(text[e])) e++;
  // 阿卜耶伊|维和: the run may eat the first character of the next word; the name ends where a word ends
  for (; e - start >= 3; e--) if (e - start <= 6 && b.at(e) && b.tokenStart(e - 1) >= start) return e;
  return -1;
}

/** Names abroad found after a verb of going, and their other mentions, outside the hits already found. */
export function namesAfterGoingAbroad(text: string, hits: Hit[], b: Boundaries | null): Hit[] {
  if (!b) return [];
  const covered = new Uint8Array(text.length + 1);
  for (const h of hits) if (h.end > 0) covered.fill(1, h.start, h.end);
  const names = new Set<string>();
  for (let p = 1; p < text.length; p++) {
    if (covered[p] || !SOUND.has(text[p]) || !GOING_ABROAD.test(text.slice(Math.max(0, p - 2), p)) || !b.at(p)) continue;
    const e = nameEnd(text, p, b);
    if (e > 0 && !covered.subarray(p, e).some((c) => c === 1)) names.add(text.slice(p, e));
  }
  const out: Hit[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      // a mention inside a longer run of sound characters is part of another name
      if (covered.subarray(at, at + name.length).some((c) => c === 1) || SOUND.has(text[at - 1] ?? '') || !b.at(at) || !b.at(at + name.length)) continue;
      out.push({ start: at, end: at + name.length, units: [], kind: 'rule', level: 'foreign', rule: RULE });
      covered.fill(1, at, at + name.length);
    }
  }
  return out;
}
