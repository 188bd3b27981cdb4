// What a figure measures: the noun phrase it counts (1.5万户农民 → 农民, 500亩芥菜 → 芥菜) or the
// one it is said of (亩均纯利润超7000元 → 亩均纯利润; 累计放贷6.39亿元 → 放贷), read with jieba's
// part-of-speech tags in a short window on each side of the figure.
import { getSegmenter, type TaggedToken } from '../text';
import type { FigureEntity } from '../types';
import { LINKING_VERBS } from './data/linking-verbs';

// noun-like tags: nouns, proper nouns, organizations, abbreviations, verbal/adjectival nouns
const NOUNISH = /^(n|nr|nrt|nrfg|ns|nt|nz|ng|vn|an|j|l|b|eng|zg)$/;
// one-character measure words and adverbs that sit inside a noun phrase (亩均纯利润, 人均收入)
const GLUE = /^(q|d|a|f)$/;
// shares and multiples are said of what stands before them, never of what follows
const RELATIVE_UNITS = /^(%|pp|times)$/;
// verbs that only link a subject to its figure; any other verb next to the figure is what it measures
const LINKING = new RegExp(`^(${LINKING_VERBS.join('|')})$`);
const LINKING_TAIL = /(?:达到|达|为|增长了?|增加了?|提高了?|提升了?|下降了?|减少了?|突破|超过|共计|累计|合计|约)$/;
// what a subject never reaches across
const STOP = /[“”"‘’《》〈〉（）()【】「」]/;
const HAN_OR_LATIN = /^[\u3400-\u9fffA-Za-z]+$/;
const MAX_TOKENS = 5;
const WINDOW = 14;

// jieba tags some 4-character phrases (结成联盟) as abbreviations: after a noun they end the phrase
const nounish = (t: TaggedToken) => (NOUNISH.test(t.tag) || (t.tag === 'x' && HAN_OR_LATIN.test(t.word))) && !LINKING.test(t.word);
const isVerb = (t: TaggedToken) => /^v[dgi]?$/.test(t.tag);
const glue = (t: TaggedToken) => t.word.length === 1 && GLUE.test(t.tag);
/** Glue characters (up to two: 亩|均) count when a noun stands before them. */
const gluedBehind = (tokens: TaggedToken[], i: number): boolean =>
  glue(tokens[i]) && i > 0 && (nounish(tokens[i - 1]) || (glue(tokens[i - 1]) && i > 1 && nounish(tokens[i - 2])));

/** The subject of a figure inside its clause [clauseLo, clauseHi). */
export function subjectOf(text: string, figure: FigureEntity, clauseLo: number, clauseHi: number): string | undefined {
  // a subject stands next to its figure: tagging a window, not the whole clause, keeps this cheap
  const after = upTo(text.slice(figure.end, Math.min(clauseHi, figure.end + WINDOW)));
  // a linking verb glued to the figure is cut off before tagging: jieba reads 率达, 比达 as one word
  const before = fromLast(text.slice(Math.max(clauseLo, figure.start - WINDOW), figure.start)).replace(LINKING_TAIL, '');
  const seg = getSegmenter();
  if (!seg?.tag) return fallbackSubject(before, after, figure);
  if (!RELATIVE_UNITS.test(figure.unit ?? '') && after) {
    const counted = nounRunAfter(seg.tag(after));
    if (counted) return counted;
  }
  return before ? subjectBefore(seg.tag(before)) : undefined;
}

const upTo = (s: string) => {
  const i = s.search(STOP);
  return i < 0 ? s : s.slice(0, i);
};
const fromLast = (s: string) => {
  for (let i = s.length - 1; i >= 0; i--) if (STOP.test(s[i])) return s.slice(i + 1);
  return s;
};

/** The noun phrase right after a count: 1.5万户|农民|增收 → 农民; 136家|中小企业|发放贷款 → 中小企业. */
function nounRunAfter(tokens: TaggedToken[]): string | undefined {
  let run = '';
  let n = 0;
  for (const t of tokens) {
    if (!nounish(t) || n >= MAX_TOKENS) break;
    // a verbal noun after the counted noun is its predicate (蔬菜|销往)
    if (n && t.tag === 'vn') break;
    // a four-character word after a noun starts the predicate (村党组织|结成联盟, 中小企业|发放贷款)
    if (run.length >= 2 && t.word.length >= 4) break;
    run += t.word;
    n++;
  }
  return run || undefined;
}

/** The noun phrase the figure is said of, or the verb it measures when no noun stands there. */
function subjectBefore(tokens: TaggedToken[]): string | undefined {
  let i = tokens.length - 1;
  let measuredVerb: string | undefined;
  // linking words between the subject and the figure stay out (达, 增长, 共, 为); a verb of another
  // kind measured by the figure is kept in case no noun comes (累计放贷 → 放贷)
  while (i >= 0 && !nounish(tokens[i]) && tokens.length - i <= 4) {
    if (isVerb(tokens[i]) && !LINKING.test(tokens[i].word) && !measuredVerb && tokens[i].word.length >= 2) measuredVerb = tokens[i].word;
    i--;
  }
  const run: TaggedToken[] = [];
  while (i >= 0 && run.length < MAX_TOKENS && (nounish(tokens[i]) || gluedBehind(tokens, i))) run.unshift(tokens[i--]);
  while (run.length && !nounish(run[0])) run.shift();
  if (measuredVerb && (!run.length || tokens.length - 1 - i > run.length + 2)) return measuredVerb;
  return run.length ? run.map((t) => t.word).join('') : measuredVerb;
}

/** Without a segmenter: the Han run just before the figure, less common verbs. */
function fallbackSubject(before: string, after: string, figure: FigureEntity): string | undefined {
  if (!RELATIVE_UNITS.test(figure.unit ?? '')) {
    const m = /^[\u3400-\u9fff]{2,6}/.exec(after);
    if (m) return m[0];
  }
  const m = /([\u3400-\u9fff]{2,8}?)(?:达到|达|增长|增加|提高|提升|突破|超过|实现|完成|共|累计|为|是|约)?$/.exec(before);
  return m?.[1] || undefined;
}
