// Places that are parts of people's names (ANNOTATION: people's names that look like places are no places):
// - a foreign name joined by a middle dot to another: 罗莎·卢森堡, 印第安纳·琼斯, 罗马诺·普罗迪;
// - a Chinese name right after a title or a verb of naming, ending at a mark or a function word: 导演程东海，
//   名叫韩国英的, 助理黄南炬向 — a surname, one or two characters more, and the place inside;
// - such a name before its affiliation in parentheses: 评论人：刘民权（某某大学）;
// - such a name before 同志 / 先生 / 女士, or as an item of a list of names (石某某、陈贵州、张某某等).
import type { Hit } from './places';
import { SINGLE_FAMILY_NAME_SET } from '../text';
import { TITLES_BEFORE_NAME } from './data/person-words';
import { TRANSLITERATION_CHARS } from './data/transliteration';

const words = (s: string) => s.split(/\s+/).filter(Boolean);
// family names that are also function words or start many place names stay out, so that 部长和北京的代表 and
// 委员向宁波 keep their places
const NOT_A_SURNAME_HERE = new Set(['和', '向', '于', '华', '安', '宁']);
const SURNAME = new Set([...SINGLE_FAMILY_NAME_SET].filter((c) => !NOT_A_SURNAME_HERE.has(c)));
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

/**
 * A name [s, e) holds the hit as most of itself: the surname before it (刘|民权), or the hit and one more character
 * (黄南|炬) — the hit alone only when a suffix rule made it (记者罗雪村: 村 read as a village's), never a known
 * place that starts with a surname's character (张家口, 黄山).
 */
const holds = (s: number, e: number, h: Hit) => e >= h.end && h.end - h.start >= e - s - 1 && (s < h.start || e > h.end || h.kind === 'rule');

/** The hit lies in a 2–3 character name that starts with a surname, right after a title, and ends the phrase. */
function inTitledName(text: string, h: Hit): boolean {
  for (const s of [h.start - 1, h.start]) {
    if (s < 1 || !SURNAME.has(text[s]) || !TITLE.test(text.slice(Math.max(0, s - 4), s))) continue;
    for (const len of [2, 3]) {
      const e = s + len;
      if (holds(s, e, h) && AFTER_NAME.test(text.slice(e, e + 1))) return true;
    }
  }
  return false;
}

/** An institution in parentheses right after a name: the person's affiliation (刘某某（某某大学）). */
const AFFILIATION = /^[（(][^）)]{2,20}(?:大学|学院|研究院|研究所|研究中心|中心|公司|集团|银行|报社|电视台)[）)]/;

/** The hit lies in a 2–3 character name that starts with a surname and stands before its affiliation. */
function inNameBeforeAffiliation(text: string, h: Hit): boolean {
  for (const s of [h.start - 1, h.start]) {
    if (s < 0 || !SURNAME.has(text[s])) continue;
    for (const len of [2, 3]) {
      const e = s + len;
      if (holds(s, e, h) && AFFILIATION.test(text.slice(e, e + 24))) return true;
    }
  }
  return false;
}

/** A form of address right after a name: the name is a person's (老工作者钱某同志). */
const ADDRESS_AFTER = /^(?:同志|先生|女士)/;

/** The hit lies in a 2–3 character name that starts with a surname and is followed by a form of address. */
function inAddressedName(text: string, h: Hit): boolean {
  if (!ADDRESS_AFTER.test(text.slice(h.end, h.end + 2))) return false;
  for (const s of [h.start - 1, h.start]) if (s >= 0 && SURNAME.has(text[s]) && holds(s, h.end, h)) return true;
  return false;
}

const LIST_JOIN = '、';
/** Where an item of a list of names may end: the next item, the list's end (等, 的, a mark). */
const ITEM_END = /^(?:、|等|的|[，。；）)]|$)/;
const NAME_ITEM = /^[\u4e00-\u9fff]{2,3}$/;

/** An item of 2–3 characters that starts with a family name and holds no place: a person's name by its look. */
function nameLike(text: string, s: number, e: number, hits: Hit[]): boolean {
  return NAME_ITEM.test(text.slice(s, e)) && SURNAME.has(text[s]) && !hits.some((o) => o.end > 0 && o.start < e && s < o.end);
}

/**
 * The hit lies in an item of a list of people's names (石某某、陈贵州、张某某等): a 2–3 character item that starts with a
 * family name, beside another item across 、 that looks like a name and holds no place.
 */
function inNameList(text: string, h: Hit, hits: Hit[]): boolean {
  for (const s of [h.start - 1, h.start]) {
    if (s < 0 || !SURNAME.has(text[s])) continue;
    for (const len of [2, 3]) {
      const e = s + len;
      if (!holds(s, e, h) || !ITEM_END.test(text.slice(e, e + 1))) continue;
      if (s > 0 && !/[、，：:\s]/.test(text[s - 1])) continue;
      // (the item before may follow a verb: 演出了孙某某、…)
      const before = text[s - 1] === LIST_JOIN ? [2, 3].some((n) => s - 1 - n >= 0 && nameLike(text, s - 1 - n, s - 1, hits)) : false;
      const after = text[e] === LIST_JOIN ? [2, 3].some((n) => ITEM_END.test(text.slice(e + 1 + n, e + 2 + n)) && nameLike(text, e + 1, e + 1 + n, hits)) : false;
      if (before || after) return true;
    }
  }
  return false;
}

/** A hit that is part of a person's name; `hits` are the other places found, which a list of names holds none of. */
export const inPersonName = (text: string, h: Hit, hits: Hit[] = []): boolean =>
  inDottedName(text, h) || inTitledName(text, h) || inNameBeforeAffiliation(text, h) || inAddressedName(text, h) || inNameList(text, h, hits);
