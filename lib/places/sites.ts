// Named sites no administrative gazetteer holds (满洲里口岸, 塔里木盆地, 八达岭长城, 西昌卫星发射中心, 周庄古镇):
// a name right before a site head makes one site with it. The evidence, strongest first:
// 1. the segmenter knows the whole site as one word and tags it a name (八达岭长城/ns, 大庆油田/nz);
// 2. a place the dictionary found, or a name it holds, stands right before the head (满洲里 + 口岸);
// 3. a stem the segmenter tags as a name stands before one of the strongest heads (周庄/nr + 古镇).
// A head followed by a company word (长城汽车, …油田有限责任公司) makes no site: a company is no place.
// markSites also runs the other site rules on the same scan: mountain passes and places after verbs of going
// (tagged-sites.ts), roads after their town (roads.ts).
import type { Boundaries } from './boundaries';
import type { PlaceIndex } from './lexicon';
import type { Hit } from './places';
import { getSegmenter } from '../text';
import { isPlainWordStem } from './rules';
import { CJK, SiteScan, makeSite as makeHit, taggedAs } from './site-hit';
import { PASS_RULE, countyStemsTagged, passes, placesAfterGoing } from './tagged-sites';
import { townRoads } from './roads';
import { transportSites } from './transport';
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
const RULE = 'site rule: name + site word';

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

const makeSite = (start: number, end: number, rule = RULE): Hit => makeHit(start, end, rule);

/** The site's end when a head starts at `at` and ends a word with no company word after it, else -1. */
function headEnd(text: string, at: number, b: Boundaries | null): [number, string] | null {
  const m = HEAD_AT.exec(text.slice(at, at + 8));
  if (!m) return null;
  const end = at + m[0].length;
  if (b && !b.at(end)) return null;
  if (COMPANY.test(text.slice(end, end + 4))) return null;
  return [end, m[0]];
}

/** Zones a place names with the field of work between (中原 + 医学 + 科学城, 西部 + 金融 + 科技城). */
const FIELD_ZONE_HEAD = /^(?:科学城|科技城)/;

/** The end of a field word of two characters (one noun of the segmenter's) and a zone head after it, else null. */
function fieldZoneEnd(text: string, at: number, b: Boundaries | null): [number, string] | null {
  if (!b || !b.at(at) || b.tokenEnd(at) !== at + 2 || !CJK.test(text.slice(at, at + 2)) || !taggedAs(text.slice(at, at + 2), /^n$/)) return null;
  const m = FIELD_ZONE_HEAD.exec(text.slice(at + 2, at + 5));
  if (!m || !b.at(at + 2) || !b.at(at + 2 + m[0].length) || COMPANY.test(text.slice(at + 5, at + 9))) return null;
  return [at + 2 + m[0].length, m[0]];
}

/**
 * A station named after the place right before it (中山 + 站, 秦岭 + 站: a polar station, a railway station): 站 must
 * end a word of its own, so 站在 / 站长 / 站稳 stay out. Only after a found place, never after a bare stem.
 */
function stationEnd(text: string, at: number, b: Boundaries | null): [number, string] | null {
  if (text[at] !== '站' || !b || !b.at(at) || !b.at(at + 1) || COMPANY.test(text.slice(at + 1, at + 5))) return null;
  return [at + 1, '站'];
}

/**
 * Turns place hits followed by a site head into sites and adds the sites the segmenter or a name stem shows.
 * Returns the new hit list, in text order; hits a site took in are gone from it.
 */
export function markSites(text: string, found: Hit[], b: Boundaries | null, index: PlaceIndex): Hit[] {
  const hits = [...found, ...passes(text, found, b)].sort((x, y) => x.start - y.start);
  const scan = new SiteScan(text, hits, b, index);
  const { sites, taken } = scan;
  const inside = (s: number, e: number) => scan.inside(s, e);
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
  const covered = (s: number, e: number) => scan.covered(s, e);
  // 2. a place found right before a head: 满洲里 + 口岸, 八达岭 + 长城 (the lexicon's 长城 goes in too)
  for (const h of hits) {
    if (taken.has(h) || covered(h.start, h.end)) continue;
    const head = headEnd(text, h.end, b) ?? stationEnd(text, h.end, b) ?? fieldZoneEnd(text, h.end, b);
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
  // 4. a word the segmenter tags as a place right after a verb of going, and county stems it tags (tagged-sites.ts)
  placesAfterGoing(scan);
  countyStemsTagged(scan);
  // 5. a road chained right after its town (roads.ts)
  townRoads(scan);
  transportSites(scan); // 6. ring roads, streets, bridges, tunnels, highways, stations, bays, rivers (transport.ts)
  if (!sites.length) return hits.length === found.length ? found : hits;
  return scan.result();
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
