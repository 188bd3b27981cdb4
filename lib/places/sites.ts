// Named sites no administrative gazetteer holds (满洲里口岸, 塔里木盆地, 八达岭长城, 西昌卫星发射中心, 周庄古镇):
// a name right before a site head makes one site with it. The evidence, strongest first:
// 1. the segmenter knows the whole site as one word and tags it a name (八达岭长城/ns, 大庆油田/nz);
// 2. a place the dictionary found, or a name it holds, stands right before the head (满洲里 + 口岸);
// 3. a stem the segmenter tags as a name stands before one of the strongest heads (周庄/nr + 古镇).
// A head followed by a company word (长城汽车, …油田有限责任公司) makes no site: a company is no place.
import type { Boundaries } from './boundaries';
import type { PlaceIndex } from './lexicon';
import type { Hit } from './places';
import { getSegmenter } from '../text';
import { GENERIC_STEMS, NOT_IN_STEM, isPlainWordStem } from './rules';
import { COMPANY_AFTER, HEADS_AFTER_PROVINCE, HEADS_AFTER_STEM, NATURE_HEADS, SITE_HEADS } from './data/site-words';

const HEAD_AT = new RegExp(`^(?:${SITE_HEADS.join('|')})`);
const HEADS = new RegExp(`(?:${SITE_HEADS.join('|')})`, 'g');
const COMPANY = new RegExp(`^(?:${COMPANY_AFTER.join('|')})`);
const PROVINCE_HEAD = new Set(HEADS_AFTER_PROVINCE);
const STEM_HEAD = new Set(HEADS_AFTER_STEM);
const NATURE_HEAD = new Set(NATURE_HEADS);
/** Tags of a whole-site word: place, other proper name, organization (西昌卫星发射中心/nt). */
const SITE_WORD_TAG = /^(?:ns|nz|nt)$/;
/** Tags of a stem that names a site: jieba reads unknown place stems as people's names too (周庄/nr). */
const STEM_TAG = /^(?:ns|nz|nr|nrt)$/;
const CJK = /^[\u4e00-\u9fff]+$/;
const RULE = 'site rule: name + site word';
const PASS_RULE = 'site rule: mountain pass';
/** Verbs after which a place is named: going there, coming from there, lying there. */
const GOING = /(?:来到|位于|地处|坐落于|坐落在|走进|前往|抵达|途经|游览|到达|飞抵|赶赴|奔赴|来自)/g;
/** A road's name of 2–4 characters, a direction, and the road word: 五一路, 劳动北路, 中央大街. */
const ROAD_AHEAD = /^[\u4e00-\u9fff]{2,4}?([东西南北中]?)(路|大街|大道)/;
/** Words ending in 关 that end longer words jieba tags ns without their being passes (直属机关, 入口关, 年关). */
const COMMON_GUAN = /^[机海难相攻把通公开闯过玄口无有至税边城年]关$/;
/** Tags of a whole word ending in 路 that is a common noun, not a road's name (高速公路/n, 环城路/n). */
const COMMON_WAY = /^(?:n|vn|v|a|l|i)$/;
/** Tags of a stem that makes a way of doing things, not a road's name (致富路; 劳动北路 and 人民路 stay: a verbal noun, a noun). */
const NOT_ROAD_NAME = /^(?:v|vd|a|ad|an|d|m|r|p|c)$/;
/** Words after a place name that make it an organization's name (华安工业（集团）公司, 东直门医院). */
const ORGANIZATION_AFTER = /^(?:工业|实业|集团|公司|股份|有限|厂|科技|电子|机械|银行|酒店|宾馆|饭店|大学|学院|中学|小学|医院)/;
/** Words the segmenter tags as places that name no one place: parts of a town (城南), idioms of landscape. */
const NOT_A_SITE = /^(?:[城县乡镇村][东西南北中]|崇山峻岭|五湖四海|大江南北|长城内外|天南海北|山区|城乡|农村|城市|海外|异国他乡)$/;

/** The segmenter reads this word as one token with one of these tags. */
function taggedAs(word: string, tags: RegExp): boolean {
  const t = getSegmenter()?.tag?.(word);
  return t?.length === 1 && tags.test(t[0].tag);
}

/** A country, or a province, region or sea: it heads a site only with a head of its size (四川盆地, not 浙江古镇). */
function broadness(h: Hit, index: PlaceIndex): 'country' | 'broad' | 'local' {
  if (h.kind === 'lex') return h.level === 'country' || h.rule.endsWith('country') ? 'country' : h.level === 'site' ? 'local' : 'broad';
  const g = index.gazetteer;
  return h.units.some((u) => g.units[u].level === 'province') ? 'broad' : 'local';
}

function mayHead(h: Hit, head: string, index: PlaceIndex): boolean {
  if (h.rule === PASS_RULE) return true;
  if (h.kind === 'rule' || h.kind === 'user') return false;
  const size = broadness(h, index);
  if (size === 'country') return false;
  // a full unit name (西安市景区) or a province names the area the sites lie in, not one site
  if (size === 'broad' || h.kind === 'full' || h.kind === 'old') return PROVINCE_HEAD.has(head);
  return true;
}

/**
 * Deserts, grasslands and wetlands bear long transliterated names (塔克拉玛干沙漠, 呼伦贝尔草原); a two-character
 * stem before them is mostly a plain word of landscape (雪山草原, 海湾沙漠), no name.
 */
const longEnough = (head: string, stemLength: number) => !NATURE_HEAD.has(head) || stemLength >= 3;

const makeSite = (start: number, end: number, rule = RULE): Hit => ({ start, end, units: [], kind: 'rule', level: 'site', rule });

/** The site's end when a head starts at `at` and ends a word with no company word after it, else -1. */
function headEnd(text: string, at: number, b: Boundaries | null): [number, string] | null {
  const m = HEAD_AT.exec(text.slice(at, at + 8));
  if (!m) return null;
  const end = at + m[0].length;
  if (b && !b.at(end)) return null;
  if (COMPANY.test(text.slice(end, end + 4))) return null;
  return [end, m[0]];
}

/**
 * Turns place hits followed by a site head into sites and adds the sites the segmenter or a name stem shows.
 * Returns the new hit list, in text order; hits a site took in are gone from it.
 */
export function markSites(text: string, found: Hit[], b: Boundaries | null, index: PlaceIndex): Hit[] {
  const hits = [...found, ...passes(text, found, b)].sort((x, y) => x.start - y.start);
  const sites: Hit[] = [];
  const taken = new Set<Hit>();
  const inside = (s: number, e: number) => hits.filter((h) => h.start < e && s < h.end);
  // 1. a whole word ending in a head: every hit inside it goes into the site, none may cross its edge
  if (b && getSegmenter()?.tag) {
    HEADS.lastIndex = 0;
    for (let m = HEADS.exec(text); m; m = HEADS.exec(text)) {
      const end = m.index + m[0].length;
      const start = b.tokenStart(m.index);
      const wordEnd = b.tokenEnd(m.index);
      if (start >= m.index || end - start > 9) continue;
      // the word holds the whole head (八达岭长城), or ends inside it and the head's rest is a word (洋山港|区)
      if (wordEnd > end || (wordEnd < end && (!b.at(end) || b.tokenStart(end - 1) !== wordEnd))) continue;
      const word = text.slice(start, wordEnd);
      if (!longEnough(m[0], m.index - start)) continue;
      if (!CJK.test(word) || COMPANY.test(text.slice(end, end + 4)) || !taggedAs(word, SITE_WORD_TAG)) continue;
      let within = inside(start, end);
      // a place ending inside the head (香港|区) leaves no head
      if (within.some((h) => h.start < start || h.end > end || h.kind === 'user' || (h.end > m.index && h.end < end))) continue;
      // a province or country before the site's own name stays a place of its own (新疆 | 塔里木盆地)
      let from = start;
      const lead = within[0];
      // a province and a head too small for it (内蒙古草原, 浙江古镇) name a kind of place there, not one site
      if (lead && lead.start === start && lead.end === m.index && !mayHead(lead, m[0], index)) continue;
      if (lead && lead.start === start && broadness(lead, index) !== 'local' && m.index - lead.end >= 2) {
        from = lead.end;
        within = within.slice(1);
      }
      // the dictionary turned the province down inside the longer word (新疆塔里木盆地): it is a place all the same
      const province = from === start && !lead ? provinceAt(word, m.index - start, index) : null;
      if (province) {
        from = start + province.end;
        sites.push({ ...province, start, end: from });
      }
      // a country's name (中国长城) heads a brand, not a site
      if (within.some((h) => broadness(h, index) === 'country')) continue;
      for (const h of within) taken.add(h);
      sites.push(makeSite(from, end));
    }
  }
  const covered = (s: number, e: number) => sites.some((x) => x.start < e && s < x.end);
  // 2. a place found right before a head: 满洲里 + 口岸, 八达岭 + 长城 (the lexicon's 长城 goes in too)
  for (const h of hits) {
    if (taken.has(h) || covered(h.start, h.end)) continue;
    const head = headEnd(text, h.end, b);
    if (!head || !mayHead(h, head[1], index) || !longEnough(head[1], h.end - h.start)) continue;
    // glued to the place before it (明月山|温泉 + 风景名胜区) the name is the middle of a longer one; a plain-word
    // stem (温泉) is no evidence of its own
    if (hits.some((o) => o.end === h.start && o.level === 'site') || (h.kind === 'short' && isPlainWordStem(index, text.slice(h.start, h.end)))) continue;
    for (const o of inside(h.end, head[0])) taken.add(o);
    taken.add(h);
    sites.push(makeSite(h.start, head[0]));
  }
  // 3. a head no hit stands before: the stem is a name the dictionary holds (二连浩特, turned down alone for
  // want of context) or a word the segmenter tags as a name
  if (b) {
    HEADS.lastIndex = 0;
    for (let m = HEADS.exec(text); m; m = HEADS.exec(text)) {
      const p = m.index;
      const head = headEnd(text, p, b);
      if (!head || p < 2 || !b.at(p) || covered(p - 1, head[0])) continue;
      if (hits.some((h) => !taken.has(h) && h.start < head[0] && p - 1 < h.end)) continue;
      const start = stemStartBefore(text, p, head[1], b, index);
      if (start >= 0 && !longEnough(head[1], p - start)) continue;
      // a stem glued to a place before it (明月山|温泉 + 风景名胜区) is the middle of a longer name: no site of its own
      if (start < 0 || hits.some((h) => !taken.has(h) && h.start < p && start <= h.end)) continue;
      sites.push(makeSite(start, head[0]));
    }
  }
  // 4. a word the segmenter tags as a place right after a verb of going or lying somewhere (来到双泾, 位于蒙山腹地)
  if (b && getSegmenter()?.tag) {
    GOING.lastIndex = 0;
    for (let m = GOING.exec(text); m; m = GOING.exec(text)) {
      const start = m.index + m[0].length;
      if (start >= text.length || !b.at(m.index) || !b.at(start)) continue;
      const end = b.tokenEnd(start);
      const word = text.slice(start, end);
      if (end - start < 2 || end - start > 5 || !CJK.test(word) || NOT_A_SITE.test(word)) continue;
      // the head of a longer name: a unit (来自南岩镇, left to the suffix rules) or an organization (来到华安工业公司)
      if (/^[乡镇村县市区省州旗盟街路巷港湾桥]/.test(text.slice(end, end + 1)) || ORGANIZATION_AFTER.test(text.slice(end, end + 4))) continue;
      const same = hits.find((h) => h.start === start && !taken.has(h));
      // a short name the dictionary holds wants a related place nearby; the verb is context enough (位于蒙山腹地)
      if (same?.needsContext && same.end === end) same.needsContext = undefined;
      if (covered(start, end) || hits.some((h) => !taken.has(h) && h.start < end && start < h.end)) continue;
      if (taggedAs(word, /^ns$/)) sites.push(makeSite(start, end, 'site rule: place word after a verb of going'));
    }
  }
  // 5. a road chained right after its city or county, whatever its name (长沙市|五一路, 哈尔滨|中央大街): the
  // place before it says the road is one of that town
  if (b) {
    const g = index.gazetteer;
    for (const h of hits) {
      if (taken.has(h) || h.kind === 'lex' || h.kind === 'rule' || h.kind === 'user') continue;
      // a town: a prefecture or county, or one of the four cities directly under the state (北京市)
      if (!h.units.some((u) => g.units[u].level === 'city' || g.units[u].level === 'county' || (g.units[u].level === 'province' && g.units[u].name.endsWith('市')))) continue;
      const m = ROAD_AHEAD.exec(text.slice(h.end, h.end + 8));
      if (!m) continue;
      const end = h.end + m[0].length;
      const wordAt = end - m[2].length - (m[1]?.length ?? 0);
      const stem = text.slice(h.end, wordAt);
      // the stem is one word and the road word stands apart (人民/路, 劳动/北路), not inside another word (高速/公路,
      // 铁路局, 青年/宋路), and the stem is no kind word
      // (or jieba knows the whole road as one word: 五一路, 中央大街); a verb or an adjective makes a way of doing
      // things, not a road (致富路, 发展路)
      const whole = b.tokenStart(h.end) === h.end && b.tokenEnd(h.end) === end && !taggedAs(text.slice(h.end, end), COMMON_WAY);
      const apart = b.tokenStart(h.end) === h.end && b.tokenEnd(h.end) === wordAt && !taggedAs(stem, NOT_ROAD_NAME);
      if (!b.at(end) || !(whole || apart) || NOT_IN_STEM.test(stem) || GENERIC_STEMS.has(stem)) continue;
      if (covered(h.end, end) || hits.some((o) => o !== h && o.start < end && h.end < o.end && !(o.start >= h.end && o.end <= wordAt))) continue;
      for (const o of inside(h.end, end)) taken.add(o);
      sites.push(makeSite(h.end, end, 'road named after its town'));
    }
  }
  if (!sites.length) return hits.length === found.length ? found : hits;
  return [...hits.filter((h) => !taken.has(h)), ...sites].sort((x, y) => x.start - y.start);
}

/** Start of a 2–5 character name ending at p, before the head: a name the index holds, or a tagged stem. -1 if none. */
function stemStartBefore(text: string, p: number, head: string, b: Boundaries, index: PlaceIndex): number {
  for (let s = Math.max(0, p - 5); s <= p - 2; s++) {
    const stem = text.slice(s, p);
    if (!CJK.test(stem) || !b.at(s)) continue;
    const entry = index.names.get(stem);
    if (entry) {
      // a name of the dictionary: the same limits as a found place (no country, a province only with its own heads)
      const province = entry.units.some((r) => index.gazetteer.units[r.unit].level === 'province');
      const country = !!entry.lex && (entry.lex.level === 'country' || entry.lex.rule.endsWith('country'));
      const full = entry.units.some((r) => r.kind !== 'short');
      // a stem that is also a plain word (温泉, 樟树) says nothing alone: 温泉风景名胜区 is no site of 温泉县
      if (!entry.lex && isPlainWordStem(index, stem)) continue;
      if (country || ((province || full || (entry.lex && entry.lex.level !== 'site')) && !PROVINCE_HEAD.has(head))) continue;
      return s;
    }
  }
  // the segmenter's own word right before the head, tagged as a name
  // (not a plain word the index holds as a county stem: 温泉/nr is a plain word first)
  const ts = b.tokenStart(p - 1);
  const word = text.slice(ts, p);
  if (STEM_HEAD.has(head) && p - ts >= 2 && p - ts <= 4 && CJK.test(word) && !index.names.has(word) && taggedAs(word, STEM_TAG)) return ts;
  return -1;
}

/** A province's name heading a word, leaving at least two characters before the head at `headAt`: its hit, offsets in the word. */
function provinceAt(word: string, headAt: number, index: PlaceIndex): Hit | null {
  const g = index.gazetteer;
  for (let len = Math.min(4, headAt - 2); len >= 2; len--) {
    const entry = index.names.get(word.slice(0, len));
    const refs = entry?.units.filter((r) => g.units[r.unit].level === 'province');
    if (refs?.length) return { start: 0, end: len, entry, units: refs.map((r) => r.unit), kind: refs[0].kind, rule: `gazetteer (${refs[0].kind} name)` };
  }
  return null;
}

/**
 * Mountain passes the segmenter knows as place words (雁门关/ns, 居庸关/ns): sites of their own, so that a head after
 * them joins them (居庸关 + 长城). 关 alone is no head: 海关, 难关 and 机关 are words of their own.
 */
function passes(text: string, hits: Hit[], b: Boundaries | null): Hit[] {
  const out: Hit[] = [];
  if (!b || !getSegmenter()?.tag) return out;
  for (let at = text.indexOf('关'); at >= 0; at = text.indexOf('关', at + 1)) {
    const end = at + 1;
    const start = b.tokenStart(at);
    if (b.tokenEnd(at) !== end || end - start < 3 || end - start > 4 || COMMON_GUAN.test(text.slice(at - 1, end))) continue;
    if (!taggedAs(text.slice(start, end), /^ns$/)) continue;
    const same = hits.find((h) => h.start === start && h.end === end);
    // a county stem that is a pass too (山海关): the segmenter's place word is context enough
    if (same) same.needsContext = undefined;
    else if (!hits.some((h) => h.start < end && start < h.end)) out.push(makeSite(start, end, PASS_RULE));
  }
  return out;
}
