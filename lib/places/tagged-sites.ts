// Places told by jieba's own place tag, which alone is weak evidence (on PD1998 a third of its ns words after 在 / 从
// are no place): it counts where something else says place too.
// - a mountain pass: a three- or four-character ns word ending in 关 (雁门关, 居庸关);
// - a word right after a verb of going or lying somewhere (来到双泾, 位于蒙山腹地);
// - a county's short name that jieba's dictionary holds as a place word too (泽州/ns): two sources agree.
import type { Boundaries } from './boundaries';
import type { Hit } from './places';
import { getSegmenter, SINGLE_FAMILY_NAME_SET } from '../text';
import { CJK, makeSite, taggedAs, type SiteScan } from './site-hit';
import { COMMON_GUAN_WORDS, GOING_VERBS, LAND_MODIFIERS, LAND_NOUNS, NOT_A_SITE_WORDS, ORGANIZATION_WORDS } from './data/site-words';

/**
 * A modifier or a second word of the land and a word of the land: stems that are plain words too (商城 a mall, 山城 a
 * hill town, 天桥 a footbridge, 路桥 roads and bridges, 河口 a river mouth, 城东 east of town), however jieba tags them.
 */
const LAND_COMPOUND = new RegExp(`^(?:[${LAND_MODIFIERS}${LAND_NOUNS}][${LAND_NOUNS}]|[${LAND_NOUNS}][东西南北中口])$`);
/** Endings that are mostly adverbs or particles: such a stem may be a word's tail and one of them (商都有). */
const FUNCTION_END = /[都也就还又才却在是有了的着过和与]$/;
// family names that are function words too (在和平, 向宜阳) stay out
const SURNAME = new Set([...SINGLE_FAMILY_NAME_SET].filter((c) => !'和向于从自到'.includes(c)));

export const PASS_RULE = 'site rule: mountain pass';
const GOING = new RegExp(`(?:${GOING_VERBS.join('|')})`, 'g');
const NOT_A_SITE = new RegExp(`^(?:[城县乡镇村][东西南北中]|${NOT_A_SITE_WORDS.join('|')})$`);
const ORGANIZATION_AFTER = new RegExp(`^(?:${ORGANIZATION_WORDS.join('|')})`);
const COMMON_GUAN = new Set(COMMON_GUAN_WORDS);

/**
 * Mountain passes the segmenter knows as place words (雁门关/ns, 居庸关/ns): sites of their own, so that a head after
 * them joins them (居庸关 + 长城). 关 alone is no head: 海关, 难关 and 机关 are words of their own, and so are the
 * endings of office words jieba tags ns (直属机关, 入口关).
 */
export function passes(text: string, hits: Hit[], b: Boundaries | null): Hit[] {
  const out: Hit[] = [];
  if (!b || !getSegmenter()?.tag) return out;
  for (let at = text.indexOf('关'); at >= 0; at = text.indexOf('关', at + 1)) {
    const end = at + 1;
    const start = b.tokenStart(at);
    if (b.tokenEnd(at) !== end || end - start < 3 || end - start > 4 || COMMON_GUAN.has(text.slice(at - 1, end))) continue;
    if (!taggedAs(text.slice(start, end), /^ns$/)) continue;
    const same = hits.find((h) => h.start === start && h.end === end);
    // a county stem that is a pass too (山海关): the segmenter's place word is context enough
    if (same) same.needsContext = undefined;
    else if (!hits.some((h) => h.start < end && start < h.end)) out.push(makeSite(start, end, PASS_RULE));
  }
  return out;
}

/** A word the segmenter tags as a place right after a verb of going or lying somewhere (来到双泾, 位于蒙山腹地). */
export function placesAfterGoing(scan: SiteScan): void {
  const { text, b, hits, taken } = scan;
  if (!b || !getSegmenter()?.tag) return;
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
    if (scan.covered(start, end) || scan.held(start, end)) continue;
    if (taggedAs(word, /^ns$/)) scan.sites.push(makeSite(start, end, 'site rule: place word after a verb of going'));
  }
}

/**
 * A county's short name wants a place of its province nearby (one county stem in five is a plain word or a person's
 * name elsewhere). When the segmenter reads it as one word it tags a place (泽州/ns, 宜阳/ns), its dictionary and the
 * gazetteer agree: that is context enough. Names it reads as people's (顺德/nrt) or plain words (长子/n) still wait.
 */
export function countyStemsTagged(scan: SiteScan): void {
  const { text, b, hits } = scan;
  if (!b || !getSegmenter()?.tag) return;
  for (const h of hits) {
    if (h.kind !== 'short' || h.needsContext !== 'province') continue;
    const word = text.slice(h.start, h.end);
    if (b.tokenStart(h.start) !== h.start || b.tokenEnd(h.start) !== h.end || LAND_COMPOUND.test(word)) continue;
    // a lone family name before it makes a person's name of it (记者江夏, 廖云龙、)
    if (h.start > 0 && SURNAME.has(text[h.start - 1]) && b.tokenStart(h.start - 1) === h.start - 1) continue;
    if (FUNCTION_END.test(word)) continue;
    if (taggedAs(word, /^ns$/)) h.needsContext = undefined;
  }
}
