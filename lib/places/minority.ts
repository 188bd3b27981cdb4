// Townships and villages of minority regions carry transliterated names of three to six characters (固拉合玛乡,
// 阔依其村), longer than the Han stems the suffix rules allow and with characters a Han stem never holds (其).
// Right after a county (or a township) of such a region, the whole run up to the suffix is the name.
import type { Gazetteer } from './gazetteer';
import type { Hit } from './places';
import { GENERIC_STEMS } from './rules';

/** Provinces whose local names are mostly transliterated: Inner Mongolia, Tibet, Qinghai, Xinjiang. */
const TRANSLITERATING = /^(?:15|54|63|65)/;
const CJK = /^[\u4e00-\u9fff]+$/;
/** Function characters no transliterated name holds (其, 依, 克 it may: 阔依其, 克其克). */
const NOT_IN_NAME = /[的了在和与及是为把被将于给让我你他她它们就也都还又很最更已再个等到从向对之每各该这那本全]/;

const inRegion = (g: Gazetteer, h: Hit) => h.units.length > 0 && h.units.every((u) => TRANSLITERATING.test(g.units[u].code));

/** The place a hit hangs under lies in such a region: its own units, or the place chained right before it. */
function regionOf(g: Gazetteer, h: Hit, endsAt: Map<number, Hit>): boolean {
  if (inRegion(g, h)) return true;
  const before = endsAt.get(h.start);
  return !!before && before.end === h.start && inRegion(g, before);
}

/**
 * Start of a 3–6 character name ending at p (before 乡 / 镇 / 村) chained right after a county or township of a
 * transliterating region, or -1. Shorter names are left to the usual stem rules.
 */
export function longStemStart(text: string, p: number, endsAt: Map<number, Hit>, covered: Uint8Array, g: Gazetteer, made: Hit[]): number {
  for (let len = 6; len >= 3; len--) {
    const s = p - len;
    // a place of the dictionary or one the suffix rules just made (墨玉县|喀尔赛乡|托格拉克布拉克村)
    const h = s > 0 ? (endsAt.get(s) ?? made.find((x) => x.end === s)) : undefined;
    if (!h || h.end !== s) continue;
    const level = h.units.length ? g.units[h.units[0]].level : h.level;
    if (level !== 'county' && level !== 'township' && level !== 'city') continue;
    const stem = text.slice(s, p);
    // a kind of village is no name (少数民族村, 贫困乡镇)
    const generic = GENERIC_STEMS.has(stem) || GENERIC_STEMS.has(stem.slice(0, 2)) || /[乡村镇城县]/.test(stem);
    if (!CJK.test(stem) || NOT_IN_NAME.test(stem) || generic || covered.subarray(s, p).some((c) => c === 1)) continue;
    return regionOf(g, h, endsAt) ? s : -1;
  }
  return -1;
}
