// Places told by the list they stand in, not by a suffix of their own:
// - townships by their short names before 等乡镇, found under the article's county (在黄尾、冶溪、包家等乡镇);
// - airports by their short names before the last one's 机场 (首都、浦东、白云机场);
// - villages before 等村, and minority-region villages named without 村 right after their township
//   (…乡托格拉克布拉克, …乡阿克艾日克).
import type { Article } from '../types';
import type { Gazetteer } from './gazetteer';
import type { Hit } from './places';
import { GENERIC_STEMS, NOT_IN_STEM } from './rules';
import { getSegmenter } from '../text';
import { GENERIC_AIRPORT_WORDS, MINORITY_VILLAGE_ENDINGS } from './data/site-words';

const CJK = /^[\u4e00-\u9fff]+$/;
/** Function characters an item of a list of names never holds: the item starts after them (在黄尾、…). */
const ITEM_BREAK = /[的了在和与及是为以把被将于由给让就也还又很最更已再从向对到等使经]/;
const GENERIC_AIRPORT = new Set(GENERIC_AIRPORT_WORDS);
const MINORITY_VILLAGE_END = new RegExp(`(?:${MINORITY_VILLAGE_ENDINGS.join('|')})$`);
/** Tags of words that are no name: verbs, adjectives, adverbs, numerals, pronouns (脱贫、边远等村). */
const NOT_NAME_TAG = /^(?:v|vn|vd|a|ad|an|d|m|q|r|p|c|u|f|t)$/;

/**
 * The items of a list that ends at `end` (exclusive), last first: runs of 2–`max` name characters joined by 、
 * (和 / 及 / 与 before the last). Stops at the first run that is not a name.
 */
function listItems(text: string, end: number, max: number, hits: Hit[] = []): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  // an item starts after a place chained before it (岳西县|黄尾、…)
  const placeEnds = new Set(hits.filter((h) => h.end > 0).map((h) => h.end));
  let e = end;
  for (;;) {
    let s = e;
    while (s > 0 && e - s < max && CJK.test(text[s - 1]) && !/[、和及与]/.test(text[s - 1]) && !ITEM_BREAK.test(text[s - 1]) && !(s < e && placeEnds.has(s))) s--;
    // the run must start at a mark, a joining word or a function character, not inside a longer word
    let before = text[s - 1] ?? '';
    // an item glued to the verb before it (扩建首都): the verb is no part of the name
    let afterVerb = false;
    if (CJK.test(before) || s === 0) {
      const lead = getSegmenter()?.tag?.(text.slice(s, e))[0];
      if (lead && /^(?:v|vn|vd|p|d|c|r)$/.test(lead.tag) && e - s - lead.word.length >= 2) {
        s += lead.word.length;
        before = text[s - 1];
        afterVerb = true;
      }
    }
    if (e - s < 2 || (s > 0 && !afterVerb && CJK.test(before) && !/[、和及与]/.test(before) && !ITEM_BREAK.test(before) && !placeEnds.has(s))) break;
    items.push([s, e]);
    if (before !== '、' && !(items.length === 1 && /[和及与]/.test(before))) break;
    e = s - 1;
  }
  return items;
}

const isPlainWord = (word: string) => {
  if (GENERIC_STEMS.has(word)) return true;
  const t = getSegmenter()?.tag?.(word);
  return !!t && t.length === 1 && NOT_NAME_TAG.test(t[0].tag);
};

/** A verb, numeral or function word inside the item (地出发): a clause, not a name. */
const holdsFunctionWord = (item: string) => (getSegmenter()?.tag?.(item) ?? []).some((t) => /^(?:v|vn|vd|u\w*|p|c|r|m|q|f|t)$/.test(t.tag));

const overlapping = (hits: Hit[], s: number, e: number) => hits.filter((h) => h.end > 0 && h.start < e && s < h.end);

/** Airports named by short names before the last one's 机场: each item a site of its own. */
export function listedAirports(text: string, hits: Hit[]): Hit[] {
  const found: Hit[] = [];
  const re = /(?:国际)?机场/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    // the last item and 机场 must be a site already (白云机场): then the items before it are airports too
    const last = hits.find((h) => h.end === end && h.level === 'site');
    if (!last || text[last.start - 1] !== '、') continue;
    for (const [s, e] of listItems(text, last.start - 1, 4, hits)) {
      const word = text.slice(s, e);
      if (GENERIC_AIRPORT.has(word) || holdsFunctionWord(word)) break;
      if (overlapping(hits, s, e).length) continue;
      found.push({ start: s, end: e, units: [], kind: 'rule', level: 'site', rule: 'list rule: airport named before another airport' });
    }
  }
  return found;
}

/** Villages listed before 等村 / 两个村, and minority-region villages named right after their township. */
export function listedVillages(text: string, hits: Hit[]): Hit[] {
  const found: Hit[] = [];
  const re = /(?:等|两|[三四五六七八九十])个?(?:行政)?村(?![民委里庄落级干务集镇])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const items = listItems(text, m.index, 8, hits);
    if (items.length < 2 && m[0][0] !== '等') continue;
    for (const [s, e] of items) {
      const word = text.slice(s, e);
      if (isPlainWord(word) || /[乡镇县市区省]$/.test(word)) break;
      if (overlapping(hits, s, e).length || overlapping(found, s, e).length) continue;
      found.push({ start: s, end: e, units: [], kind: 'rule', level: 'village', rule: 'list rule: village listed before 等村' });
    }
  }
  found.push(...villagesListedAfterVillages(text, hits, found));
  // …乡托格拉克布拉克: a minority-region name right after its township, ending as village names there end
  for (const t of hits) {
    if (t.end <= 0 || t.level !== 'township' && !/[乡镇]$/.test(text.slice(t.start, t.end))) continue;
    let e = t.end;
    while (e < text.length && e - t.end < 9 && CJK.test(text[e]) && !NOT_IN_STEM.test(text[e])) e++;
    for (let end = e; end - t.end >= 3; end--) {
      const name = text.slice(t.end, end);
      if (!MINORITY_VILLAGE_END.test(name)) continue;
      const stop = text[end] === '村' ? end + 1 : end;
      if (!overlapping(hits, t.end, stop).length) found.push({ start: t.end, end: stop, units: [], kind: 'rule', level: 'village', rule: 'list rule: minority-region village after its township' });
      break;
    }
  }
  return found;
}

let townshipsByParent: Map<number, number[]> | null = null;

/** Townships of the gazetteer by their county (built on first use). */
function townshipsOf(g: Gazetteer, county: number): number[] {
  if (!townshipsByParent) {
    townshipsByParent = new Map();
    g.units.forEach((u, i) => {
      if (u.level !== 'township' || u.parent < 0) return;
      const list = townshipsByParent!.get(u.parent);
      if (list) list.push(i);
      else townshipsByParent!.set(u.parent, [i]);
    });
  }
  return townshipsByParent.get(county) ?? [];
}

/** The township a short name means under this county: 黄尾 → 黄尾镇, 东固 → 东固畲族乡. */
function townshipNamed(g: Gazetteer, county: number, short: string): number | undefined {
  return townshipsOf(g, county).find((t) => {
    const name = g.units[t].name;
    return name.startsWith(short) && /^(?:[\u4e00-\u9fff]{1,4}族)?(?:乡|镇|街道|街道办事处|民族乡)$/.test(name.slice(short.length));
  });
}

/**
 * Townships named by their short names before 等乡镇 (在黄尾、冶溪、包家等乡镇): a short name counts when a
 * county of the article holds a township of that name. Runs on resolved hits; returns the townships, resolved.
 */
export function listedTownships(text: string, hits: Hit[], articles: Article[], g: Gazetteer): Hit[] {
  const found: Hit[] = [];
  const re = /(?:等|两|[三四五六七八九十])个?(?:乡镇|乡|镇|街道)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const article = articles.find((a) => m!.index >= a.start && m!.index < a.end);
    const from = article?.start ?? 0;
    const to = article?.end ?? text.length;
    // the counties the article names (a township named names its county too)
    const counties = new Set<number>();
    for (const h of hits) {
      if (h.end <= 0 || h.resolved === undefined || h.start < from || h.start >= to) continue;
      for (let u = h.resolved; u >= 0; u = g.units[u].parent) {
        if (g.units[u].level === 'county') counties.add(u);
      }
    }
    if (!counties.size) continue;
    for (const [s, e] of listItems(text, m.index, 4, hits)) {
      const short = text.slice(s, e);
      let unit: number | undefined;
      for (const c of counties) if ((unit = townshipNamed(g, c, short)) !== undefined) break;
      if (unit === undefined) continue;
      // the short name outweighs what the dictionary made of it alone (龙岗 the district of Shenzhen)
      for (const h of overlapping(hits, s, e)) if (h.start >= s && h.end <= e) h.end = -1;
      if (overlapping(hits, s, e).length) continue;
      found.push({ start: s, end: e, units: [unit], kind: 'rule', level: 'township', resolved: unit, rule: 'list rule: township short name under its county' });
    }
  }
  found.push(...townshipsBeforeTownship(text, [...hits, ...found], g));
  return found;
}

const VILLAGE_NAME = /(?:村|嘎查)$/;
/** Words that open a list of villages (周边的村庄有…, 涉及的自然村为…). */
const VILLAGES_OPEN = /(?:村庄|村落|行政村|自然村)[有为是：:包括]{0,2}$/;

/** An item standing alone as one plain word of the segmenter (镇政府, 合作社): a noun, no name. */
const onePlainNoun = (item: string) => {
  const t = getSegmenter()?.tag?.(item);
  return !!t && t.length === 1 && /^(?:n|nt|l|vn|v|a|an)$/.test(t[0].tag);
};
/** A numeral, measure, pronoun or function word inside the item (三个点, 这些): a phrase. Verbs may begin a
 * transliterated name (买谢特 is 买/v + 谢特), so they do not count here. */
const holdsGrammarWord = (item: string) => (getSegmenter()?.tag?.(item) ?? []).some((t) => /^(?:u\w*|p|c|r|m|q|f|t)$/.test(t.tag));

/**
 * Items that go on a list of villages named with 村 (谢依提村、西里比里村、萨色克布拉克、买谢特，): a minority
 * region often drops 村 from its names, and a list holds things of one kind. The list must show itself: two villages
 * before the item, or one after a word that opens a list of villages (村庄有).
 */
function villagesListedAfterVillages(text: string, hits: Hit[], found: Hit[]): Hit[] {
  const out: Hit[] = [];
  const isVillage = (h: Hit) => h.end > 0 && VILLAGE_NAME.test(text.slice(h.start, h.end));
  const byEnd = new Map(hits.filter(isVillage).map((h) => [h.end, h]));
  for (const first of byEnd.values()) {
    if (text[first.end] !== '、' || byEnd.has(first.start - 1)) continue;
    // walk the list from its first village on
    let villages = 1;
    let at = first.end;
    const opened = VILLAGES_OPEN.test(text.slice(Math.max(0, first.start - 6), first.start));
    while (text[at] === '、') {
      let e = at + 1;
      while (e < text.length && e - at <= 7 && CJK.test(text[e]) && text[e] !== '、') e++;
      const item = text.slice(at + 1, e);
      const known = byEnd.get(e);
      if (known && known.start === at + 1) {
        villages++;
        at = e;
        continue;
      }
      if (item.length < 2 || item.length > 6 || !/^[、，。；,;]$/.test(text[e] ?? '')) break;
      if (!(villages >= 2 || opened)) break;
      if (isPlainWord(item) || onePlainNoun(item) || holdsGrammarWord(item) || /[乡镇县市区省州]$/.test(item)) break;
      if (overlapping(hits, at + 1, e).length || overlapping(found, at + 1, e).length) break;
      out.push({ start: at + 1, end: e, units: [], kind: 'rule', level: 'village', rule: 'list rule: village named without 村 in a list of villages' });
      at = e;
    }
  }
  return out;
}

/**
 * Township short names joined to a township named in full (名州和张家砭镇, 黄尾、冶溪镇): the items share its suffix,
 * so a short name counts when the same county holds a township of that name. Runs on resolved hits.
 */
function townshipsBeforeTownship(text: string, hits: Hit[], g: Gazetteer): Hit[] {
  const found: Hit[] = [];
  for (const t of hits) {
    if (t.end <= 0 || t.resolved === undefined || g.units[t.resolved].level !== 'township') continue;
    const county = g.units[t.resolved].parent;
    if (county < 0 || !/[、和及与]/.test(text[t.start - 1] ?? '')) continue;
    for (const [s, e] of listItems(text, t.start - 1, 4, hits)) {
      const unit = townshipNamed(g, county, text.slice(s, e));
      if (unit === undefined || unit === t.resolved) break;
      if (overlapping(hits, s, e).length || overlapping(found, s, e).length) break;
      found.push({ start: s, end: e, units: [unit], kind: 'rule', level: 'township', resolved: unit, rule: 'list rule: township short name joined to a township of its county' });
    }
  }
  return found;
}
