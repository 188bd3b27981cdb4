// Traditional → Simplified, one UTF-16 unit for one, so that the finders (whose lexicons, gazetteer
// and rules are Simplified) read Traditional text while every offset stays that of the input.
// The map is built from OpenCC's character table by scripts/build-t2s.mjs into lib/data/t2s.json.
import t2s from '../data/t2s.json';

// Tables indexed by UTF-16 unit: a plain loop over them scans ~25× faster than a regex character class
// of 3,000 scattered characters, and the scan runs over every Simplified text too.
const NONE = 0;
/** A character no Simplified text holds: its presence is what makes a text Traditional. */
const TRADITIONAL = 1;
/** Converted only once the text is Traditional (於, 後 …, which Simplified text may hold). */
const AMBIGUOUS = 2;
/** The tables, built on the first call: a bundle that never converts (the page's reader) pays nothing when it loads. */
let tables: { kind: Uint8Array; simple: Uint16Array } | null = null;

function built(): { kind: Uint8Array; simple: Uint16Array } {
  if (tables) return tables;
  const kind = new Uint8Array(0x10000);
  const simple = new Uint16Array(0x10000);
  const addPairs = (pairs: string, k: number) => {
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      kind[pairs.charCodeAt(i)] = k;
      simple[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
    }
  };
  addPairs(t2s.pairs, TRADITIONAL);
  addPairs(t2s.inTraditionalOnly, AMBIGUOUS);
  tables = { kind, simple };
  return tables;
}

/**
 * The text with its Traditional characters in Simplified form, same length, same offsets.
 * Returns the very same string when the text holds no Traditional character (the usual case).
 */
export function toSimplified(text: string): string {
  const { kind, simple } = built();
  const n = text.length;
  let first = 0;
  while (first < n && kind[text.charCodeAt(first)] !== TRADITIONAL) first++;
  if (first === n) return text;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    codes[i] = kind[c] === NONE ? c : simple[c];
  }
  // fromCharCode in slices (argument count limits); it keeps lone surrogates as they are, a decoder would not
  let out = '';
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}
