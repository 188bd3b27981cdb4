// Townships named short right after the unit that holds them (上海张江, 南昌县莲塘): the unit before says where to
// look, and the gazetteer's township under it says the name is one. Later mentions of the same short name in the
// article are that township again.
import type { Article } from '../types';
import type { Boundaries } from './boundaries';
import { isWithin, type Gazetteer } from './gazetteer';
import type { Hit } from './places';
import { getSegmenter } from '../text';
import { BRAND_AFTER, COMMON_SHORT, GENERIC_STEMS } from './rules';
import { ORGANIZATION_WORDS } from './data/site-words';

/** A brand or an organization after the name (珠江钢琴, 新建机器厂): the name is theirs, not a township's. */
const OWNER_AFTER = new RegExp(`^(?:${ORGANIZATION_WORDS.join('|')})`);
/** A character after the name that makes it part of a longer one (张江镇, 张江路, 谏壁口, 北仓站). */
const LONGER_NAME = /^[镇乡街路村口港桥站]/;
/** An institution's word right after the name (北仓|殡仪馆, …|中心): the short name heads the institution's name. */
const INSTITUTION = /(?:[馆院所厂场站]|中心|公司)$/;
const ownedOrLonger = (text: string, end: number, b: Boundaries) =>
  LONGER_NAME.test(text[end] ?? '') || BRAND_AFTER.test(text.slice(end, end + 5)) || OWNER_AFTER.test(text.slice(end, end + 4)) || INSTITUTION.test(text.slice(end, b.tokenEnd(end)));

/** A short name the segmenter reads as one plain word (人民, 铁路, 建设, 古城, 八一): a word, not a township. */
const PLAIN_TAG = /^(?:n|v|vn|vd|a|ad|an|d|m|mq|q|r|p|c|u|f|t|l|i|j|s)$/;
function plainWord(word: string): boolean {
  const t = getSegmenter()?.tag?.(word);
  return !t || t.length !== 1 || PLAIN_TAG.test(t[0].tag);
}

const TOWNSHIP_SUFFIX = /(?:镇|乡|街道|街道办事处)$/;
const RULE = 'chain rule: township short name after the unit that holds it';

let byShort: Map<string, number[]> | null = null;

/** Townships of the gazetteer by their short names (张江镇 → 张江), built on first use. */
function townshipsByShort(g: Gazetteer): Map<string, number[]> {
  if (byShort) return byShort;
  byShort = new Map();
  g.units.forEach((u, i) => {
    if (u.level !== 'township') return;
    const short = u.name.replace(TOWNSHIP_SUFFIX, '');
    if (short === u.name || short.length < 2 || short.length > 3) return;
    const list = byShort!.get(short);
    if (list) list.push(i);
    else byShort!.set(short, [i]);
  });
  return byShort;
}

/** Township short names chained after their province, city or county, and their later mentions in the article. */
export function townshipsAfterTheirUnit(text: string, hits: Hit[], articles: Article[], g: Gazetteer, b: Boundaries | null): Hit[] {
  if (!b) return [];
  const index = townshipsByShort(g);
  const live = hits.filter((h) => h.end > 0);
  const taken = (s: number, e: number) => live.some((h) => h.start < e && s < h.end) || found.some((h) => h.start < e && s < h.end);
  const found: Hit[] = [];
  for (const p of live) {
    if (p.resolved === undefined || g.units[p.resolved].level === 'township' || g.units[p.resolved].level === 'village') continue;
    for (const len of [3, 2]) {
      const s = p.end;
      const e = s + len;
      const short = text.slice(s, e);
      // the full name (张江镇) or a longer word (张江路) is left to the other rules: the short name must end a word
      if (!b.at(e) || b.tokenStart(e - 1) < s || ownedOrLonger(text, e, b) || GENERIC_STEMS.has(short) || COMMON_SHORT.has(short)) continue;
      const units = (index.get(short) ?? []).filter((t) => isWithin(g, t, p.resolved!));
      if (units.length !== 1 || taken(s, e) || plainWord(short)) continue;
      found.push({ start: s, end: e, units, resolved: units[0], kind: 'rule', level: 'township', rule: RULE });
      break;
    }
  }
  // the same short name again in its article, where it stands as a word of its own
  for (const f of [...found]) {
    const article = articles.find((a) => f.start >= a.start && f.start < a.end);
    const from = article?.start ?? 0;
    const to = article?.end ?? text.length;
    const short = text.slice(f.start, f.end);
    for (let at = text.indexOf(short, from); at >= 0 && at < to; at = text.indexOf(short, at + 1)) {
      const end = at + short.length;
      if (!b.at(at) || !b.at(end) || b.tokenStart(end - 1) < at || ownedOrLonger(text, end, b) || taken(at, end)) continue;
      found.push({ ...f, start: at, end, rule: `${RULE} (again)` });
    }
  }
  return found;
}
