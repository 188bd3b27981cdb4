// A prefecture city's two-character short form of its first character and 市 (呼和浩特 → 呼市, 石家庄 → 石市):
// taken only in an article that names the city itself, where the segmenter reads it as a word of its own.
import type { Article } from '../types';
import type { Boundaries } from './boundaries';
import type { Gazetteer } from './gazetteer';
import type { Hit } from './places';
import { getSegmenter } from '../text';

const RULE = 'abbreviation rule: first character of a city named in the article + 市';
/** Tags of a plain word (上市, 都市, 城市 …): a word of the language, not a short form. */
const PLAIN_TAG = /^(?:n|v|vn|vd|a|ad|an|d|m|q|r|p|c|u|f|t|l|i|s)$/;

export function cityAbbreviations(text: string, hits: Hit[], articles: Article[], g: Gazetteer, b: Boundaries | null): Hit[] {
  if (!b) return [];
  const live = hits.filter((h) => h.end > 0);
  const found: Hit[] = [];
  const taken = (s: number, e: number) => live.some((h) => h.start < e && s < h.end) || found.some((h) => h.start < e && s < h.end);
  const cities = new Map<string, number>();
  for (const h of live) {
    if (h.resolved === undefined || g.units[h.resolved].level !== 'city') continue;
    const name = g.units[h.resolved].name;
    // three characters or more before 市: two-character cities are short enough already
    if (name.replace(/市$/, '').length < 3) continue;
    cities.set(name[0], h.resolved);
  }
  for (const [first, unit] of cities) {
    const short = `${first}市`;
    // a plain word (上市, 都市): tagged once per form, not at each mention
    if (!text.includes(short) || PLAIN_TAG.test(getSegmenter()?.tag?.(short)[0]?.tag ?? 'n')) continue;
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
      const end = at + 2;
      const article = articles.find((a) => at >= a.start && at < a.end);
      const named = live.some((h) => h.resolved === unit && (!article || (h.start >= article.start && h.start < article.end)));
      if (!named || taken(at, end) || b.tokenStart(at) !== at || b.tokenEnd(at) !== end) continue;
      found.push({ start: at, end, units: [unit], resolved: unit, kind: 'rule', level: 'city', rule: RULE });
    }
  }
  return found;
}
