// Roads and streets are places (the project's gold marks 小河路; PD1998 marks 南京路). Two ways to know one:
// - a place's name and a road word make one road (长江路, 南京东路, 上海市|山西北路);
// - a road chained right after its town, whatever its name (长沙市|五一路, 哈尔滨|中央大街).
import type { Boundaries } from './boundaries';
import type { NameEntry } from './lexicon';
import type { Hit } from './places';
import { GENERIC_STEMS, NOT_IN_STEM } from './rules';
import { makeSite, taggedAs, type SiteScan } from './site-hit';

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
