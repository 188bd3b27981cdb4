// Roads and streets are places (the project's gold marks 小河路; PD1998 marks 南京路). The ways to know one:
// - a place's name and a road word make one road (长江路, 南京东路, 上海市|山西北路);
// - a road chained right after its town, whatever its name (长沙市|五一路, 哈尔滨|中央大街);
// - a ring road by its number and side (北三环, 二环路, 外环线);
// - a street the segmenter tags as a place (延安东路, 中关村大街), or one the text shows is a street: an address,
//   a crossing, a pair with another street (家住解放东路, 人民路与解放路交叉口).
import type { Boundaries } from './boundaries';
import type { NameEntry } from './lexicon';
import type { Hit } from './places';
import { GENERIC_STEMS, NOT_IN_STEM } from './rules';
import { makeSite, taggedAs, type SiteScan } from './site-hit';
import { COMMON_WAY_WORDS, GENERIC_TRANSPORT_STEMS } from './data/transport-heads';

/** A road's name of 2–4 characters, a direction, and the road word: 五一路, 劳动北路, 中央大街. */
const ROAD_AHEAD = /^[\u4e00-\u9fff]{2,4}?([东西南北中]?)(路|大街|大道)/;
/** Tags of a whole word ending in 路 that is a common noun, not a road's name (高速公路/n, 环城路/n). */
const COMMON_WAY = /^(?:n|vn|v|a|l|i)$/;
/** Tags of a stem that makes a way of doing things, not a road's name (致富路; 劳动北路 and 人民路 stay: a verbal noun, a noun). */
const NOT_ROAD_NAME = /^(?:v|vd|a|ad|an|d|m|r|p|c)$/;

/** A road or street named after a place (长江路, 南京东路): one site, when it starts and ends a word. */
export function roadHit(text: string, start: number, end: number, entry: NameEntry, b: Boundaries | null, prevEnd: number): Hit | null {
  // a country's name before 路 is a way, not a road (中国路)
  if (entry.lex && (entry.lex.level === 'country' || entry.lex.rule.endsWith('country'))) return null;
  if (b && ((!b.at(start) && start !== prevEnd) || !b.at(end))) return null;
  // 走出一条江西路子: the road word must end the name
  if (!b && /^[子线径况面费口]/.test(text.slice(end, end + 1))) return null;
  return { start, end, units: [], kind: 'rule', level: 'site', rule: 'road named after a place' };
}

/** Roads chained right after their town: the place before the road says it is one of that town's. */
export function townRoads(scan: SiteScan): void {
  const { text, b, hits, taken } = scan;
  if (!b) return;
  const g = scan.index.gazetteer;
  for (const h of hits) {
    if (taken.has(h) || h.kind === 'lex' || h.kind === 'rule' || h.kind === 'user') continue;
    // a town: a prefecture or county, or one of the four cities directly under the state (北京市)
    if (!h.units.some((u) => g.units[u].level === 'city' || g.units[u].level === 'county' || (g.units[u].level === 'province' && g.units[u].name.endsWith('市')))) continue;
    const m = ROAD_AHEAD.exec(text.slice(h.end, h.end + 8));
    if (!m) continue;
    const end = h.end + m[0].length;
    const wordAt = end - m[2].length - (m[1]?.length ?? 0);
    const stem = text.slice(h.end, wordAt);
    // jieba knows the whole road as one word that is no common noun (五一路, 中央大街; not 高速公路), or the stem is
    // one word and the road word stands apart (人民/路, 劳动/北路; not 青年/宋路); a verb or an adjective makes a way
    // of doing things, not a road (…发展路), and a kind word no name
    const whole = b.tokenStart(h.end) === h.end && b.tokenEnd(h.end) === end && !taggedAs(text.slice(h.end, end), COMMON_WAY);
    const apart = b.tokenStart(h.end) === h.end && b.tokenEnd(h.end) === wordAt && !taggedAs(stem, NOT_ROAD_NAME);
    if (!b.at(end) || !(whole || apart) || NOT_IN_STEM.test(stem) || GENERIC_STEMS.has(stem)) continue;
    if (scan.covered(h.end, end) || hits.some((o) => o !== h && o.start < end && h.end < o.end && !(o.start >= h.end && o.end <= wordAt))) continue;
    for (const o of scan.inside(h.end, end)) taken.add(o);
    scan.sites.push(makeSite(h.end, end, 'road named after its town'));
  }
}

/** A ring road: 北三环, 东二环路, 二环路, 外环线; a bare 三环 (a company's name too) needs its direction or road word. */
const RING = /(?:[东西南北]?[一二三四五六七八]|[内中外])环(?:路|线|高架|高速)?/g;
const RING_RULE = 'ring road';

/** Ring roads by their number and side: the segmenter cuts them every which way (北三环/ns, 西四环/nr). */
export function ringRoads(scan: SiteScan): void {
  const { text, b } = scan;
  RING.lastIndex = 0;
  for (let m = RING.exec(text); m; m = RING.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const sided = /^[东西南北]/.test(m[0]);
    const worded = /环.+$/.test(m[0]);
    if (!(sided || worded) || (b && !b.at(end)) || /^[内中外]环$/.test(m[0])) continue;
    // 第二环, 一环扣一环: a count or an idiom, not a road
    if (/[第扣]/.test(text[start - 1] ?? '') || text[end] === '扣') continue;
    if (scan.held(start, end) || scan.covered(start, end)) continue;
    scan.sites.push(makeSite(start, end, RING_RULE));
  }
}

/** A street's road word, with the side before it: 北路, 东大街, 大道, 胡同. */
const STREET_WORD = /[东西南北中]?(?:大街|大道|路|街|巷|胡同)/g;
/** Tags of a name before a road word: a place, another proper name (延安/ns, 中关村/ns, 滨江/ns). */
const STREET_STEM_TAG = /^(?:ns|nz)$/;
/** A character and a road word that make a common noun of ways, not a street's name: 铁路, 公路, 马路, 思路, 出路. */
const COMMON_WAY_WORD = new RegExp(`^(?:${COMMON_WAY_WORDS.join('|')})$`);
const STREET_RULE = 'street named by a place word';

/**
 * Streets whose name the segmenter tags as a place (延安东路, 中关村大街, 滨江大道): the whole word, or a place word
 * right before the road word. A common noun (马路, 高速公路), a verb (致富路) or a generic stem is no name, unless
 * the text says it is a street: an address (家住解放东路), a crossing (人民路与解放路交叉口), a pair with a street
 * found (天目山路与文三路). Two passes, so that the first of a pair is found from the second.
 */
export function taggedRoads(scan: SiteScan): void {
  const { text, b } = scan;
  if (!b) return;
  for (let pass = 0; pass < 2; pass++) {
    STREET_WORD.lastIndex = 0;
    for (let m = STREET_WORD.exec(text); m; m = STREET_WORD.exec(text)) {
      const p = m.index;
      const end = p + m[0].length;
      if (p < 2 || !b.at(end) || scan.held(p, end) || scan.covered(p, end)) continue;
      const start = streetStart(scan, p, end);
      if (start < 0) continue;
      const stem = text.slice(start, p);
      if (!CJK_STEM.test(stem) || NOT_IN_STEM.test(stem) || GENERIC_STEMS.has(stem) || GENERIC_WAY_STEMS.has(stem) || scan.held(start, p)) continue;
      // a country's name before a road word is a way, not a road (美国大道, 中国路)
      const lex = scan.index.names.get(stem)?.lex;
      if (lex && (lex.level === 'country' || lex.rule.endsWith('country'))) continue;
      scan.sites.push(makeSite(start, end, STREET_RULE));
    }
  }
}

/** Where a street's name starts before its road word at [p, end), or -1. */
function streetStart(scan: SiteScan, p: number, end: number): number {
  const { text } = scan;
  const b = scan.b as Boundaries;
  const ws = b.tokenStart(p);
  // the whole word a place (延安东路/ns), or a proper name whose stem alone reads as a name (王府井大街/nr;
  // not 金光大道/nz, 架桥铺路/nz); 铁路, 公路, 思路 end common nouns
  const whole = ws < p - 1 && b.tokenEnd(p) === end && end - ws <= 7;
  if (whole && COMMON_WAY_WORD.test(text.slice(p - 1, end))) return -1;
  // a verb or an adjective makes a way of doing things (致富路), unless the text says it is a street
  const plain = (from: number) => taggedAs(text.slice(from, p), NOT_ROAD_NAME);
  if (whole && wholeSiteWord(text.slice(ws, end), text.slice(ws, p)) && !plain(ws)) return ws;
  const ts = b.tokenStart(p - 1);
  if (!whole && b.at(p) && p - ts >= 2 && p - ts <= 4 && taggedAs(text.slice(ts, p), STREET_STEM_TAG)) return ts;
  const s = whole ? ws : b.at(p) ? stemBack(scan, p) : -1;
  if (s < 0 || p - s < 2 || p - s > 4) return -1;
  const said = ADDRESS_BEFORE.test(text.slice(Math.max(0, s - 3), s)) || CROSSING_AFTER.test(text.slice(end, end + 6));
  return said || pairedWithStreet(scan, s, end) ? s : -1;
}

/** The start of the 2–4 characters before p that may be a street's name: back to a mark, a particle, a place or a verb of address. */
function stemBack(scan: SiteScan, p: number): number {
  const { text } = scan;
  let s = p;
  while (s > 0 && p - s < 4 && /[\u4e00-\u9fff]/.test(text[s - 1]) && !NOT_IN_STEM.test(text[s - 1]) && !ADDRESS_BEFORE.test(text.slice(Math.max(0, s - 3), s)) && !scan.held(s - 1, s) && !scan.covered(s - 1, s)) s--;
  return p - s >= 2 && scan.b?.at(s) ? s : -1;
}

/** A street found right across a conjunction from [s, end): 人民路与解放路, 天目山路、文三路. */
function pairedWithStreet(scan: SiteScan, s: number, end: number): boolean {
  const isRoad = (x: Hit) => /road|street/.test(x.rule);
  const before = PAIR_MARK.test(scan.text[s - 1] ?? '') && [...scan.hits, ...scan.sites].some((x) => x.end === s - 1 && isRoad(x));
  const after = PAIR_MARK.test(scan.text[end] ?? '') && [...scan.hits, ...scan.sites].some((x) => x.start === end + 1 && isRoad(x));
  return before || after;
}

/** Words of address before a street: 家住, 位于, 行至. */
const ADDRESS_BEFORE = /(?:家住|住在|位于|地处|坐落于|坐落在|行至|驶入|驶离|驶上)$/;
/** Words of a crossing or a house number after a street: 交叉口, 交汇处, 十字路口, 88号. */
const CROSSING_AFTER = /^(?:交叉口|交汇处|交界处|十字路|路口|[0-9０-９]+号|[一二三四五六七八九十百]+号)/;
const PAIR_MARK = /[与和、及]/;

const CJK_STEM = /^[\u4e00-\u9fff]{2,6}$/;
/** Stems of metaphors and plain words before a road word (金光大道, 小康路): the transport finder's generic stems. */
const GENERIC_WAY_STEMS = new Set(GENERIC_TRANSPORT_STEMS.split(/\s+/).filter(Boolean));

/** Tags of a whole word that holds the head and names one site (北京西站/ns, 延安东路/ns; 大亚湾核电站/nt: no). */
const PLACE_WORD = /^ns$/;
const PROPER_WORD = /^(?:nz|nr)$/;
/** Tags of a stem that reads as a name alone (王府井/nr, 中关村/ns). */
const STEM_NAME = /^(?:ns|nz|nr|nrt|j)$/;

/**
 * The segmenter's whole word names one site: tagged a place, or a proper name whose stem alone reads as a name too
 * (jieba's nz also holds phrases: 过街天桥/nz, 架桥铺路/nz).
 */
export function wholeSiteWord(word: string, stem: string): boolean {
  return taggedAs(word, PLACE_WORD) || (taggedAs(word, PROPER_WORD) && taggedAs(stem, STEM_NAME));
}
