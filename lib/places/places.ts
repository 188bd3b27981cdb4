// Finds places in text and resolves them to GB/T 2260 units. Three passes:
// 1. dictionary: longest name at each position (gazetteer units, abroad, regions, sites), checked
//    against word boundaries and road / longer-name continuations;
// 2. rules: villages, townships and named sites not in the dictionary, shown by their suffix;
// 3. resolution: an ambiguous name takes the unit that fits the chain it stands in and the other
//    places of its article (dateline included); when nothing decides, it keeps its candidates.
import { chainOf, isWithin, type FormKind, type Gazetteer } from './gazetteer';
import { loadPlaceIndex, pairKey, type NameEntry, type PlaceIndex } from './lexicon';
import {
  SUFFIX_WORD,
  ADMIN_AFTER,
  CITY_AFTER,
  EVENT_AFTER,
  NEVER_SHORT,
  PORT_AFTER,
  VILLAGE_AFTER,
  GENERIC_LOCAL,
  RISKY_TWO_CHAR,
  STATE_AFTER,
  STRONG_SITE,
  COMMON_SHORT,
  DIRECTION_AFTER,
  NOT_AFTER_STRONG,
  GENERIC_STEMS,
  LOCAL_SUFFIX,
  NAME_CONTINUES,
  NOT_IN_STEM,
  ROAD_AFTER,
  SITE_SUFFIX,
  isPlainTownship,
  CREDIT_BEFORE,
  CREDIT_AFTER,
  ETHNIC_BEFORE,
  isPlainWordStem,
  BRAND_AFTER,
} from './rules';
import { boundariesOf, type Boundaries } from './boundaries';
import { COUNTRY_GLUED_BEFORE } from './data/rule-words';
import { joinBrokenLines } from './breaks';
import { riverSpans } from './rivers';
import { markSites } from './sites';
import { roadHit } from './roads';
import { longStemStart } from './minority';
import { unitsAbroad } from './abroad';
import { namesAfterGoingAbroad } from './abroad-going';
import { townshipsAfterTheirUnit } from './chained-townships';
import { cityAbbreviations } from './city-abbreviations';
import { inPersonName } from './people';
import { listedAirports, listedTownships, listedVillages } from './lists';
import { copyOffset, getSegmenter } from '../text';
import type { Article, PlaceEntity, PlaceLevelRef, UserLexicon } from '../types';

export interface Hit {
  start: number;
  end: number;
  entry?: NameEntry;
  /** Units this hit may mean, after filtering by form. */
  units: number[];
  kind: FormKind | 'lex' | 'rule' | 'user';
  level?: string;
  rule: string;
  /** A plain-word short form: kept only when a related place is near. */
  needsContext?: 'province' | 'city';
  resolved?: number;
  /** For a place outside the gazetteer: the unit it was named under (…彭阳县红河镇 + 黑牛沟村). */
  parent?: number;
}

/** Units under Hong Kong, Macao and Taiwan carry their region's two-digit code. */
const isHmt = (g: Gazetteer, u: number) => g.units[u].code.length === 2 && g.units[u].level !== 'province';

const SUFFIX_STARTS_WORD = /^(?:乡村|乡镇|乡亲|乡土|乡愁|村民|村委|村里|村级|村干|村庄|村落|镇村|镇上|镇里|镇级|街道办|社区居)/;

const LEVEL_RANK: Record<string, number> = { province: 0, city: 1, county: 2, township: 3, village: 4 };

const KIND_RANK: Record<string, number> = { full: 3, old: 2, short: 1 };
const ADMIN_SUFFIX = /(?:省|市|县|区|州|盟|旗|镇|乡|街道|地区)$/;
const CJK = /^[\u4e00-\u9fff]+$/;


/** Countries, regions, provinces and prefecture cities: names that keep their meaning heading longer words. */
function isStrong(entry: NameEntry, index: PlaceIndex): boolean {
  if (entry.lex) return true;
  const g = index.gazetteer;
  return entry.units.some((r) => g.units[r.unit].level === 'province' || (g.units[r.unit].level === 'city' && !isHmt(g, r.unit)));
}

/** The refs of an entry worth considering: the strongest form kind only (full beats short). */
function bestUnits(entry: NameEntry): { units: number[]; kind: FormKind } | null {
  if (!entry.units.length) return null;
  const top = Math.max(...entry.units.map((r) => KIND_RANK[r.kind]));
  const kind = entry.units.find((r) => KIND_RANK[r.kind] === top)!.kind;
  return { units: entry.units.filter((r) => r.kind === kind).map((r) => r.unit), kind };
}

/**
 * The full name's suffix starts a word of its own (北京|市区, 迭部|县城, 陕西|省直, 太原|市政工程) however the segmenter
 * cut it: the short name is the place. Not when what follows the suffix is a word itself (永兴县|城关镇, 南京市|话剧团,
 * 武汉市|民政局, 江西省|市场), nor for 内 / 外 (广东省内: within the province).
 */
function suffixStartsWord(text: string, end: number, after: string, b: Boundaries): boolean {
  if (!ADMIN_SUFFIX.test(text.slice(end - 1, end)) || /^[内外]/.test(after) || !SUFFIX_WORD.test(text.slice(end - 1, end + 3))) return false;
  const nextIsWord = b.tokenStart(end) === end && b.tokenEnd(end) - end >= 2;
  return !nextIsWord && !SUFFIX_WORD.test(text.slice(end, end + 3));
}

/** Words of the land that start with a mountain's, river's or lake's last character (山脚下, 江畔, 湖水). */
const LAND_WORD = /^(?:山(?:脚下|脚|顶|上|下|腰|麓|间|谷|口)|[江河湖](?:畔|边|岸|水|面|上|心)|海(?:边|面|上|域|岸))$/;

const COUNTRY_GLUED = new Set(COUNTRY_GLUED_BEFORE);
/** Verbs that 于 follows as a preposition of origin or place (来自于, 位于, 源于, 生于). */
const ORIGIN_VERB_BEFORE = /(?:来自|出自|位|源|生|始|处|坐落|发源|起源|产)$/;
/** A country's name in the lexicon (美国, 南非), not a region or a city. */
const isCountry = (entry: NameEntry) => !!entry.lex && entry.lex.rule.endsWith('country');

/** Checks a dictionary candidate at [start, end); returns the hit or null. */
function checkCandidate(text: string, start: number, end: number, entry: NameEntry, index: PlaceIndex, b: Boundaries | null, prevEnd: number): Hit | null {
  const name = text.slice(start, end);
  const after = text.slice(end, end + 3);
  const best = bestUnits(entry);
  const isFull = best?.kind === 'full' || best?.kind === 'old';
  const adminSuffix = isFull && ADMIN_SUFFIX.test(name);
  // a road named after a place is not the place but a place of its own: 上海市|山西北路, 长江路
  const road = !adminSuffix && ROAD_AFTER.exec(after);
  if (road) return roadHit(text, start, end + road[0].length, entry, b, prevEnd);
  if (EVENT_AFTER.test(after)) return null;
  // 本报新干讯, 新华社北京1月3日电: a dateline names a place whatever the segmenter says
  const dateline = /(?:本报|新华社|中新社|电讯|讯)$/.test(text.slice(Math.max(0, start - 3), start)) && /^(?:[讯电]|[0-9０-９一二三四五六七八九十]{1,3}月)/.test(after);
  // 中共北京市委, 中共江西省委: jieba reads the party committee as one word; the place inside it is a place
  const party = !!b && start >= 2 && text.slice(start - 2, start) === '中共' && b.tokenStart(start) === start - 2 && /^[省市区县州]?委/.test(text.slice(end, end + 2));
  const chained = start === prevEnd || dateline || party;
  // 254万山区人民: a number's magnitude, not 万山区
  // 1500台中: a measure word after a number, not 台中
  if (start > 0 && /^[万千百亿台个只位件条家座所名口头支辆艘架套批次]/.test(name) && /[0-9０-９一二三四五六七八九十两几]/.test(text[start - 1])) return null;
  if (b && adminSuffix && name.length > 2 && suffixStartsWord(text, end, after, b)) return null;
  if (b) {
    // 环渤海, 泛珠江: a one-character prefix glued to a sea or region
    const prefixed = !!entry.lex && start > 0 && /[环泛]/.test(text[start - 1]) && b.tokenStart(start) === start - 1;
    // 赴美国, 原苏联, 古埃及, 纳粹德国: jieba glues a short word before a country into one word that the country ends
    const countryGlued = isCountry(entry) && b.tokenEnd(start) === end && COUNTRY_GLUED.has(text.slice(b.tokenStart(start), start));
    // 来自于宜宾, 位于广州: jieba may glue the preposition 于 to a city or province after a verb of origin or place;
    // after such a verb 于 is no family name
    const gluedToYu = text[start - 1] === '于' && b.tokenStart(start) === start - 1 && b.tokenEnd(start) === end;
    const prepositionGlued = gluedToYu && isStrong(entry, index) && ORIGIN_VERB_BEFORE.test(text.slice(Math.max(0, start - 3), start - 1));
    if (!chained && !prefixed && !countryGlued && !prepositionGlued && !b.at(start)) return null;
    if (!dateline && !party && !b.at(end)) {
      const tokenStart = b.tokenStart(end - 1);
      // 宜春市委, 北京市政府: the full name's suffix starts the next word — unless that word is
      // 市场, 市区, 县城 … (南昌市场 is 南昌 + 市场); 于城镇居民 (城镇 glued inside) is no 于城镇
      const suffixLeads = adminSuffix && name.length > 2 && tokenStart === end - 1 && !SUFFIX_WORD.test(text.slice(end - 1, end + 2));
      // 中国国际广播电台, 美国银行: a well-known name may head a longer word
      // 美国波士顿大学: jieba reads the country, the city and the school as one word; the city after the country heads
      // the rest of that word as the country would
      const headOfWord = isStrong(entry, index) && (tokenStart === start || (start === prevEnd && tokenStart < start)) && !NOT_AFTER_STRONG.test(after);
      // 深圳盐田港: jieba knows the port as one word; the short name takes 港 in extend()
      // 山西省吕梁地区, 中国香港地区: jieba reads the chain and 地区 as one word; the name in it is a place all the same
      // (地区 stays out: the gazetteer's own 地区 units are full names, and 江门地区 is the area round 江门)
      const areaAfter = chained && text.startsWith('地区', end) && b.tokenEnd(end) === end + 2;
      // 钟山|脚下 read as 钟|山脚下, 鄱阳湖|畔 as 鄱阳|湖畔: the name's last character starts a word of the land
      const landLeads = tokenStart === end - 1 && LAND_WORD.test(text.slice(end - 1, b.tokenEnd(end - 1)));
      if (!suffixLeads && !headOfWord && !areaAfter && !landLeads && !(!isFull && tokenStart === start && PORT_AFTER.test(after) && b.tokenEnd(end - 1) === end + 1)) return null;
    }
  } else if (!isFull && NAME_CONTINUES.test(after)) {
    return null;
  } else if (adminSuffix && SUFFIX_WORD.test(text.slice(end - 1, end + 2))) {
    return null;
  }
  if (best?.kind === 'short' && NEVER_SHORT.has(name) && !entry.lex) return null;
  // a stem that is also a plain word, right after a verb or measure word of things, is the thing (种樟树, 一棵樟树)
  if (best?.kind === 'short' && start > 0 && /[种栽植砍伐养护卖买吃喝棵株颗片]/.test(text[start - 1]) && isPlainWordStem(index, name)) return null;
  if (best) {
    const g = index.gazetteer;
    const hit: Hit = { start, end, entry, units: best.units, kind: best.kind, rule: `gazetteer (${best.kind} name)` };
    if (RISKY_TWO_CHAR.test(name)) hit.needsContext = 'province';
    else if (isFull && best.units.every((u) => g.units[u].level === 'township') && isPlainTownship(name)) hit.needsContext = 'city';
    if (best.kind === 'short' && !entry.lex) {
      // county stems need a place of the same province nearby; plain-word ones (樟树, 清水) one of the same city
      const local = best.units.every((u) => g.units[u].level === 'county' || g.units[u].level === 'township');
      if (COMMON_SHORT.has(name)) hit.needsContext = 'city';
      else if (local) hit.needsContext = isPlainWordStem(index, name) || NAME_CONTINUES.test(after) || best.units.some((u) => isHmt(g, u)) ? 'city' : 'province';
    }
    return hit;
  }
  if (entry.lex) {
    // 珠江钢琴, 上海远东队: a river's or region's name heading a brand or a team names no place
    if ((entry.lex.level === 'site' || entry.lex.level === 'region') && BRAND_AFTER.test(text.slice(end, end + 5))) return null;
    // 东北 the region, not 东北部 or 东北风
    // (a country is no direction: 南非方面 is South Africa's side)
    if (/^[东西南北]/.test(name) && DIRECTION_AFTER.test(after) && !isCountry(entry)) return null;
    return { start, end, entry, units: [], kind: 'lex', level: entry.lex.level, rule: entry.lex.rule };
  }
  return null;
}

/** The hit grows by its one-character suffix and becomes a rule hit of its own (no gazetteer unit). */
function takeSuffix(hit: Hit, level: string, rule: string): void {
  hit.end += 1;
  hit.units = [];
  hit.needsContext = undefined;
  hit.kind = 'rule';
  hit.level = level;
  hit.rule = rule;
}

const PORT_RULE = 'suffix rule: port named after a place';

/** A short name that may stand for a prefecture-level city (宁波, 舟山), not a province. */
const namesCity = (hit: Hit, index: PlaceIndex) => hit.kind === 'short' && hit.units.some((u) => index.gazetteer.units[u].level === 'city');

/** Takes in a suffix the dictionary lacks: 邯郸县 (former county), 麦盖提乡, 刚果民主共和国, 马里兰州. */
function extend(text: string, hit: Hit, index: PlaceIndex, b: Boundaries | null): void {
  const g = index.gazetteer;
  const after = text.slice(hit.end, hit.end + 7);
  if (hit.kind !== 'full' && hit.kind !== 'old' && VILLAGE_AFTER.test(after) && (!b || b.at(hit.end + 1))) {
    // a village named after a place: 河西 + 村 → 河西村
    return takeSuffix(hit, 'village', 'suffix rule: village or township');
  }
  if ((hit.kind === 'short' || hit.kind === 'lex') && PORT_AFTER.test(after) && (!b || b.at(hit.end + 1))) {
    return takeSuffix(hit, 'site', PORT_RULE);
  }
  if (hit.kind === 'short') {
    const m = ADMIN_AFTER.exec(after);
    // a known full name here was already weighed and turned down (杭州市区 is 杭州 + 市区)
    if (!m || index.names.has(text.slice(hit.start, hit.end + m[0].length))) return;
    const suffix = m[0];
    hit.end += suffix.length;
    hit.needsContext = undefined;
    // 玉环 + 县 = the county-level unit under another suffix; 邯郸 + 县 or 麦盖提 + 乡 = a unit the gazetteer lacks
    const same = hit.units.filter((u) => g.units[u].level === 'county' && /[县市区旗]$/.test(g.units[u].name) && /[县市区旗]/.test(suffix));
    if (same.length) {
      hit.units = same;
      hit.rule = 'gazetteer (short name + former suffix)';
    } else {
      hit.units = [];
      hit.kind = 'rule';
      hit.level = /[乡镇]/.test(suffix) ? 'township' : /[县旗]/.test(suffix) ? 'county' : 'city';
      hit.rule = 'suffix rule: place name + admin suffix';
    }
  } else if (hit.kind === 'lex' && hit.level === 'region' && after.startsWith('地区')) {
    // 华东 + 地区: the region's name in full
    hit.end += 2;
  } else if (hit.kind === 'lex' && hit.level !== 'foreign' && /^[村乡镇](?![村镇])/.test(after)) {
    // a region's name reused by a village or township: 河西 + 村 → 河西村
    hit.end += 1;
    hit.kind = 'rule';
    hit.level = after[0] === '村' ? 'village' : 'township';
    hit.rule = 'suffix rule: village or township';
  } else if (hit.kind === 'lex' && hit.level === 'foreign') {
    const m = (hit.rule.endsWith('city') ? CITY_AFTER : STATE_AFTER).exec(after);
    if (m) hit.end += m[0].length;
  }
}

/** Pass 1: longest valid dictionary name at each position. */
function dictionaryHits(text: string, index: PlaceIndex, b: Boundaries | null, user: Map<number, string[]> | null): Hit[] {
  const hits: Hit[] = [];
  let prevEnd = -1;
  for (let i = 0; i < text.length; ) {
    const lens = i + 1 < text.length ? index.lengthsByPair.get(pairKey(text, i)) : undefined;
    let taken: Hit | null = null;
    const own = user && i + 1 < text.length ? user.get(pairKey(text, i)) : undefined;
    if (own) {
      for (const name of own) {
        if (text.startsWith(name, i) && (!taken || name.length > taken.end - taken.start)) {
          taken = { start: i, end: i + name.length, units: [], kind: 'user', level: 'site', rule: 'user lexicon' };
        }
      }
    }
    if (lens) {
      for (const len of lens) {
        if (i + len > text.length || (taken && len <= taken.end - taken.start)) continue;
        const entry = index.names.get(text.substr(i, len));
        if (!entry) continue;
        const hit = checkCandidate(text, i, i + len, entry, index, b, prevEnd);
        if (hit) {
          taken = hit;
          break;
        }
      }
    }
    if (taken) {
      // read before extend() takes 港 in and drops the units
      const cityBefore = text[taken.end] === '港' && namesCity(taken, index);
      extend(text, taken, index, b);
      const prev = hits.at(-1);
      // 宁波 + 舟山港: a port named after two cities is one site
      if (cityBefore && taken.rule === PORT_RULE && prev && prev.end === taken.start && namesCity(prev, index)) {
        Object.assign(prev, { end: taken.end, units: [], kind: 'rule', level: 'site', rule: 'suffix rule: port named after two cities', needsContext: undefined });
        prevEnd = i = prev.end;
        continue;
      }
      hits.push(taken);
      prevEnd = taken.end;
      i = taken.end;
    } else i++;
  }
  return hits;
}

/** Start of a 2–3 character stem ending at `end`, from tokens or from the place chained before it. */
function stemStart(text: string, end: number, b: Boundaries | null, covered: Uint8Array, prevHitEnd: number, strongSite: boolean, township = false): number {
  let s: number;
  if (!b) {
    // without tokens only a chain shows the stem: 樟树市洲上乡铜江村 — it starts where the previous place ends
    if (prevHitEnd < 0) return -1;
    s = prevHitEnd;
  } else if (!strongSite && chainGap(text, prevHitEnd, end, b)) {
    // right after a place (柘林镇|易家河村, 兴桥镇|钓源村) the whole gap is the stem, unless it is
    // one dictionary word (所有, 全县): then the rules below decide
    s = prevHitEnd;
  } else if (b.tokenStart(end) < end) {
    // the suffix is glued into a word (铜/江村, 黑牛/沟村, 农村): the stem is that word's head,
    // joined with what stands before it when the head is one character
    s = b.tokenStart(end);
    if (end - s === 1) {
      if (GENERIC_LOCAL.has(text.slice(s, b.tokenEnd(end)))) return -1;
      if (s > 0 && b.tokenStart(s - 1) === prevHitEnd && end - prevHitEnd <= 3) s = prevHitEnd;
      else if (s > 0 && b.tokenStart(s - 1) === s - 1) s -= 1;
    }
  } else {
    // the suffix stands alone: its stem must be a name jieba does not know, so split in single
    // characters (黑/牛/沟 + 村) or right after a place; a known word (主要, 加强) is no name —
    // except before a strong site suffix (柘林 + 水库)
    s = end;
    // never into the place chained before (兴桥镇|钓源村: 镇 is no part of the stem)
    // nor over a mark or a function word (。盱江镇, 的新泾乡: the stem is 盱江, 新泾)
    while (s > 0 && end - s < 3 && !covered[s - 1] && isStemChar(text[s - 1]) && b.tokenStart(s - 1) === s - 1) s -= 1;
    if (end - s < 2 && prevHitEnd >= 0 && end - prevHitEnd >= 2 && end - prevHitEnd <= 3) s = prevHitEnd;
    if (end - s < 2) {
      const word = b.tokenStart(end - 1);
      // a township may be named by a two-character word the segmenter knows as a place name (来自南岩镇),
      // never by a verb or plain noun (得知乡, 首富镇)
      const wordStem = township && end - word === 2 && !GENERIC_LOCAL.has(text.slice(end - 1, end + 1)) && validStem(text.slice(word, end)) && isPlaceWord(text.slice(word, end));
      if (!(strongSite || wordStem) || end - word < 2 || end - word > 4) return -1;
      s = word;
    }
  }
  if (end - s < 2 || end - s > (strongSite ? 4 : 3)) return -1;
  for (let k = s; k < end; k++) if (covered[k]) return -1;
  return s;
}

/** The segmenter tags this one word as a place name (南岩/ns, 太和/nz). */
function isPlaceWord(word: string): boolean {
  const tags = getSegmenter()?.tag?.(word);
  return tags?.length === 1 && /^(?:ns|nz)$/.test(tags[0].tag);
}

const isStemChar = (c: string) => CJK.test(c) && !NOT_IN_STEM.test(c);

/**
 * True when the 2–3 characters between a place and a suffix are a name of their own: not one dictionary
 * word (所有, 全县), no function word (果园镇的红花村), and the suffix not part of a generic word (广大农村).
 */
function chainGap(text: string, prevHitEnd: number, end: number, b: Boundaries): boolean {
  const gap = end - prevHitEnd;
  if (prevHitEnd < 0 || gap < 2 || gap > 3) return false;
  if (/[的和与及在是了为有、，。\s]/.test(text.slice(prevHitEnd, end))) return false;
  if (b.tokenStart(prevHitEnd) === prevHitEnd && b.tokenEnd(prevHitEnd) === end) return false;
  // 山村 / 新村 glued to the suffix still end a three-character name when two name characters stand
  // before them: 宝峰镇|毛竹山村 (毛竹 + 山村); 农村, 水乡, 集镇 stay generic (广大农村)
  const glued = b.tokenStart(end);
  const word = text.slice(glued, b.tokenEnd(end));
  return !GENERIC_LOCAL.has(word) || (gap === 3 && glued - prevHitEnd === 2 && NAME_ENDING_VILLAGE_WORD.test(word));
}

const NAME_ENDING_VILLAGE_WORD = /^(?:山村|新村)$/;

function validStem(stem: string, chained = false, listed = false): boolean {
  // a numeral starts a count (三个村, 五村) — but right after its township it starts a name (菖蒲乡五丰村),
  // and so does it in a list of names (五棵树镇八家子村)
  const counted = !listed && /^[第一二三四五六七八九十百千万几多数]/.test(stem) && !(chained && stem.length === 2 && !/[一二三四五六七八九十百千万几多数个户名家座所两些批点]/.test(stem[1]));
  return CJK.test(stem) && !/街道|社区|乡镇|城乡/.test(stem) && !NOT_IN_STEM.test(stem) && !GENERIC_STEMS.has(stem) && !GENERIC_STEMS.has(stem.slice(0, 2)) && !/[乡村镇]|城$/.test(stem) && !counted;
}

/**
 * Start of a village named as an item of a list (…乡八家户村、丰园村、黑岗子村，…镇高阳窝棚村、东山头村):
 * the whole item, 2–5 characters after a list mark or a place, before a list mark. -1 when not in a list.
 */
function listItemStart(text: string, p: number, end: number, covered: Uint8Array, endsAt: Map<number, Hit>): number {
  if (!/[、，；。,;]/.test(text[end] ?? '')) return -1;
  let s = p;
  for (;;) {
    // a short name inside the item (高阳 in 高阳窝棚村) is part of it
    const inner = endsAt.get(s);
    if (inner && inner.end === s && (inner.kind === 'short' || inner.kind === 'lex') && p - inner.start <= 5 && s < p) s = inner.start;
    else if (s > 0 && p - s < 6 && !covered[s - 1] && /[\u4e00-\u9fff]/.test(text[s - 1])) s--;
    else break;
  }
  const afterPlace = s > 0 && covered[s - 1] === 1;
  const afterMark = /[、，；：,;:]/.test(text[s - 1] ?? '');
  // a list goes on before this item: a mark with a village or township right before it
  const inList = afterMark && /[村乡镇场库]/.test(text[s - 2] ?? '');
  if (!(afterPlace || inList) || p - s < 2 || p - s > 5) return -1;
  return s;
}

/** Start of a village or community named right after 在 / 到 / 走进 / 来到 / 位于 (在红石板社区拆房工地), or -1. */
function afterPlacePreposition(text: string, p: number, covered: Uint8Array): number {
  // 在广大农村: a generic word ends the stretch, not a name
  if (GENERIC_LOCAL.has(text.slice(p - 1, p + 1))) return -1;
  for (let len = 2; len <= 4; len++) {
    const s = p - len;
    if (s < 1 || covered[s]) return -1;
    const stem = text.slice(s, p);
    if (/(?:在|到|走进|来到|位于|住在|家住)$/.test(text.slice(Math.max(0, s - 2), s)) && CJK.test(stem) && !NOT_IN_STEM.test(stem)) return s;
  }
  return -1;
}

/** Where a village's name starts when a list or a preposition bounds it, else -1 (then the stem rules decide). */
function namedVillageStart(text: string, p: number, end: number, covered: Uint8Array, endsAt: Map<number, Hit>): number {
  const listed = listItemStart(text, p, end, covered, endsAt);
  return listed >= 0 ? listed : afterPlacePreposition(text, p, covered);
}

/** Pass 2: villages, townships and sites shown by their suffix. */
function ruleHits(text: string, hits: Hit[], b: Boundaries | null, g: Gazetteer): Hit[] {
  const covered = new Uint8Array(text.length + 1);
  const endsAt = new Map<number, Hit>();
  for (const h of hits) {
    covered.fill(1, h.start, h.end);
    endsAt.set(h.end, h);
  }
  const found: Hit[] = [];
  const take = (re: RegExp, level: string, rule: string, siteMerge: boolean) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let p = m.index;
      const end = p + m[0].length;
      let suffix = m[0];
      // 畲族乡: the people's name belongs to the suffix, the stem stands before it
      if (!siteMerge && text[p - 1] === '族' && (suffix === '乡' || suffix === '镇')) {
        const people = ETHNIC_BEFORE.exec(text.slice(Math.max(0, p - 5), p));
        if (people) {
          p -= people[0].length;
          suffix = text.slice(p, end);
        }
      }
      if (covered[p] || covered[end - 1]) continue;
      // the suffix starts another word: 乡村, 村民, 镇上
      if (!b && !siteMerge && SUFFIX_STARTS_WORD.test(text.slice(p, p + 3))) continue;
      // the suffix must end a word: 村里, 镇上 and 湖北 are not names
      if (b && !b.at(end)) continue;
      const before = endsAt.get(p);
      // a named site after a short place name takes it in: 南昌 + 高新区 → 南昌高新区
      if (siteMerge && before) {
        found.push({ start: before.start, end, units: [], kind: 'rule', level, rule, resolved: undefined });
        before.end = -1; // dropped below
        covered.fill(1, before.start, end);
        continue;
      }
      // a short place name and one more character name the site: 东江 + 源 + 产业园 → 东江源产业园
      const near = siteMerge ? endsAt.get(p - 1) : undefined;
      if (near && near.end === p - 1 && (near.kind === 'short' || near.kind === 'lex') && near.level !== 'foreign' && isStemChar(text[p - 1]) && !covered[p - 1]) {
        found.push({ start: near.start, end, units: [], kind: 'rule', level, rule });
        near.end = -1;
        covered.fill(1, near.start, end);
        continue;
      }
      const prevPlace = endsAt.size ? nearestEnd(endsAt, p) : -1;
      const listed = siteMerge || !/^(?:村|社区)$/.test(suffix) ? -1 : namedVillageStart(text, p, end, covered, endsAt);
      const long = siteMerge || !/^[乡镇村]$/.test(suffix) ? -1 : longStemStart(text, p, endsAt, covered, g, found);
      const s = long >= 0 ? long : listed >= 0 ? listed : stemStart(text, p, b, covered, prevPlace, STRONG_SITE.test(suffix), !siteMerge && /[乡镇]$/.test(suffix));
      if (s < 0) continue;
      const stem = text.slice(s, p);
      // 28条河湖, 3座水库: a measure word after a number counts things, it starts no name
      if (/^[条个座所家处片只位名]/.test(stem) && /[0-9０-９一二三四五六七八九十两几多]/.test(text[s - 1] ?? '')) continue;
      // (a transliterated name was checked by its own rule: 阔依其 holds 其, which no Han stem does)
      if (!(long >= 0 || validStem(stem, s === prevPlace || listed >= 0, listed >= 0)) || GENERIC_LOCAL.has(text.slice(s, end))) continue;
      // a short name the item took in is no place of its own
      if (listed >= 0)
        for (let at = s + 1; at <= p; at++) {
          const inner = endsAt.get(at);
          if (inner && inner.start >= s) inner.end = -1;
        }
      // 背井离乡, 思念家乡, 上山下乡: one word of the segmenter that ends in a generic local word is a phrase, no name
      if (b && !siteMerge && end - s >= 4 && b.tokenStart(s) === s && b.tokenEnd(s) === end && GENERIC_LOCAL.has(text.slice(end - 2, end)) && !/^(?:新村|山村|渔村)$/.test(text.slice(end - 2, end))) continue;
      const kind = siteMerge ? level : /^街|[乡镇]$/.test(suffix) ? 'township' : 'village';
      // 南昌 + 昌北 + 国际机场: a site's name keeps the short place name before it
      const head = siteMerge ? endsAt.get(s) : undefined;
      if (head && head.end === s && (head.kind === 'short' || head.kind === 'lex')) {
        found.push({ start: head.start, end, units: [], kind: 'rule', level: kind, rule });
        head.end = -1;
        covered.fill(1, head.start, end);
        continue;
      }
      found.push({ start: s, end, units: [], kind: 'rule', level: kind, rule });
      covered.fill(1, s, end);
    }
  };
  take(LOCAL_SUFFIX, 'local', 'suffix rule: village or township', false);
  take(SITE_SUFFIX, 'site', 'suffix rule: named site', true);
  for (const [start, end] of riverSpans(text, b, covered)) found.push({ start, end, units: [], kind: 'rule', level: 'site', rule: 'river named before 水质 / 流域 / 两岸…' });
  return found;
}

/** End offset of the place hit that ends within 4 characters before p, or -1. */
function nearestEnd(endsAt: Map<number, Hit>, p: number): number {
  for (let e = p - 2; e >= p - 4; e--) if (endsAt.has(e) && endsAt.get(e)!.end === e) return e;
  return -1;
}

/** A photographer's or reporter's name in a credit line (记者陈天湖摄), whatever it looks like. */
const isCredit = (text: string, h: Hit) => CREDIT_AFTER.test(text.slice(h.end, h.end + 4)) && CREDIT_BEFORE.test(text.slice(Math.max(0, h.start - 6), h.start));

/** Pass 3: picks one unit per hit from the chain and the article's other places. */
function resolve(text: string, hits: Hit[], articles: Article[], g: Gazetteer, index: PlaceIndex): void {
  const articleOf = (pos: number) => {
    for (let k = 0; k < articles.length; k++) if (pos >= articles[k].start && pos < articles[k].end) return k;
    return -1;
  };
  const groups = new Map<number, Hit[]>();
  for (const h of hits) {
    const k = articleOf(h.start);
    const list = groups.get(k);
    if (list) list.push(h);
    else groups.set(k, [h]);
  }
  for (const [k, group] of groups) {
    // context: the units already certain in this article, and the dateline's place
    const sure: number[] = [];
    for (const h of group) if (h.units.length === 1) sure.push((h.resolved = h.units[0]));
    const dateline = k >= 0 ? articles[k].datelinePlace : undefined;
    if (dateline) {
      const entry = index.names.get(dateline);
      if (entry?.units.length === 1) sure.push(entry.units[0].unit);
    }
    for (let pass = 0; pass < 2; pass++) {
      group.forEach((h, n) => {
        if (h.resolved !== undefined || h.units.length < 2) return;
        const prev = n > 0 && group[n - 1].end === h.start ? group[n - 1].resolved : undefined;
        const scored = h.units.map((u) => {
          let score = 0;
          if (prev !== undefined && prev !== u && isWithin(g, u, prev)) score += 100;
          for (const s of sure) {
            // another mention of one of this name's own units says nothing about which is meant
            if (h.units.includes(s)) continue;
            if (isWithin(g, u, s)) score += 10;
            else if (g.units[s].code.slice(0, 4) === g.units[u].code.slice(0, 4)) score += 4;
            else if (g.units[s].code.slice(0, 2) === g.units[u].code.slice(0, 2)) score += 2;
          }
          return { u, score };
        });
        // a name shared by a unit and its own parent (红河 州 and 县) means the larger one
        const ancestors = scored.filter((x) => h.units.some((o) => o !== x.u && isWithin(g, o, x.u)));
        if (ancestors.length === 1) ancestors[0].score += 1;
        // a short name means the province or prefecture rather than a district of the same name
        // (西安 市 not 西安区 of 辽源; 河南 省 not 河南县) unless context says otherwise
        if (h.kind === 'short') {
          const top = Math.min(...scored.map((x) => LEVEL_RANK[g.units[x.u].level]));
          const highest = scored.filter((x) => LEVEL_RANK[g.units[x.u].level] === top);
          if (highest.length === 1 && top <= 1) highest[0].score += 1;
        }
        scored.sort((a, b) => b.score - a.score);
        if (scored[0].score > 0 && scored[0].score > (scored[1]?.score ?? -1)) {
          h.resolved = scored[0].u;
          sure.push(h.resolved);
        }
      });
    }
    // a place the gazetteer lacks hangs under the unit named right before it
    group.forEach((h, n) => {
      const prev = group[n - 1];
      if (n > 0 && !h.units.length && h.kind === 'rule' && prev.end === h.start && prev.resolved !== undefined) h.parent = prev.resolved;
    });
    // plain-word stems stay only beside a related place (樟树市 … 樟树 yes; 种樟树 no)
    for (const h of group) {
      if (!h.needsContext) continue;
      const width = h.needsContext === 'city' ? 4 : 2;
      const related = h.units.some((u) =>
        group.some((o) => !o.needsContext && o.resolved !== undefined && o.end > 0 && ((isWithin(g, u, o.resolved) && !(width === 4 && g.units[o.resolved].level === 'province' && (isHmt(g, u) || h.units.length > 1))) || (g.units[o.resolved].code.length >= width && g.units[o.resolved].code.slice(0, width) === g.units[u].code.slice(0, width)))),
      );
      if (!related && !besideSibling(h, group, g) && !inListOfPlaces(text, h, group)) h.end = -1;
    }
  }
}

/** List marks that join names of one kind: 哈尔滨、延吉、沈阳. */
const LIST_MARK = /^[、]$/;
const DIRECTION_WORD = /^(?:[东西南北中]部|[东西南北]方|[东西南北]面)$/;

/**
 * A short name standing as an item of a list whose next or previous item is a place found without doubt (哈尔滨、延吉、
 * 沈阳; 大庆、扶余、黄骅): the items of one list are things of one kind, so the list is its context. Not for a stem that
 * is a word of direction (南部: 青海南部、西藏中部 lists parts of places).
 */
function inListOfPlaces(text: string, h: Hit, group: Hit[]): boolean {
  if (DIRECTION_WORD.test(text.slice(h.start, h.end))) return false;
  return group.some(
    (o) =>
      o !== h &&
      o.end > 0 &&
      !o.needsContext &&
      ((o.end === h.start - 1 && LIST_MARK.test(text[h.start - 1])) || (o.start === h.end + 1 && LIST_MARK.test(text[h.end]))),
  );
}

/**
 * Two county stems of one prefecture named together (张北－尚义, 顺德、南海) vouch for each other: by chance two
 * different names rarely fall in the same prefecture. Plain-word stems (樟树, 清水) do not vouch.
 */
function besideSibling(h: Hit, group: Hit[], g: Gazetteer): boolean {
  if (h.needsContext !== 'province') return false;
  return group.some(
    (o) =>
      o !== h &&
      o.end > 0 &&
      o.needsContext === 'province' &&
      o.entry !== h.entry &&
      Math.abs(o.start - h.start) <= 30 &&
      o.units.some((v) => h.units.some((u) => g.units[u].code.slice(0, 4) === g.units[v].code.slice(0, 4))),
  );
}

function toEntity(text: string, h: Hit, g: Gazetteer): PlaceEntity {
  const e: PlaceEntity = { type: 'place', start: h.start, end: h.end, text: text.slice(h.start, h.end), rule: h.rule };
  if (h.resolved !== undefined) {
    const u = g.units[h.resolved];
    e.name = u.name;
    e.code = u.code;
    e.level = u.level;
    e.chain = chainOf(g, h.resolved);
  } else if (h.units.length > 1) {
    e.candidates = h.units.map((u): PlaceLevelRef[] => chainOf(g, u));
  } else if (h.level) {
    e.level = h.level;
    e.name = e.text;
    if (h.parent !== undefined) e.chain = [...chainOf(g, h.parent), { name: e.text, code: '', level: h.level }];
  }
  return e;
}

const userCache = new WeakMap<UserLexicon, Map<number, string[]>>();

/** The reader's places by their first two characters. */
function userIndex(lexicon: UserLexicon): Map<number, string[]> {
  const byPair = new Map<number, string[]>();
  for (const p of lexicon.places ?? []) {
    if (p.length < 2) continue;
    const key = pairKey(p, 0);
    byPair.set(key, [...(byPair.get(key) ?? []), p]);
  }
  return byPair;
}

/** Finds and resolves places. Articles give context for disambiguation. */
export function findPlaces(text: string, articles: Article[], lexicon?: UserLexicon): PlaceEntity[] {
  const joined = joinBrokenLines(text, new Set(articles.map((a) => a.start)));
  const map = joined.toOriginal;
  if (!map) return findIn(text, articles, lexicon);
  // a place split by a line break: find in the joined text, report in the original (text keeps the break)
  const moved = articles.map((a) => ({ ...a, start: copyOffset(map, a.start), end: copyOffset(map, a.end) }));
  return findIn(joined.text, moved, lexicon).map((e) => {
    const start = map[e.start];
    const end = map[e.end - 1] + 1;
    return { ...e, start, end, text: text.slice(start, end) };
  });
}

function findIn(text: string, articles: Article[], lexicon?: UserLexicon): PlaceEntity[] {
  const index = loadPlaceIndex();
  const g = index.gazetteer;
  let user: Map<number, string[]> | null = null;
  if (lexicon?.places?.length) {
    user = userCache.get(lexicon) ?? userIndex(lexicon);
    userCache.set(lexicon, user);
  }
  const b = boundariesOf(text);
  const sited = markSites(text, dictionaryHits(text, index, b, user), b, index);
  const abroad = unitsAbroad(text, sited);
  abroad.push(...namesAfterGoingAbroad(text, [...sited, ...abroad], b));
  // (a unit abroad may take in a hit before it: that hit's end is -1 now)
  const hits = [...sited, ...abroad].filter((h) => h.end > 0).sort((x, y) => x.start - y.start);
  const extra = ruleHits(text, hits, b, g);
  const personal = (h: Hit) => isCredit(text, h) || inPersonName(text, h, [...hits, ...extra]);
  const found = [...hits.filter((h) => h.end > 0 && !personal(h)), ...extra.filter((h) => !personal(h))];
  // names a list shows: airports before the last one's 机场, villages before 等村
  const listed = [...listedAirports(text, found), ...listedVillages(text, found)];
  const all = [...found, ...listed].sort((x, y) => x.start - y.start);
  resolve(text, all, articles, g, index);
  // township short names before 等乡镇 need the article's counties, known once the rest is resolved
  const townships = listedTownships(text, all, articles, g);
  townships.push(...townshipsAfterTheirUnit(text, [...all, ...townships], articles, g, b));
  townships.push(...cityAbbreviations(text, [...all, ...townships], articles, g, b));
  return [...all, ...townships]
    .filter((h) => h.end > 0)
    .sort((x, y) => x.start - y.start)
    .map((h) => toEntity(text, h, g));
}
