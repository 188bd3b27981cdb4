// What a figure measures: the noun phrase it counts (1.5万户农民 → 农民) or the one it is said of
// (亩均纯利润超7000元 → 亩均纯利润), read with jieba's part-of-speech tags around the figure.
import { getSegmenter, type TaggedToken } from './segment';
import type { FigureEntity } from './types';

// noun-like tags: nouns, proper nouns, organizations, abbreviations, verbal/adjectival nouns
const NOUNISH = /^(n|nr|ns|nt|nz|ng|nrt|nrfg|vn|an|j|l|b|eng|zg)$/;
// one-character measure words and adverbs that sit inside a noun phrase (亩均纯利润, 人均收入)
const GLUE = /^(q|d|a|f)$/;
// units that measure (money, area, share…): a noun after them is not what is counted
const MEASURING_UNITS = /^(元|美元|亩|%|pp|times|吨|公斤|千克|斤|平方米|平方公里|公里|千米|米|千瓦|千瓦时|度|立方米|公顷)$/;
const HAN_OR_LATIN = /^[\u3400-\u9fffA-Za-z]+$/;
const MAX_TOKENS = 5;
const WINDOW = 14;

// jieba tags a 4-character phrase (结成联盟) as an abbreviation or idiom: that is no noun
const nounish = (t: TaggedToken) =>
  (NOUNISH.test(t.tag) && !(/^[jl]$/.test(t.tag) && t.word.length >= 4)) || (t.tag === 'x' && HAN_OR_LATIN.test(t.word));
const glue = (t: TaggedToken) => t.word.length === 1 && GLUE.test(t.tag);
/** Glue characters (up to two: 亩|均) count when a noun stands before them. */
const gluedBehind = (tokens: TaggedToken[], i: number): boolean =>
  glue(tokens[i]) && i > 0 && (nounish(tokens[i - 1]) || (glue(tokens[i - 1]) && i > 1 && nounish(tokens[i - 2])));

/** The subject of a figure inside its clause [clauseLo, clauseHi). */
export function subjectOf(text: string, figure: FigureEntity, clauseLo: number, clauseHi: number): string | undefined {
  // a subject stands next to its figure: tagging a window, not the whole clause, keeps this cheap
  const after = text.slice(figure.end, Math.min(clauseHi, figure.end + WINDOW));
  const before = text.slice(Math.max(clauseLo, figure.start - WINDOW), figure.start);
  const seg = getSegmenter();
  if (!seg?.tag) return fallbackSubject(before, after, figure);
  if (!MEASURING_UNITS.test(figure.unit ?? '')) {
    const tokens = seg.tag(after);
    const run: string[] = [];
    for (const t of tokens) {
      if (!nounish(t) || run.length >= MAX_TOKENS) break;
      run.push(t.word);
    }
    if (run.length) return run.join('');
  }
  const tokens = seg.tag(before);
  let i = tokens.length - 1;
  // verbs, adverbs and prepositions between the subject and the figure stay out (达, 增长, 共, 为)
  while (i >= 0 && !nounish(tokens[i]) && tokens.length - i <= 4) i--;
  const run: TaggedToken[] = [];
  while (i >= 0 && run.length < MAX_TOKENS && (nounish(tokens[i]) || gluedBehind(tokens, i))) run.unshift(tokens[i--]);
  while (run.length && !nounish(run[0])) run.shift();
  return run.length ? run.map((t) => t.word).join('') : undefined;
}

/** Without a segmenter: the Han run just before the figure, less common verbs. */
function fallbackSubject(before: string, after: string, figure: FigureEntity): string | undefined {
  if (!MEASURING_UNITS.test(figure.unit ?? '')) {
    const m = /^[\u3400-\u9fff]{2,6}/.exec(after);
    if (m) return m[0];
  }
  const m = /([\u3400-\u9fff]{2,8}?)(?:达到|达|增长|增加|提高|提升|突破|超过|实现|完成|共|累计|为|是|约)?$/.exec(before);
  return m?.[1] || undefined;
}
