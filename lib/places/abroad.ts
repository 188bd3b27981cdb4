// Units abroad the lexicon does not hold, told by their spelling: a run of transliteration characters right before
// 省 / 州 / 市 / 区 / 镇 (恰帕斯州, 塔兰托市, 西开普省, 因巴巴区, 夸祖鲁—纳塔尔省). A Chinese stem is seldom spelt
// only in these characters, and the gazetteer's own units were found before this runs.
import type { Hit } from './places';
import { TRANSLITERATION_CHARS } from './data/transliteration';

const SOUND = new Set(TRANSLITERATION_CHARS.split(/\s+/).filter(Boolean));
/** The unit word, not a word it starts (市场, 州长, 区域, 省会, 州立大学). */
const UNIT_AFTER = /^(?:省(?![内外会委直属辖级长立])|州(?![长委立])|市(?![场民长政容区委内属辖话级立]|中心)|区(?![域内间别分委长立])|镇(?![长委立]))/;
const RULE = 'transliteration rule: name abroad + unit';

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
    const m = UNIT_AFTER.exec(text.slice(p, p + 3));
    if (!m || covered[p]) continue;
    // (a province or state takes a direction before two characters, a city or district only before three or more)
    const s = runStart(text, p, covered, /[省州]/.test(m[0]) ? 2 : 3);
    const stem = text.slice(s, p).replace(/—/g, '');
    // the run must be the whole name: what stands before it is no sound character (an uncovered one means the
    // run is longer than a name, as in a sentence of them)
    if (s > 0 && !covered[s - 1] && SOUND.has(text[s - 1])) continue;
    // two characters are a name only before 省 or 州 (吉萨省); a longer stem before any unit (塔兰托市)
    if (stem.length < 2 || (stem.length === 2 && !/[省州]/.test(m[0]))) continue;
    // a first half found on its own before the dash (来自夸祖鲁 + —纳塔尔省) is part of the name: the hit goes
    const half = text[s - 1] === '—' ? hits.find((h) => h.end === s - 1 && [...text.slice(h.start, h.end)].every((c) => SOUND.has(c))) : undefined;
    const from = half ? half.start : s;
    if (half) half.end = -1;
    out.push({ start: from, end: p + 1, units: [], kind: 'rule', level: 'foreign', rule: RULE });
    covered.fill(1, from, p + 1);
  }
  return out;
}
