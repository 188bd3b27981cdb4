// A place split by a line or column break (樟树\n市) is still one span. The finder reads a copy of
// the text with breaks between two Chinese characters taken out, and maps offsets back.

const HAN = /[\u4e00-\u9fff]/;

export interface JoinedText {
  text: string;
  /** Offset in the joined text → offset in the original; length text.length + 1. Null when nothing was joined. */
  toOriginal: Int32Array | null;
}

const BLANK = /[\s\u3000]/;

/** Removes line breaks (and the spaces around them) that sit between two Chinese characters, except at `keep` offsets. */
export function joinBrokenLines(text: string, keep: Set<number>): JoinedText {
  // the runs of blanks to drop, found by jumping from line break to line break
  const drops: [number, number][] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    let s = i;
    while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\u3000' || text[s - 1] === '\r')) s--;
    let e = i;
    while (e < text.length && BLANK.test(text[e])) e++;
    if (s === 0 || e >= text.length || e - s > 4 || !HAN.test(text[s - 1]) || !HAN.test(text[e])) continue;
    let keepsArticle = false;
    for (let k = s; k <= e && !keepsArticle; k++) keepsArticle = keep.has(k);
    if (keepsArticle) continue;
    if (drops.length && drops[drops.length - 1][1] >= s) continue;
    drops.push([s, e]);
    i = e - 1;
  }
  if (!drops.length) return { text, toOriginal: null };
  const dropped = drops.reduce((n, [s, e]) => n + e - s, 0);
  const map = new Int32Array(text.length - dropped + 1);
  const parts: string[] = [];
  let from = 0;
  let at = 0;
  for (const [s, e] of [...drops, [text.length, text.length] as [number, number]]) {
    parts.push(text.slice(from, s));
    for (let k = from; k < s; k++) map[at++] = k;
    from = e;
  }
  map[at] = text.length;
  return { text: parts.join(''), toOriginal: map };
}
