// Places that are parts of people's names (ANNOTATION: people's names that look like places are no places):
// - a foreign name joined by a middle dot to another: 罗莎·卢森堡, 印第安纳·琼斯, 罗马诺·普罗迪;
// - a Chinese name right after a title or a verb of naming, ending at a mark or a function word: 导演程东海，
//   名叫韩国英的, 助理黄南炬向 — a surname, one or two characters more, and the place inside.
import type { Hit } from './places';
import { SURNAMES, TITLES_BEFORE_NAME } from './data/person-words';
import { TRANSLITERATION_CHARS } from './data/transliteration';

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const SURNAME = new Set(words(SURNAMES));
const SOUND = new Set(words(TRANSLITERATION_CHARS));
const TITLE = new RegExp(`(?:${words(TITLES_BEFORE_NAME).sort((a, b) => b.length - a.length).join('|')})$`);
/** What may follow a name: a mark, or a word that starts the rest of the sentence. */
const AFTER_NAME = /^(?:[，、。；：！？（）()“”\s]|的|向|等|说|在|和|与|是|也|同|$)/;
const DOT = /[·•・]/;

/**
 * A middle dot joins the hit to another spelt name: right at its edge (罗莎·卢森堡, 印第安纳·琼斯), or one or two
 * sound characters on (罗马诺·普罗迪) — not for a country's name, which often stands before its people's names
 * (柬埔寨诺罗敦·西哈努克, 埃及爱因·夏姆斯).
 */
function inDottedName(text: string, h: Hit): boolean {
  if (DOT.test(text[h.start - 1] ?? '') && SOUND.has(text[h.start - 2] ?? '')) return true;
  if (DOT.test(text[h.end] ?? '') && SOUND.has(text[h.end + 1] ?? '')) return true;
  if (h.level === 'country' || h.entry?.lex?.rule.endsWith('country')) return false;
  for (let e = h.end; e < h.end + 2 && SOUND.has(text[e] ?? ''); e++) if (DOT.test(text[e + 1] ?? '') && SOUND.has(text[e + 2] ?? '')) return true;
  return false;
}

/** The hit lies in a 2–3 character name that starts with a surname, right after a title, and ends the phrase. */
function inTitledName(text: string, h: Hit): boolean {
  for (const s of [h.start - 1, h.start]) {
    if (s < 1 || !SURNAME.has(text[s]) || !TITLE.test(text.slice(Math.max(0, s - 4), s))) continue;
    for (const len of [2, 3]) {
      const e = s + len;
      if (e >= h.end && h.end - h.start >= len - 1 && AFTER_NAME.test(text.slice(e, e + 1))) return true;
    }
  }
  return false;
}

/** A hit that is part of a person's name. */
export const inPersonName = (text: string, h: Hit): boolean => inDottedName(text, h) || inTitledName(text, h);
