// Word boundaries from the segmenter, when one is loaded: a place name must start and end where
// words do, so 惠及, 加密 and 沿海地区 do not yield 惠, 加 or 海地. Null without a segmenter.
// Only the clauses a question is asked about get segmented (jieba splits at punctuation anyway,
// so a clause alone segments as it would inside the whole text): most clauses hold no candidate.
import { getSegmenter, type Segmenter } from '../text';

export interface Boundaries {
  /** True when a token starts or ends at this offset. */
  at(pos: number): boolean;
  /** Start of the token holding the character at pos. */
  tokenStart(pos: number): number;
  /** End of the token holding the character at pos. */
  tokenEnd(pos: number): number;
}

// characters jieba never puts inside a word: clause edges
const isBreak = (c: number) =>
  c === 0x3002 || c === 0xff0c || c === 0x3001 || c === 0xff1b || c === 0xff1a || c === 0xff01 || c === 0xff1f || c === 0x0a || c === 0x201c || c === 0x201d || c === 0xff08 || c === 0xff09;

// dictionary words only: the checks below treat an unknown name as single characters anyway, and
// without HMM segmentation is faster (same place F1 on the dev set)
const HMM = false;
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

class LazyBoundaries implements Boundaries {
  private edge: Uint8Array;
  private startOf: Int32Array;
  private endOf: Int32Array;
  /** 1 once the clause holding this offset was segmented. */
  private done: Uint8Array;

  constructor(
    private text: string,
    private seg: Segmenter,
  ) {
    const n = text.length;
    this.edge = new Uint8Array(n + 1);
    this.startOf = new Int32Array(n);
    this.endOf = new Int32Array(n);
    this.done = new Uint8Array(n + 1);
  }

  private ensure(pos: number): void {
    if (this.done[pos]) return;
    const text = this.text;
    let s = Math.min(pos, text.length - 1);
    while (s > 0 && !isBreak(text.charCodeAt(s - 1))) s--;
    let e = Math.max(pos, s);
    while (e < text.length && !isBreak(text.charCodeAt(e))) e++;
    // the clause plus its closing mark, so offsets at either edge are answered
    const end = Math.min(text.length, e + 1);
    this.done.fill(1, s, end);
    this.edge[s] = 1;
    this.edge[end] = 1;
    for (const t of this.seg.tokenize(text.slice(s, end), HMM)) {
      const ts = t.start + s;
      const te = t.end + s;
      this.edge[ts] = 1;
      this.edge[te] = 1;
      this.startOf.fill(ts, ts, te);
      this.endOf.fill(te, ts, te);
    }
  }

  at(pos: number): boolean {
    if (pos <= 0 || pos >= this.text.length) return true;
    // beside a character that is not Chinese (punctuation, digits, a clause edge) every word ends: no need to segment
    if (!isHan(this.text.charCodeAt(pos)) || !isHan(this.text.charCodeAt(pos - 1))) return true;
    this.ensure(pos);
    return this.edge[pos] === 1;
  }

  tokenStart(pos: number): number {
    this.ensure(pos);
    return this.startOf[pos];
  }

  tokenEnd(pos: number): number {
    this.ensure(pos);
    return this.endOf[pos];
  }
}

export function boundariesOf(text: string): Boundaries | null {
  const seg = getSegmenter();
  if (!seg || !text) return null;
  return new LazyBoundaries(text, seg);
}
