// Units abroad the lexicon does not hold, told by their spelling: a run of transliteration characters right before
// 省 / 州 / 市 / 区 / 镇 (恰帕斯州, 塔兰托市, 西开普省, 因巴巴区, 夸祖鲁—纳塔尔省). A Chinese stem is seldom spelt
// only in these characters, and the gazetteer's own units were found before this runs.
import type { Hit } from './places';
import { TRANSLITERATION_CHARS } from './data/transliteration';

const SOUND = new Set(TRANSLITERATION_CHARS.split(/\s+/).filter(Boolean));
/** The unit word, not a word it starts (市场, 州长, 区域, 省会, 州立大学). */
const UNIT_AFTER = /^(?:省(?![内外会委直属辖级长立])|州(?![长委立])|市(?![场民长政容区委内属辖话级立]|中心)|区(?![域内间别分委长立])|镇(?![长委立]))/;
const RULE = 'transliteration rule: name abroad + unit';
/** A port, bay, island or cape whose name is spelt by sound takes its head in (伊丽莎白港, 科托尔湾, 卡纳维拉尔角). */
const SITE_AFTER = /^(?:港(?![口务澳人币商资元股区台湾])|湾(?![区])|岛(?![国内民屿])|角(?![色度落逐力钱币楼膜]))/;
const SITE_RULE = 'transliteration rule: port, bay, island or cape abroad';
/** A word for a town before its name: the name follows in apposition (海滨城市斯塔万格, 西部城市赫拉特). */
const TOWN_BEFORE = /(?:城市|首府|港口|港市|小城|小镇|名城)$/;
const TOWN_RULE = 'transliteration rule: name abroad after 城市';
const NAME_DONE = /^(?:[^\u4e00-\u9fff]|[的和与及在是附以出为等将已也都就从向到]|$)/;

/** Start of the sound-spelt run ending at `end`, joined by a dash (夸祖鲁—纳塔尔), or `end` when there is none. */
function runStart(text: string, end: number, covered: Uint8Array, minForPrefix: number): number {
  let s = end;
  while (s > 0 && end - s < 9 && !covered[s - 1] && (SOUND.has(text[s - 1]) || (text[s - 1] === '—' && s - 2 >= 0 && SOUND.has(text[s - 2]) && s < end))) s--;
  if (text[s] === '—') s++;
  // a direction or 新 before the run is part of the name (东开普省, 下萨克森州, 新南威尔士州)
  if (end - s >= minForPrefix && s > 0 && !covered[s - 1] && /[东西南北上下新]/.test(text[s - 1])) s--;
  return s;
}

/** Units abroad spelt by sound, outside the hits already found. */
export function unitsAbroad(text: string, hits: Hit[]): Hit[] {
  const covered = new Uint8Array(text.length + 1);
  for (const h of hits) covered.fill(1, h.start, h.end);
  const out: Hit[] = [];
  for (let p = 1; p < text.length; p++) {
    const m = UNIT_AFTER.exec(text.slice(p, p + 3)) ?? SITE_AFTER.exec(text.slice(p, p + 3));
    if (!m || covered[p]) continue;
    const site = !UNIT_AFTER.test(text.slice(p, p + 3));
    // (a province or state takes a direction before two characters, a city or district only before three or more)
    // (a site takes no direction before it: 登上|萨摩斯岛)
    const s = runStart(text, p, covered, site ? Infinity : /[省州]/.test(m[0]) ? 2 : 3);
    const stem = text.slice(s, p).replace(/—/g, '');
    // the run must be the whole name: what stands before it is no sound character (an uncovered one means the
    // run is longer than a name, as in a sentence of them)
    if (s > 0 && !covered[s - 1] && SOUND.has(text[s - 1])) continue;
    // two characters are a name only before 省 or 州 (吉萨省); a longer stem before any unit (塔兰托市)
    if (stem.length < 2 || (stem.length === 2 && !/[省州]/.test(m[0]))) continue;
    // a port or cape of three characters or more, and not a word of the segmenter's (入港, 海角)
    if (site && stem.length < 3) continue;
    // a first half found on its own before the dash (来自夸祖鲁 + —纳塔尔省) is part of the name: the hit goes
    const half = text[s - 1] === '—' ? hits.find((h) => h.end === s - 1 && [...text.slice(h.start, h.end)].every((c) => SOUND.has(c))) : undefined;
    const from = half ? half.start : s;
    if (half) half.end = -1;
    out.push({ start: from, end: p + 1, units: [], kind: 'rule', level: 'foreign', rule: site ? SITE_RULE : RULE });
    covered.fill(1, from, p + 1);
  }
  return [...out, ...townsAfterTownWord(text, covered)];
}

/** Names of 3–6 sound characters right after 城市 / 首府 …, ending where the sound characters do (城市赫拉特。). */
function townsAfterTownWord(text: string, covered: Uint8Array): Hit[] {
  const out: Hit[] = [];
  for (let at = text.indexOf('城市'); at >= 0; at = text.indexOf('城市', at + 1)) scanAfter(at + 2);
  for (const word of ['首府', '港口', '港市', '小城', '小镇', '名城']) for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) scanAfter(at + 2);
  return out;

  function scanAfter(start: number): void {
    if (!TOWN_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || covered[start]) return;
    let e = start;
    while (e < text.length && e - start <= 6 && SOUND.has(text[e]) && !covered[e]) e++;
    // the name ends at a mark or a word that starts the rest of the sentence, not inside a longer name (库诺维|采)
    if (e - start < 3 || e - start > 6 || !NAME_DONE.test(text.slice(e, e + 1)) || covered[e]) return;
    out.push({ start, end: e, units: [], kind: 'rule', level: 'foreign', rule: TOWN_RULE });
    covered.fill(1, start, e);
  }
}
