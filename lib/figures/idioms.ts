// Set phrases, idioms and slogans in which a numeral + measure word is no quantity.
// Looked up only at a candidate figure's numeral, by the numeral char and its offset in the phrase.
// The phrases themselves are data: data/set-phrases.ts.
import { SET_PHRASES } from './data/set-phrases';

// numeral chars a phrase may be found by
const NUMERAL = /[零〇一二三四五六七八九十百千万亿两半]/;

/** "offset|numeral char|first two chars of the phrase" → phrases, so a lookup costs a few Map gets. */
const INDEX = new Map<string, string[]>();
let longest = 0;
for (const phrase of SET_PHRASES.split(/\s+/).filter(Boolean)) {
  longest = Math.max(longest, phrase.length);
  for (let k = 0; k < phrase.length; k++) {
    if (!NUMERAL.test(phrase[k])) continue;
    const key = `${k}|${phrase[k]}|${phrase.slice(0, 2)}`;
    const list = INDEX.get(key) ?? [];
    if (!list.includes(phrase)) list.push(phrase);
    INDEX.set(key, list);
  }
}

/** True when the numeral at pos is inside one of the phrases above. */
export function inSetPhrase(text: string, pos: number): boolean {
  const ch = text[pos];
  for (let k = 0; k < longest && k <= pos; k++) {
    const list = INDEX.get(`${k}|${ch}|${text.slice(pos - k, pos - k + 2)}`);
    if (list && list.some((phrase) => text.startsWith(phrase, pos - k))) return true;
  }
  return false;
}
