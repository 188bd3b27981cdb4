// A place split by a line or column break (樟树\n市) is still one span. The finder reads a copy of
// the text with breaks between two Chinese characters taken out, and maps offsets back.

const HAN = /[\u4e00-\u9fff]/;

export interface JoinedText {
  text: string;
  /** Offset in the joined text → offset in the original; length text.length + 1. Null when nothing was joined. */
  toOriginal: Int32Array | null;
}

/** Removes line breaks (and the spaces around them) that sit between two Chinese characters, except at `keep` offsets. */
export function joinBrokenLines(text: string, keep: Set<number>): JoinedText {
  if (!text.includes('\n')) return { text, toOriginal: null };
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  let joined = false;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      // the run of blanks holding this break
      let s = i;
      while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\u3000' || text[s - 1] === '\r')) s--;
      let e = i;
      while (e < text.length && /[\s\u3000]/.test(text[e])) e++;
      const before = text[s - 1];
      const after = text[e];
      let keepsArticle = false;
      for (let k = s; k <= e; k++) if (keep.has(k)) keepsArticle = true;
      if (s > 0 && e < text.length && HAN.test(before) && HAN.test(after) && !keepsArticle && e - s <= 4) {
        // drop what was already copied of the blanks before the break, then skip the run
        while (map.length && map[map.length - 1] >= s) {
          map.pop();
          parts.pop();
        }
        i = e;
        joined = true;
        continue;
      }
    }
    parts.push(c);
    map.push(i);
    i++;
  }
  if (!joined) return { text, toOriginal: null };
  map.push(text.length);
  return { text: parts.join(''), toOriginal: Int32Array.from(map) };
}

/** Offset in the original text → offset in the joined text (the first joined offset at or after it). */
export function toJoined(toOriginal: Int32Array, pos: number): number {
  let lo = 0;
  let hi = toOriginal.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toOriginal[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
