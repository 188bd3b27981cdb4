// Word segmentation behind a small interface, so the engine runs wherever jieba-wasm
// was loaded (Node reads the .wasm from disk; an extension page fetches it).

export interface Token {
  word: string;
  /** UTF-16 offsets into the segmented text. */
  start: number;
  end: number;
}

export interface TaggedToken extends Token {
  /** jieba's part-of-speech tag (n, v, m, ns, …). */
  tag: string;
}

export interface Segmenter {
  /** hmm false: dictionary words only, unknown runs left in single characters (faster). */
  tokenize(text: string, hmm?: boolean): Token[];
  /** Part-of-speech tagging; the engine only calls it on short clauses. */
  tag?(text: string): TaggedToken[];
}

/** The subset of jieba-wasm's exports the engine uses. */
export interface JiebaModule {
  tokenize(text: string, mode: string, hmm?: boolean | null): { word: string; start: number; end: number }[];
  cut(text: string, hmm?: boolean | null): string[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
  tag(sentence: string, hmm?: boolean | null): { word: string; tag: string }[];
}

let current: Segmenter | null = null;

export function setSegmenter(segmenter: Segmenter | null): void {
  current = segmenter;
}

/** The loaded segmenter, or null: the engine still works without one, with coarser subjects. */
export function getSegmenter(): Segmenter | null {
  return current;
}

/** tokenize() with its code-point offsets turned into UTF-16 ones: the fallback should cut() ever drop a character. */
function byCodePoints(jieba: JiebaModule, text: string, hmm: boolean): Token[] {
  const raw = jieba.tokenize(text, 'default', hmm);
  const utf16At: number[] = [];
  let i = 0;
  for (const ch of text) {
    utf16At.push(i);
    i += ch.length;
  }
  utf16At.push(i);
  return raw.map((t) => ({ word: t.word, start: utf16At[t.start], end: utf16At[t.end] }));
}

/** Wraps jieba-wasm for the engine, with UTF-16 offsets. */
export function jiebaSegmenter(jieba: JiebaModule): Segmenter {
  return {
    tokenize(text, hmm = true) {
      // cut() hands back plain strings, far cheaper to cross from WASM than tokenize()'s objects; its words
      // concatenate back to the input, so UTF-16 offsets are their running lengths
      const words = jieba.cut(text, hmm);
      const tokens: Token[] = new Array(words.length);
      let at = 0;
      for (let k = 0; k < words.length; k++) {
        const word = words[k];
        tokens[k] = { word, start: at, end: at + word.length };
        at += word.length;
      }
      return at === text.length ? tokens : byCodePoints(jieba, text, hmm);
    },
    tag(text) {
      // jieba's tags carry no offsets: its words concatenate back to the input, so count them
      let at = 0;
      return jieba.tag(text, true).map((t) => {
        const start = at;
        at += t.word.length;
        return { word: t.word, tag: t.tag, start, end: at };
      });
    },
  };
}
