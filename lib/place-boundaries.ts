// Word boundaries from the segmenter, when one is loaded: a place name must start and end where
// words do, so 惠及, 加密 and 沿海地区 do not yield 惠, 加 or 海地. Null without a segmenter.
import { getSegmenter } from './segment';

export interface Boundaries {
  /** True when a token starts or ends at this offset. */
  at(pos: number): boolean;
  /** Start of the token holding the character at pos. */
  tokenStart(pos: number): number;
  /** End of the token holding the character at pos. */
  tokenEnd(pos: number): number;
}

export function boundariesOf(text: string): Boundaries | null {
  const seg = getSegmenter();
  if (!seg || !text) return null;
  const edge = new Uint8Array(text.length + 1);
  const startOf = new Int32Array(text.length);
  const endOf = new Int32Array(text.length);
  edge[0] = 1;
  edge[text.length] = 1;
  for (const t of seg.tokenize(text)) {
    edge[t.start] = 1;
    edge[t.end] = 1;
    startOf.fill(t.start, t.start, t.end);
    endOf.fill(t.end, t.start, t.end);
  }
  return {
    at: (pos) => edge[pos] === 1,
    tokenStart: (pos) => startOf[pos],
    tokenEnd: (pos) => endOf[pos],
  };
}
