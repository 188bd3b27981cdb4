// Named transport sites and waters that work as locations (issue #10): ring roads (北三环, 二环路) and streets
// (roads.ts), bridges (杭州湾跨海大桥), tunnels (延安东路隧道), highways (甬金高速公路), stations (西直门地铁站, 北京西站),
// bays (大亚湾), new towns (郑东新城) and rivers jieba knows whole (黄浦江). A site is a name and a head word; the name
// is, strongest evidence first:
// 1. a place or road already found ending right at the head (延安东路 + 隧道: the whole name wins, the road goes in);
// 2. the segmenter's whole word, tagged a place (北京西站/ns), or its word before the head tagged a name (西直门/ns);
// 3. a name jieba cut into single characters, guessed back by its tagger (卢/浦 → 卢浦/x + 大桥);
// 4. for highways and bridges, a run of place abbreviations (沪杭, 甬金, 京港澳, 港珠澳).
// Guards keep generic phrases out: a stem of the generic list (城市新城, 这座桥), a head right before a company word
// (路桥公司), a head inside a longer name (台湾), a plain head (桥, 湾) after anything weaker than a place word.
// Railways are left out (see data/transport-heads.ts).
import type { Boundaries } from './boundaries';
import type { Hit } from './places';
import { NOT_IN_STEM } from './rules';
import { CJK, makeSite, taggedAs, type SiteScan } from './site-hit';
import { getSegmenter } from '../text';
import {
  CONNECTOR_HEADS,
  GENERIC_TRANSPORT_STEMS,
  PLACE_ABBREVIATIONS,
  PLAIN_BRIDGE_KINDS,
  RIVER_HEADS,
  TRANSPORT_COMPANY_AFTER,
  TRANSPORT_HEADS,
  WEAK_HEADS,
} from './data/transport-heads';
import { ringRoads, taggedRoads, wholeSiteWord } from './roads';
import { GENERIC_RIVERS } from './data/rule-words';

const HEADS = new RegExp(`(?:${TRANSPORT_HEADS.join('|')})`, 'g');
const COMPANY = new RegExp(`^(?:${TRANSPORT_COMPANY_AFTER.join('|')})`);
const CONNECTOR = new Set(CONNECTOR_HEADS);
/** A village or township suffix after the head: the head is inside its name (南山湾村, 大桥镇). */
/** Heads a town alone does not name one of: it has many (深圳高速公路, 广州快速路). */
const ROAD_OF_TOWN = /^(?:高速公路|高速|快速路|高架路)$/;
const NAME_GOES_ON = /^(?:[村镇乡屯]|社区|街道)/;
const FAST_GROWTH = /^(?:发展|增长|运转|运行|推进|前进|扩张|上升|攀升|成长|普及|行驶|列车|动车|铁路|磁浮|旋转|发动)/;
const WEAK = new Set(WEAK_HEADS);
const RIVER = new Set(RIVER_HEADS);
const GENERIC_RIVER = new Set(GENERIC_RIVERS);
const PLACE_WORD = /^ns$/;
/** Titles before a person's name and words after one (副市长阳安江, 阳安江说). */
const PERSON_BEFORE = /(?:长|书记|主任|委员|记者|同志|教授|主席|经理|代表|总监|干部|老师)$/;
const PERSON_AFTER = /^(?:同志|先生|女士|说|表示|指出|介绍|认为|告诉|等人)/;
const ABBREVIATION = new Set(PLACE_ABBREVIATIONS.split(/\s+/).filter(Boolean));
const GENERIC = new Set(GENERIC_TRANSPORT_STEMS.split(/\s+/).filter(Boolean));
/** Tags of a name before a strong head: place, other proper name, organization, abbreviation, or a word jieba guessed. */
const NAME_TAG = /^(?:ns|nz|nt|j|x|nr|nrt)$/;
/** Tags of a name before a weak head (桥, 湾, 西站): a place word only. */
const PLACE_TAG = /^(?:ns|nz)$/;
/** Tags of a name the tagger guessed over single characters: a guessed word, a place, a proper name. */
const GUESSED_TAG = /^(?:x|ns|nz|nr|nrt)$/;
const PLAIN_BRIDGE = new RegExp(`[${PLAIN_BRIDGE_KINDS}]`);
const RULE = 'transport site: name + head word';

/** Finds ring roads, tagged streets and the transport sites named before a head word; adds them to the scan. */
export function transportSites(scan: SiteScan): void {
  const { text, b } = scan;
  if (!b || !getSegmenter()?.tag) return;
  ringRoads(scan);
  taggedRoads(scan);
  HEADS.lastIndex = 0;
  for (let m = HEADS.exec(text); m; m = HEADS.exec(text)) {
    const p = m.index;
    const e = p + m[0].length;
    const head = m[0];
    if (!b.at(e) || COMPANY.test(text.slice(e, e + 4)) || NAME_GOES_ON.test(text.slice(e, e + 2))) continue;
    // 高速 before a verb of growth is an adverb (京津冀高速发展), no highway
    if (head === '高速' && FAST_GROWTH.test(text.slice(e, e + 2))) continue;
    // a head inside a longer name already found (台湾, 港珠澳大桥 found whole) is no head
    if (scan.hits.some((h) => !scan.taken.has(h) && h.start < p && h.end > p) || scan.sites.some((s) => s.start < p && s.end > p)) continue;
    const start = RIVER.has(head) ? riverStart(scan, p, e) : nameStart(scan, p, e, head);
    if (start < 0) continue;
    // a name the segmenter showed may have its town glued before it (上海 + 虹桥 + 火车站); a road or place found
    // first is named on its own (上海 | 延安东路隧道), as a road after its town is
    const named = scan.sites.some((x) => x.start === start) || scan.hits.some((h) => h.start === start && !scan.taken.has(h));
    place(scan, named ? start : townBefore(scan, start), e);
  }
}

/** The start of a river's name that jieba knows whole as a place word (黄浦江/ns), or -1. */
function riverStart(scan: SiteScan, p: number, e: number): number {
  const b = scan.b as Boundaries;
  const ws = b.tokenStart(p);
  const word = scan.text.slice(ws, e);
  if (b.tokenEnd(p) !== e || word.length < 3 || word.length > 4 || GENERIC_RIVER.has(word) || !CJK.test(word)) return -1;
  // jieba reads some people's names as rivers (副市长阳安江): a title before or a verb of saying after is a person;
  // a lone character glued before is the start of a longer transliterated name (普拉 + 塔诺河)
  const { text } = scan;
  if (PERSON_BEFORE.test(text.slice(Math.max(0, ws - 4), ws)) || PERSON_AFTER.test(text.slice(e, e + 2))) return -1;
  if (ws > 0 && b.tokenStart(ws - 1) === ws - 1 && /[\u4e00-\u9fff]/.test(text[ws - 1]) && !NOT_IN_STEM.test(text[ws - 1])) {
    // the tagger, reading the characters before too, still keeps the river apart (受 + 南盘江, 抵 + 大渡河)
    const from = Math.max(0, ws - 3);
    const tokens = getSegmenter()?.tag?.(text.slice(from, e)) ?? [];
    if (tokens[tokens.length - 1]?.start !== ws - from) return -1;
  }
  return taggedAs(word, PLACE_WORD) && goodStem(word.slice(0, -1)) ? ws : -1;
}

/** Where the site's name starts before the head at [p, e), or -1 when nothing before it is a name. */
function nameStart(scan: SiteScan, p: number, e: number, head: string): number {
  const { text, b } = scan;
  const weak = WEAK.has(head);
  // 1. a road or site made before, or a place found, ending at the head
  const site = scan.sites.find((s) => s.end === p);
  if (site) return site.start;
  const hit = scan.hits.find((h) => !scan.taken.has(h) && h.end === p && h.start < p);
  if (hit) {
    // 京 + 港澳 + 高速公路: the region found is the tail of a longer run of abbreviations
    const run = CONNECTOR.has(head) ? abbreviationRun(scan, p) : p;
    return run < hit.start && hit.kind === 'lex' ? run : hitStart(scan, hit, head);
  }
  // 2. the whole word holds the head and is tagged a place (北京西站, 中关村大街 are found as roads)
  const bb = b as Boundaries;
  const ws = bb.tokenStart(p);
  // a lone character glued before a weak head's name leaves the name a fragment of a longer one (科 + 托尔湾)
  const glued = (at: number) => at > 0 && bb.tokenStart(at - 1) === at - 1 && /[\u4e00-\u9fff]/.test(text[at - 1]) && !NOT_IN_STEM.test(text[at - 1]);
  if (ws < p - 1 && bb.tokenEnd(p) === e && e - ws <= 9 && !(weak && glued(ws)) && CJK.test(text.slice(ws, e)) && wholeSiteWord(text.slice(ws, e), text.slice(ws, p))) {
    if (goodStem(text.slice(ws, p)) && !(head === '桥' && PLAIN_BRIDGE.test(text[p - 1]))) return ws;
  }
  // 3. the segmenter's word before the head, or a word that took in the head's first character (郑东新/nr 城/n):
  // the stem alone must still read as a name
  const ts = bb.at(p) ? bb.tokenStart(p - 1) : head.length > 1 && bb.tokenEnd(p) < e ? ws : p;
  const word = text.slice(ts, p);
  const fragment = glued(ts);
  // a street's name cut after its first character (打 + 浦路 + 隧道, 翔 + 殷路): the character goes in
  if (fragment && !weak && p - ts === 2 && /[路街]$/.test(word) && goodStem(text.slice(ts - 1, p))) return ts - 1;
  if (p - ts >= 2 && p - ts <= 5 && !(fragment && weak) && goodStem(word) && taggedAs(word, weak ? PLACE_TAG : NAME_TAG) && !(head === '桥' && PLAIN_BRIDGE.test(text[p - 1]))) {
    // 京 + 港澳/j + 高速公路: the word is the tail of a longer run of abbreviations
    return CONNECTOR.has(head) ? Math.min(ts, abbreviationRun(scan, p)) : ts;
  }
  // 4. a name the dictionary does not hold, cut into single characters (钱/江 + 新城, 卢/浦 + 大桥): the tagger,
  // with its guesser on, reads the characters before the head as one name
  if (!weak && bb.at(p)) {
    const guessed = guessedName(scan, p);
    if (guessed >= 0) return CONNECTOR.has(head) ? Math.min(guessed, abbreviationRun(scan, p)) : guessed;
  }
  // 5. a run of place abbreviations naming the places a highway or railway joins (沪杭, 甬金, 杭金衢)
  if (CONNECTOR.has(head)) {
    const s = abbreviationRun(scan, p);
    if (p - s >= 2) return s;
  }
  return -1;
}

/** The start of a 2–4 character name the tagger guesses right before p (a word tagged x or a name), or -1. */
function guessedName(scan: SiteScan, p: number): number {
  const { text } = scan;
  let from = p;
  while (from > 0 && p - from < 5 && /[\u4e00-\u9fff]/.test(text[from - 1]) && !NOT_IN_STEM.test(text[from - 1]) && !scan.held(from - 1, from) && !scan.covered(from - 1, from)) from--;
  if (p - from < 2) return -1;
  const tokens = getSegmenter()?.tag?.(text.slice(from, p)) ?? [];
  const last = tokens[tokens.length - 1];
  if (!last || last.word.length < 2 || last.word.length > 4 || !GUESSED_TAG.test(last.tag)) return -1;
  let start = from + last.start;
  // a street's name guessed without its first character (翔/nr + 殷路/x): the character goes in
  const prev = tokens[tokens.length - 2];
  if (last.word.length === 2 && /[路街]$/.test(last.word) && prev?.word.length === 1 && !NOT_IN_STEM.test(prev.word)) start--;
  return goodStem(text.slice(start, p)) && scan.b?.at(start) !== false ? start : -1;
}

/** The start of a run of 2–4 place abbreviations ending at p that starts a word (沪杭, 京港澳), else p. */
function abbreviationRun(scan: SiteScan, p: number): number {
  const { text, b } = scan;
  let s = p;
  while (s > 0 && p - s < 4 && ABBREVIATION.has(text[s - 1])) s--;
  return p - s >= 2 && b?.at(s) && !GENERIC.has(text.slice(s, p)) ? s : p;
}

/**
 * The start of a site whose name ends with a hit: a short name, a region, a road or a site goes in whole
 * (杭州湾 + 跨海大桥, 南京 + 长江大桥, 延安东路 + 隧道); a unit named in full (杭州市) or a province stays a place
 * of its own and names no site alone (浙江高速公路 is a kind of road there).
 */
function hitStart(scan: SiteScan, hit: Hit, head: string): number {
  if (hit.kind === 'full' || hit.kind === 'old' || hit.kind === 'user') return -1;
  if (hit.kind === 'lex' && (hit.level === 'country' || hit.rule.endsWith('country'))) return -1;
  const g = scan.index.gazetteer;
  const province = hit.units.filter((u) => g.units[u].level === 'province');
  // a province names a kind of road there (浙江高速公路); a city under the state names its own stations (北京西站)
  if (province.length && (CONNECTOR.has(head) || province.some((u) => !g.units[u].name.endsWith('市')))) return -1;
  // one town before a highway names the town's highways (深圳高速公路); its ring highway is one road (杭州绕城高速)
  if (ROAD_OF_TOWN.test(head) && hit.units.length) return -1;
  return hit.start;
}

/** A stem that may name a site: Chinese characters, no particle or pronoun inside, not a generic word. */
function goodStem(stem: string): boolean {
  // 五大新城, 两座大桥: a count of sites, not a name
  if (/^[一二三四五六七八九十两几多数][大个座条项批片]/.test(stem)) return false;
  return CJK.test(stem) && !NOT_IN_STEM.test(stem) && !GENERIC.has(stem) && !GENERIC.has(stem.slice(-2));
}

/** Adds the site [start, end): hits and sites inside it go in. */
function place(scan: SiteScan, start: number, end: number): void {
  if (scan.hits.some((h) => !scan.taken.has(h) && h.start < start && h.end > start)) return;
  // a site crossing an edge stays as it is; one inside goes into the longer name
  if (scan.sites.some((s) => s.start < end && start < s.end && (s.start < start || s.end > end))) return;
  for (let k = scan.sites.length - 1; k >= 0; k--) if (scan.sites[k].start >= start && scan.sites[k].end <= end) scan.sites.splice(k, 1);
  for (const h of scan.inside(start, end)) scan.taken.add(h);
  scan.sites.push(makeSite(start, end, RULE));
}

/**
 * The start of a town's short name glued right before a site's name, as an airport keeps it (上海 + 虹桥火车站);
 * a unit named in full (杭州市) or a province stays a place of its own. `start` itself when there is none.
 */
function townBefore(scan: SiteScan, start: number): number {
  const g = scan.index.gazetteer;
  const town = scan.hits.find((h) => !scan.taken.has(h) && h.end === start && h.kind === 'short');
  if (!town || town.units.some((u) => g.units[u].level === 'province' && !g.units[u].name.endsWith('市'))) return start;
  return town.start;
}
