// The words and tags the subject rules read a tagged sentence by: which tokens are nominal or verbal, which words
// link a subject to its figure, which name a place, and the context every rule is given.
import { getSegmenter, type TaggedToken } from '../text';
import type { FigureEntity, Span } from '../types';
import { LINKING_VERBS } from './data/linking-verbs';
import { PREDICATE_VERBS } from './data/predicate-verbs';

// shares and multiples are said of what stands before them, never of what follows
export const RELATIVE_UNITS = /^(%|pp|times)$/;
export const LINKING = new RegExp(`^(${LINKING_VERBS.join('|')})$`);
export const PREDICATE = new RegExp(`^(${PREDICATE_VERBS.join('|')})$`);
// nominal tags: nouns, verbal/adjectival nouns, abbreviations, idioms, distinguishing words, words jieba does not know
// (jieba tags many nouns as names: 满意度/ns, 苗木/nr; places are told apart by the place finder, not by tags)
const NOUN_TAGS = /^(n|nz|ng|nt|nr|nrt|nrfg|ns|vn|an|j|l|b|eng|s)$/;
// a real noun (not a verbal one): after it, a verb starts the predicate (企业|提供岗位)
export const HARD_NOUN_TAGS = /^(n|nz|ng|nt|nr|nrt|ns|j|l|eng|x)$/;
// references to a place are the fact's place, not its subject
export const PLACE_WORD = /^(?:[全该本我各](?:省|市|县|区|镇|乡|村|国)|当地|全国|各地|县里|市里|村里|乡里|镇里|区里|县乡|两级)$/;
// words that stand next to figures but say nothing measured: fragments, quantifiers, hedges
// words that end a phrase inside it: 村集体经济收入|全部达到
export const INNER_STOP = /^(?:全部|全体|均|都|其中|分别|各|等|各有|共有)$/;
const NOT_SUBJECT = /^(?:整整|足足|仅仅|将近|大约|差不多|大概|几乎|一般|通常|全部|全体|其中|有望|左右|以上|以下|一共|总共|整体|每|时|可能|就|还|都|也|又|约|共|总|合计|达|以|内|中|后|前|看成|觉得|看到|历时|致使|拥有|现有|还有|带|会派|设计|开展|出台|扩至|能产|调整)$/;
const HAN = /^[\u3400-\u9fffA-Za-z]/;
// characters that are never a noun on their own
const FUNCTION_CHAR = /^[的了在是有和与及等个内外中上下前后里间多余近超约共各每其该此这那就都也还又将可能会要者年月天日期底末初另]$/;
export const MAX_TOKENS = 5;
export const MAX_CHARS = 12;

export type Blocker = Span & { type?: string };

export interface SubjectContext {
  text: string;
  /** The figure's sentence, tagged once: tokens with offsets into text. */
  tokens: TaggedToken[];
  figure: FigureEntity;
  /** Where the subject may stand: the figure's clause, cut at the figures before and after it. */
  lo: number;
  hi: number;
  /** Where the figure before this one in the sentence ends (0 for none): a subject is never looked for before it. */
  floor?: number;
  /** Places and times (entities, with their type): a subject never runs into one, save a place naming whose the counted are. */
  blocked: Blocker[];
}

export const DURATION = /^(?:小时|个小时|天|日|周|星期|个星期|个月|月|年|分钟|个工作日|工作日)$/;
export const overlapsAny = (t: Span, spans: Span[]) => spans.some((s) => s.start < t.end && t.start < s.end);
export const isHan = (t: TaggedToken) => HAN.test(t.word) && !/[，。；：、！？“”‘’《》（）()【】]/.test(t.word);
// jieba tags some nouns as numerals (良种/m): a "numeral" of two or more characters with no digit in it is a word (年/m, 日/m alone are per-units)
const NUMERAL_CHAR = /[0-9０-９〇○零一二三四五六七八九十百千万亿两几半多余数整]/;
// verbs of sending that jieba tags as verbal nouns (销往, 运往, 运至): what follows them is a destination, so they end
// a counted noun (30余吨蔬菜|销往南昌)
const SENDING_VERB = /^[\u4e00-\u9fff][往至]$/;
export const nominal = (t: TaggedToken) =>
  isHan(t) && !SENDING_VERB.test(t.word) && (NOUN_TAGS.test(t.tag) || t.tag === 'x' || (t.tag === 'm' && t.word.length > 1 && !NUMERAL_CHAR.test(t.word)) || (t.tag === 'zg' && t.word !== '每')) && !LINKING.test(t.word) && !PLACE_WORD.test(t.word) && !INNER_STOP.test(t.word);
export const verbal = (t: TaggedToken) => /^(v|vd|vi|a|ad|z)$/.test(t.tag) && isHan(t);

/** The noun phrase right after a count: 1.5万户|农民|增收 → 农民; 3次|核酸|检测 → 核酸检测; 500余个|就业|岗位 → 就业岗位. */
/** The tokens after the figure; 45个 may end inside a token (个村|党组织): the token's rest starts them. */
export function tokensAfter(ctx: SubjectContext): TaggedToken[] {
  const { tokens, figure } = ctx;
  const crossing = tokens.findIndex((t) => t.start < figure.end && t.end > figure.end);
  return crossing >= 0 ? [rest(tokens[crossing], figure.end), ...tokens.slice(crossing + 1)] : tokens.filter((t) => t.start >= figure.end);
}

/** Measure words that count things or people (名, 座, 类), not amounts of a measure (米, 元, 岁). */
export const COUNTING_UNIT = /^(?:个|座|家|条|项|台|名|位|件|辆|套|所|间|栋|处|只|头|匹|张|本|部|艘|架|株|棵|户|人|类|种|批|次|场|起|例|轮|支|对|双|首|篇|份|门|片|把|道|块|枚|颗|幅|册|届|层)$/;

export const MONEY = /(?:元|美元|欧元|日元|英镑|港元|港币)$/;

/** The part of a token after a figure's end (个村|党组织, 项获 → 获), tagged again on its own when the tagger can. */
const rest = (t: TaggedToken, from: number): TaggedToken => {
  const word = t.word.slice(from - t.start);
  const own = getSegmenter()?.tag?.(word);
  return { word, tag: own?.length === 1 ? own[0].tag : 'x', start: from, end: t.end };
};

/** A place's own word, not a time's or a figure's: times and figures are never part of a counted noun. */
export const isPlaceLike = (t: TaggedToken, blocked: Blocker[]) => PLACE_WORD.test(t.word) || blocked.some((s) => s.type === 'place' && s.start <= t.start && t.end <= s.end);

export const cut = (t: TaggedToken, to: number): TaggedToken => ({ word: t.word.slice(0, to - t.start), tag: 'x', start: t.start, end: to });

/** Expectation and intention between a subject and its figure (粮食产量预计增加800吨, 力争突破50亿元). */
export const MODAL = /^(?:预计|预期|有望|可望|可能|计划|力争|争取|确保|要|需|需要|应|应当|能|能够|可以)$/;

export function accept(run: TaggedToken[]): string | undefined {
  const s = run.map((t) => t.word).join('');
  // one character is a phrase only as a noun of its own (的村有23个 → 村), never a function character
  if (!s || (s.length < 2 && !(run.length === 1 && /^(n|zg|x)$/.test(run[0].tag) && !FUNCTION_CHAR.test(s))) || NOT_SUBJECT.test(s)) return undefined;
  return s;
}
