import * as fc from 'fast-check';
import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { jiebaSegmenter } from '../../lib/text';

const seg = jiebaSegmenter(jieba);

// what jieba's own tokenize() says, its code-point offsets turned into UTF-16 ones by hand
function reference(text: string, hmm: boolean) {
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    at.push(i);
    i += ch.length;
  }
  at.push(i);
  return jieba.tokenize(text, 'default', hmm).map((t) => ({ word: t.word, start: at[t.start], end: at[t.end] }));
}

describe('jiebaSegmenter', () => {
  it('gives UTF-16 offsets that slice back to each word, astral characters included', () => {
    const text = '😀江西省樟树市 洲上乡\n铜江村𠀀种樟树，惠及农户4000余户';
    const tokens = seg.tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
  });

  it('agrees with jieba tokenize() on random text, with and without HMM', () => {
    const piece = fc.constantFrom('江西省', '樟树市', '铜江村', '种樟树', '😀', '𠀀', ' ', '\n', '\t', '，', '4000', 'abc', '余户', '\u200b');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 20 }), fc.boolean(), (parts, hmm) => {
        const text = parts.join('');
        expect(seg.tokenize(text, hmm)).toEqual(reference(text, hmm));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('tags with offsets that slice back to each word', () => {
    const text = '2022年，该市带动1.5万户农民增收';
    for (const t of seg.tag!(text)) expect(text.slice(t.start, t.end)).toBe(t.word);
  });
});
