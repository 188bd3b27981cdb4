// What a figure measures, read from the part-of-speech tags of its sentence (tagged once per sentence):
// the noun phrase counted after a measure word (45个村党组织 → 村党组织, 6万平方米的原原种 → 原原种), else the
// phrase it is said of before it, over the linking words between (蜜桔种植面积稳定在70万亩 → 蜜桔种植面积;
// 累计放贷6.39亿元 → 放贷). News compounds often hold a verb (种植面积, 就业岗位, 发放贷款): a verb is part of the
// phrase when a noun follows it inside the phrase, or when it is what the figure measures.
import { clauseStart, getSegmenter, type TaggedToken } from '../text';
import type { FigureEntity, Span } from '../types';
import { LINKING_VERBS } from './data/linking-verbs';
import { PREDICATE_VERBS } from './data/predicate-verbs';

// shares and multiples are said of what stands before them, never of what follows
const RELATIVE_UNITS = /^(%|pp|times)$/;
const LINKING = new RegExp(`^(${LINKING_VERBS.join('|')})$`);
const PREDICATE = new RegExp(`^(${PREDICATE_VERBS.join('|')})$`);
// nominal tags: nouns, verbal/adjectival nouns, abbreviations, idioms, distinguishing words, words jieba does not know
// (jieba tags many nouns as names: 满意度/ns, 苗木/nr; places are told apart by the place finder, not by tags)
const NOUN_TAGS = /^(n|nz|ng|nt|nr|nrt|nrfg|ns|vn|an|j|l|b|eng|s)$/;
// a real noun (not a verbal one): after it, a verb starts the predicate (企业|提供岗位)
const HARD_NOUN_TAGS = /^(n|nz|ng|nt|nr|nrt|ns|j|l|eng|x)$/;
// a count's noun after 的, 内 or 多 (6万平方米的原原种, 48小时内核酸检测阴性证明)
const AFTER_COUNT_SKIP = /^(的|之|内|以内|之内|多)$/;
// references to a place are the fact's place, not its subject
const PLACE_WORD = /^(?:[全该本我各](?:省|市|县|区|镇|乡|村|国)|当地|全国|各地|县里|市里|村里|乡里|镇里|区里|县乡|两级)$/;
// words that stand next to figures but say nothing measured: fragments, quantifiers, hedges
// words that end a phrase inside it: 村集体经济收入|全部达到
const INNER_STOP = /^(?:全部|全体|均|都|其中|分别|各|等|各有|共有)$/;
const NOT_SUBJECT = /^(?:整整|足足|仅仅|将近|大约|一般|通常|全部|全体|其中|有望|左右|以上|以下|一共|总共|整体|每|时|可能|就|还|都|也|又|约|共|总|合计|达|以|内|中|后|前|看成|觉得|看到|历时|致使|拥有|现有|还有|带|会派|设计|开展|出台|扩至|能产|调整)$/;
const HAN = /^[\u3400-\u9fffA-Za-z]/;
// characters that are never a noun on their own
const FUNCTION_CHAR = /^[的了在是有和与及等个内外中上下前后里间多余近超约共各每其该此这那就都也还又将可能会要者年月天日期底末初]$/;
// what a share or multiple can be the value of
const RATE_AFTER = /^的([\u3400-\u9fff]{0,8}?(?:率|比重|比例|占比|增速|增幅|份额|指数))/;
const MAX_TOKENS = 5;
const MAX_CHARS = 12;

type Blocker = Span & { type?: string };

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

/** Tags a sentence [start, end) of text once; offsets are the text's. Empty without a tagging segmenter. */
export function tagSentence(text: string, start: number, end: number): TaggedToken[] {
  const seg = getSegmenter();
  if (!seg?.tag) return [];
  const tokens = seg.tag(text.slice(start, end));
  // the tagger's words concatenate back to its input: offsets are running lengths
  let at = start;
  const out: TaggedToken[] = [];
  for (const t of tokens) {
    const token = { word: t.word, tag: t.tag, start: at, end: at + t.word.length };
    at += t.word.length;
    // a Latin name with a hyphen is one word (SK-II, COVID-19): jieba cuts it at the hyphen
    const prev = out[out.length - 1];
    const beforePrev = out[out.length - 2];
    if (prev?.word === '-' && beforePrev?.tag === 'eng' && /^[A-Za-z0-9]+$/.test(token.word)) {
      out.splice(-2, 2, { word: beforePrev.word + '-' + token.word, tag: 'eng', start: beforePrev.start, end: token.end });
      continue;
    }
    out.push(token);
  }
  return out;
}

/** The subject of a figure, or undefined when nothing measured stands by it. */
export function subjectOf(ctx: SubjectContext): string | undefined {
  if (!ctx.tokens.length) return fallbackSubject(ctx);
  // an age is said of a person, often by a pronoun (家属说她17岁, 他今年已经52岁): the person is its subject
  if (ctx.figure.unit === '岁') {
    const person = ageHolder(ctx);
    if (person) return person;
  }
  if (!RELATIVE_UNITS.test(ctx.figure.unit ?? '')) {
    // 年收入20万元以上的村, 年屠宰能力2000万羽的生产线: a figure between a noun and 的 is that noun's value, and
    // the noun after 的 is what has it
    if (modifiesAfter(ctx)) {
      const own = saidOfBefore(ctx, true);
      if (own) return own;
    }
    // 14天内有省外旅居史: a span of days frames what happens in it, which is what it measures
    const within = DURATION_WITHIN.exec(ctx.text.slice(ctx.figure.end, ctx.hi));
    if (DURATION.test(ctx.figure.unit ?? '') && within) {
      const happening = countedIn(ctx.tokens.filter((t) => t.start >= ctx.figure.end + within[0].length), ctx.hi, ctx.blocked, false);
      if (happening) return happening.phrase;
    }
    const event = spanEvent(ctx);
    if (event) return event;
    const described = countedAfterClause(ctx);
    if (described) return described;
    const counted = countedAfter(ctx);
    // what happened to the counted (两人死亡) only when no noun stands before them (脱贫户3200余户增收 → 脱贫户)
    if (counted && !counted.event) return counted.phrase;
    if (counted) return saidOfBefore(ctx, true) ?? counted.phrase;
  } else {
    // a share names the rate it is after 的 (16.2%的同比增长率)
    const rate = RATE_AFTER.exec(ctx.text.slice(ctx.figure.end, ctx.hi));
    if (rate) return rate[1];
    // a share of a population (90%的行政村, 80%以上的企业): the population is what the share counts
    if (ctx.text.startsWith('的', ctx.figure.end)) {
      const population = countedAfter(ctx);
      if (population && !population.event) return population.phrase;
    }
  }
  return saidOfBefore(ctx) ?? topicBeforeComma(ctx) ?? priceNamedBefore(ctx);
}

/**
 * A price (每千瓦时0.375元, 0.33元/千瓦时) in a clause that names nothing (上海、江苏分别为每千瓦时…) is of the price
 * the sentence named before it (执行国家核定电价的…): the last noun ending in 价 before the clause.
 */
function priceNamedBefore(ctx: SubjectContext): string | undefined {
  const { text, figure, tokens, lo } = ctx;
  if (!(figure.unit ?? '').includes('/') && !/每[\u3400-\u9fff]{1,3}$/.test(text.slice(lo, figure.start))) return undefined;
  let k = tokens.length - 1;
  while (k >= 0 && !(tokens[k].end <= lo && /价(?:格)?$/.test(tokens[k].word) && nominal(tokens[k]))) k--;
  if (k < 0) return undefined;
  const at = tokens[k];
  return saidOfBefore({ ...ctx, lo: clauseStart(text, at.start, tokens[0].start), figure: { ...figure, start: at.end } }, true);
}

const DESCRIBING_VERB = /^(?:来自|从事|具有|拥有|持有|身穿|身着|患有|具备|年满|出生于|毕业于)/;

/**
 * A count followed by a clause and 的 counts the noun after 的 (200名过着无性婚姻生活的日本女性, 3家入驻园区的企业): the
 * clause describes the counted, which stand after it.
 */
function countedAfterClause(ctx: SubjectContext): string | undefined {
  const { text, figure, tokens, hi, blocked } = ctx;
  if (MONEY.test(figure.unit ?? '') || DURATION.test(figure.unit ?? '')) return undefined;
  const m = /^[^，。；：、,;:！？“”《》\d０-９]{2,12}?的/.exec(text.slice(figure.end, hi));
  if (!m) return undefined;
  // a clause that describes (过着…生活的, 来自各国的), not a verb with its object (2000人次疏通…的公路, 1500万人购买了…的股票):
  // a lasting state with 着, or a verb of origin, trade or having
  if (!/^[^的]*着/.test(m[0]) && !DESCRIBING_VERB.test(m[0])) return undefined;
  // the clause acts, from its first word (过着无性婚姻生活, 入驻园区); a noun there is the counted (500个就业岗位的)
  // (jieba may glue the verb to the measure word and leave its aspect particle: 名过|着)
  const first = tokensAfter(ctx)[0];
  if (!first || !/^(?:v|ug|uz|ul)$/.test(first.tag) || LINKING.test(first.word) || PREDICATE.test(first.word)) return undefined;
  const counted = countedIn(tokens.filter((t) => t.start >= figure.end + m[0].length), hi, blocked, false);
  return counted && !FRAME.test(counted.phrase) ? counted.phrase : undefined;
}

const MEASURING_LINK = /^(?:达|达到|为|约为|超过|突破|高达|多达|逾|增长|增加|提高|提升|下降|减少|降低)$/;

/**
 * A subject may end the clause before its figure's, after a comma (粮食生产的投入回报率，能达到四倍以上): taken when the
 * figure's own clause holds nothing but linking and modal words before the figure.
 */
function topicBeforeComma(ctx: SubjectContext): string | undefined {
  const { text, figure, tokens, lo } = ctx;
  if (lo <= (tokens[0]?.start ?? lo) || !/[，,]/.test(text[lo - 1] ?? '') || DURATION.test(figure.unit ?? '')) return undefined;
  const own = tokens.filter((t) => t.start >= lo && t.end <= figure.start);
  if (!own.length || !own.every((t) => LINKING.test(t.word) || MODAL.test(t.word) || /^(?:d|p)$/.test(t.tag))) return undefined;
  // (the figure is said of something: a measuring verb right before it, not 是 or an adverb alone: 一连|10多天)
  if (!MEASURING_LINK.test(own[own.length - 1].word)) return undefined;
  const prevLo = clauseStart(text, lo - 1, tokens[0].start);
  // (a clause with a figure of its own has its own subject: 突破百万门大关，达到102万门)
  if (prevLo < (ctx.floor ?? 0)) return undefined;
  return saidOfBefore({ ...ctx, lo: prevLo, figure: { ...figure, start: lo - 1 } }, true);
}

/** Verbs of a service done for people that jieba tags as nouns (办理/n): after the people counted, they start the predicate. */
const SERVICE_VERB = /^(?:办理|受理|申领|领取|发放)$/;
const DURATION = /^(?:小时|个小时|天|日|周|星期|个星期|个月|月|年|分钟|个工作日|工作日)$/;
/** 内 after a span of days and the verb of what happens in it (7天内有, 24小时内完成). */
const DURATION_WITHIN = /^(?:内|以内|之内)(?:就|都|须|需|需要|要|必须|应|应当|再)?(?:有|进行|开展|完成|接受)/;
/** Between a noun and a figure that is its value inside a phrase: comparisons and 达 (年应纳税所得额低于100万元的企业). */
const VALUE_LINK = /^(?:低于|高于|不超过|超过|不足|不到|达|达到|在|为|约)$/;

/** After a span of time, what says it frames the happening after it: 后 / 内, or an adverb (半年后就销户, 20年都没有…). */
const SPAN_MARK = /^(?:内|以内|之内|后|以后|之后)$/;
const SPAN_ADVERB = /^(?:就|才|都|再|便|即|又|还|已|已经|也|均|全部|一直|居然|竟然|竟|未|没|没有|不|须|需|需要|要|必须|应|应当)$/;
/** Verbs of doing whose object is the happening (进行这样的季度观察, 完成改造). */
const DO_VERB = /^(?:进行|开展|完成|接受|组织|举行|实施|有过)$/;

/**
 * A span of time measures what happens in it or after it, said after the span: 半年后就销户 → 销户, 4个小时后孩子出生了
 * → 孩子出生, 两年未和妻子发生性关系 → 发生性关系, 持续十年进行这样的季度观察 → 季度观察; and a span after a verb and 了
 * measures that verb (只睡了三四个小时 → 睡).
 */
function spanEvent(ctx: SubjectContext): string | undefined {
  const { tokens, figure, hi, blocked } = ctx;
  if (!DURATION.test(figure.unit ?? '')) return undefined;
  const after = tokensAfter(ctx).filter((t) => t.end <= hi);
  const before = tokens.filter((t) => t.end <= figure.start && t.start >= ctx.lo);
  const verb = before[before.length - 2];
  // (not a verb whose object follows the span: 打了十几年交道)
  const objectAfter = after[0] && (nominal(after[0]) || after[0].word === '的');
  // (not a verb of reaching: 缩短到了3—5分钟)
  if (before[before.length - 1]?.word === '了' && verb?.tag === 'v' && isHan(verb) && !LINKING.test(verb.word) && !objectAfter) return verb.word;
  let i = 0;
  let marked = false;
  if (after[i] && SPAN_MARK.test(after[i].word)) [i, marked] = [i + 1, true];
  while (after[i] && SPAN_ADVERB.test(after[i].word)) [i, marked] = [i + 1, true];
  // a verb of doing right after the span marks it too (持续十年进行这样的季度观察)
  if (!marked && !DO_VERB.test(after[i]?.word ?? '')) return undefined;
  // who it is done with stands between (未和妻子发生…)
  if (/^(?:和|与|跟|同)$/.test(after[i]?.word ?? '') && after[i + 1] && nominal(after[i + 1])) i += 2;
  if (after[i] && DO_VERB.test(after[i].word)) {
    i++;
    // 这样的, 这种: what kind is no part of the happening
    while (after[i] && (after[i].tag === 'r' || after[i].word === '的')) i++;
    const run: TaggedToken[] = [];
    for (; i < after.length && (nominal(after[i]) || verbal(after[i])) && !overlapsAny(after[i], blocked); i++) {
      // a second verb in a row starts what is done next (观察|并作报告)
      if (run.length && verbal(after[i]) && verbal(run[run.length - 1])) break;
      run.push(after[i]);
    }
    const phrase = run.map((t) => t.word).join('');
    return phrase.length >= 2 && phrase.length <= 8 ? phrase : undefined;
  }
  const [first, second, third] = after.slice(i);
  // (a word jieba does not know is no happening it can vouch for: 竟涨到)
  if (!first || !isHan(first) || first.tag === 'x') return undefined;
  // who and what happened to them (孩子|出生|了)
  if (HARD_NOUN_TAGS.test(first.tag) && nominal(first) && second && /^v/.test(second.tag) && isHan(second) && (!third || third.word === '了' || !isHan(third))) return first.word + second.word;
  // (a bare verb after the span is too often a light one: 10天内就得到了解决)
  const counted = countedIn(after.slice(i), hi, blocked, false);
  return counted?.phrase;
}

/** Whether the figure stands as a value inside a phrase (noun, figure, 的, noun): a noun right before it, 的 after it. */
function modifiesAfter(ctx: SubjectContext): boolean {
  const { text, figure, tokens, lo, blocked } = ctx;
  // a restatement in brackets may stand between (低于100万元（含100万元）的)
  const after = text.slice(figure.end, figure.end + 12).replace(/^[（(][^（）()]{0,8}[）)]/, '');
  if (!after.startsWith('的')) return false;
  const before = tokens.filter((t) => t.end <= figure.start && t.start >= lo);
  let k = before.length - 1;
  if (k >= 0 && VALUE_LINK.test(before[k].word)) k--;
  const t = before[k];
  return !!t && t.end <= figure.start && HARD_NOUN_TAGS.test(t.tag) && nominal(t) && !overlapsAny(t, blocked);
}

/** The person right before an age, over adverbs, times and 是 / 有 (她|17岁, 他|今年|已经|52岁). */
function ageHolder(ctx: SubjectContext): string | undefined {
  const before = ctx.tokens.filter((t) => t.end <= ctx.figure.start && t.start >= ctx.lo);
  let k = before.length - 1;
  while (k >= 0 && (/^(?:d|t)$/.test(before[k].tag) || /^(?:是|有|才|仅|只有|已|已经|刚|刚满|满|年满|今年)$/.test(before[k].word))) k--;
  const t = before[k];
  if (!t) return undefined;
  if (t.tag === 'r' && /^(?:[她他]们?|自己|本人)$/.test(t.word)) return t.word;
  return undefined;
}

/** What a count 的 a frame counts in (20余人的情况下): a frame is no subject; the noun before the count is. */
const FRAME = /^(?:情况|情况下|前提|前提下|背景|背景下|条件|条件下|基础|基础上)$/;

const overlapsAny = (t: Span, spans: Span[]) => spans.some((s) => s.start < t.end && t.start < s.end);
const isHan = (t: TaggedToken) => HAN.test(t.word) && !/[，。；：、！？“”‘’《》（）()【】]/.test(t.word);
// jieba tags some nouns as numerals (良种/m): a "numeral" of two or more characters with no digit in it is a word (年/m, 日/m alone are per-units)
const NUMERAL_CHAR = /[0-9０-９〇○零一二三四五六七八九十百千万亿两几半多余数整]/;
const nominal = (t: TaggedToken) =>
  isHan(t) && (NOUN_TAGS.test(t.tag) || t.tag === 'x' || (t.tag === 'm' && t.word.length > 1 && !NUMERAL_CHAR.test(t.word)) || (t.tag === 'zg' && t.word !== '每')) && !LINKING.test(t.word) && !PLACE_WORD.test(t.word) && !INNER_STOP.test(t.word);
const verbal = (t: TaggedToken) => /^(v|vd|vi|a|ad|z)$/.test(t.tag) && isHan(t);

/** The noun phrase right after a count: 1.5万户|农民|增收 → 农民; 3次|核酸|检测 → 核酸检测; 500余个|就业|岗位 → 就业岗位. */
/** The tokens after the figure; 45个 may end inside a token (个村|党组织): the token's rest starts them. */
function tokensAfter(ctx: SubjectContext): TaggedToken[] {
  const { tokens, figure } = ctx;
  const crossing = tokens.findIndex((t) => t.start < figure.end && t.end > figure.end);
  return crossing >= 0 ? [rest(tokens[crossing], figure.end), ...tokens.slice(crossing + 1)] : tokens.filter((t) => t.start >= figure.end);
}

function countedAfter(ctx: SubjectContext): Counted | undefined {
  const { figure, hi, blocked } = ctx;
  const after = tokensAfter(ctx);
  const counted = countedIn(after, hi, blocked, EVENT_COUNT.test(figure.unit ?? ''));
  if (counted && FRAME.test(counted.phrase)) return undefined;
  // money is spent on something, not counted in it: a verb phrase after an amount is its purpose (236万元|予以救助)
  // (after 的 the phrase is what the money is: 570亿美元的援助)
  if (counted && MONEY.test(figure.unit ?? '') && !ctx.text.startsWith('的', figure.end) && !hasHardNoun(counted.phrase)) return undefined;
  return counted;
}

const MONEY = /(?:元|美元|欧元|日元|英镑|港元|港币)$/;
/** Whether a phrase holds a real noun, read again from its tags (a phrase of verbs only is what is done). */
function hasHardNoun(phrase: string): boolean {
  const tags = getSegmenter()?.tag?.(phrase) ?? [];
  return tags.some((t) => HARD_NOUN_TAGS.test(t.tag) || t.tag === 'nr' || t.tag === 'ns');
}

/** Counts of people or occurrences, which the verb after them can say what happened to (两人死亡, 两场会谈). */
const EVENT_COUNT = /^(?:人|名|位|场|次|起|例|轮|户|家)$/;

/** The part of a token after a figure's end (个村|党组织, 项获 → 获), tagged again on its own when the tagger can. */
const rest = (t: TaggedToken, from: number): TaggedToken => {
  const word = t.word.slice(from - t.start);
  const own = getSegmenter()?.tag?.(word);
  return { word, tag: own?.length === 1 ? own[0].tag : 'x', start: from, end: t.end };
};

interface Counted {
  phrase: string;
  /** The phrase is a verb saying what happened to the counted, not a noun. */
  event?: boolean;
}

function countedIn(tokens: TaggedToken[], hi: number, blocked: Blocker[], events: boolean): Counted | undefined {
  let i = 0;
  if (!tokens.length) return undefined;
  // 8个多月大的女婴: a size or age said with an adjective and 的 stands between the count and its noun
  const skip = (k: number) => AFTER_COUNT_SKIP.test(tokens[k].word) || (/^a$/.test(tokens[k].tag) && tokens[k + 1]?.word === '的');
  while (i < tokens.length && tokens[i].end <= hi && skip(i)) i++;
  const run: TaggedToken[] = [];
  let hardNoun = false;
  for (; i < tokens.length && run.length < MAX_TOKENS; i++) {
    const t = tokens[i];
    // a quoted name right after the count modifies the noun after it (66条“万事好通”营商环境举措): the noun is counted
    if (!run.length && /^[“"]$/.test(t.word)) {
      let close = i + 1;
      while (close < tokens.length && close <= i + 8 && !/^[”"]$/.test(tokens[close].word)) close++;
      const after = tokens[close + 1];
      if (close < tokens.length && close <= i + 8 && after && after.end <= hi && (nominal(after) || isPlaceLike(after, blocked))) {
        i = close;
        continue;
      }
      // …and a quoted name that ends the clause is what is counted (评出5个“最美乡村”。)
      const inside = tokens.slice(i + 1, close).map((q) => q.word).join('');
      if (close < tokens.length && (!after || after.end > hi || /^[，。；：、！？]/.test(after.word)) && inside.length >= 2 && inside.length <= 8 && /^[\u3400-\u9fff]+$/.test(inside)) return { phrase: inside };
    }
    if (t.end > hi || !isHan(t) || INNER_STOP.test(t.word)) break;
    // a locative after the noun says where (1公里范围|内|化工企业): the noun before it is what is counted
    if (run.length && /^(?:内|以内|之内|外|以外)$/.test(t.word)) break;
    const next = tokens[i + 1];
    const nextNominal = next && next.end <= hi && nominal(next);
    // a place or 当地 naming whose the counted people are (四名马里领导人, 21个当地法人) belongs to the phrase
    if (overlapsAny(t, blocked) || PLACE_WORD.test(t.word)) {
      // a place and 外 / 内 before a noun say where (省外|旅居史, 境内|企业): the noun is what is counted
      const third = tokens[i + 2];
      if (!run.length && isPlaceLike(t, blocked) && /^[外内]$/.test(next?.word ?? '') && third && third.end <= hi && nominal(third)) {
        i++;
        continue;
      }
      if (run.length || !nextNominal || !isPlaceLike(t, blocked)) break;
      run.push(t);
      continue;
    }
    // nouns joined by 和, 及, 与 are one phrase (26个国家和地区), and so are a level and its noun over 以上 (省级以上科技进步奖)
    if (/^(?:和|及|与|以及|以上|以下)$/.test(t.word) && run.length && nominal(run[run.length - 1]) && nextNominal) {
      run.push(t);
      continue;
    }
    // a verb of doing after the counted noun starts the predicate, whatever its tag (老人|办理|高龄补贴)
    if (hardNoun && (PREDICATE.test(t.word) || SERVICE_VERB.test(t.word))) break;
    // a doubled character after a noun is two words' boundary that jieba read as one (行政|村村|集体经济 → 行政村)
    if (hardNoun && t.word.length >= 2 && t.word[0] === t.word[1] && /^n/.test(t.tag)) {
      run.push({ ...t, word: t.word[0], end: t.start + 1, tag: 'n' });
      break;
    }
    if (nominal(t)) {
      // a four-character word after a noun starts the predicate (村党组织|结成联盟)
      if (hardNoun && t.word.length >= 4 && startsWithVerb(t)) break;
      run.push(t);
      // (a Latin brand or model name modifies the noun after it like an adjective: SK-II|涉案|产品)
      if (HARD_NOUN_TAGS.test(t.tag) && t.tag !== 'eng') hardNoun = true;
    } else if (verbal(t) && (!hardNoun || /^a/.test(t.tag)) && nextNominal && (!LINKING.test(t.word) || t.word.length === 1)) {
      // a verb or adjective modifying the noun after it (就业|岗位, 村庄|清洁|专项行动)
      run.push(t);
    } else if (events && !run.length && /^v/.test(t.tag) && t.word.length >= 2 && !LINKING.test(t.word) && !PREDICATE.test(t.word)) {
      // what happened to the counted, with nothing nominal after it (两人死亡, 两场会谈)
      return { phrase: t.word, event: true };
    } else break;
    if (run.map((r) => r.word).join('').length > MAX_CHARS) {
      run.pop();
      break;
    }
  }
  while (run.length && (!nominal(run[run.length - 1]) || overlapsAny(run[run.length - 1], blocked))) run.pop();
  // a single-character verb before the counted noun is what is done to it (7项|获|省级以上科技进步奖)
  // (not an adjective: 小|李; nor 超, which prefixes nouns: 超|发电|价)
  while (run.length > 1 && run[0].tag === 'v' && run[0].word.length === 1 && !LINKING.test(run[0].word)) run.shift();
  // a verb alone after the count, ending its clause, is what is counted (持有两点质疑。收到249件投诉，)
  if (!run.length && tokens[i] && tokens[i].tag === 'v' && tokens[i].word.length >= 2 && !LINKING.test(tokens[i].word) && !PREDICATE.test(tokens[i].word) && isHan(tokens[i])) {
    const next = tokens[i + 1];
    if (!next || /^[，。；：、！？,;:!?）)”]/.test(next.word)) return { phrase: tokens[i].word };
  }
  const phrase = accept(run);
  return phrase ? { phrase: phrase + rejoined(run, tokens) } : undefined;
}

/**
 * jieba may cut a compound and glue its last character to the next word (马里|总|统治|下 for 马里总统|治下): when the
 * phrase ends in one character that makes a noun with the next word's first, that character belongs to the phrase.
 */
function rejoined(run: TaggedToken[], tokens: TaggedToken[]): string {
  const last = run[run.length - 1];
  if (!last || last.word.length !== 1) return '';
  const next = tokens.find((t) => t.start === last.end);
  if (!next || next.word.length < 2 || !isHan(next)) return '';
  const joined = getSegmenter()?.tag?.(last.word + next.word[0]);
  return joined?.length === 1 && /^n$/.test(joined[0].tag) ? next.word[0] : '';
}

/** A place's own word, not a time's or a figure's: times and figures are never part of a counted noun. */
const isPlaceLike = (t: TaggedToken, blocked: Blocker[]) => PLACE_WORD.test(t.word) || blocked.some((s) => s.type === 'place' && s.start <= t.start && t.end <= s.end);

const ATTRIBUTE_TAIL = /^(?:速度|面积|规模|总量|数量|能力|水平|人数|金额|总额|幅度|比例|比重|效率|时间|时限|周期|成本|价格|产量|产值)$/;
/** A change that is itself what a figure measures when a linking verb follows it (消费增长|也|达到14%, 降幅|为). */
const CHANGE_NOUN = /^(?:增长|增幅|下降|降幅|涨幅)$/;

/** 发放贷款, 结成联盟: a four-character word whose first half is a verb is a verb phrase, whatever its tag. */
function startsWithVerb(t: TaggedToken): boolean {
  // …but a verb before a measured attribute is a compound noun (增长速度, 发电能力, 种植面积)
  if (ATTRIBUTE_TAIL.test(t.word.slice(2))) return false;
  if (t.tag !== 'n' && t.tag !== 'nz') return true;
  const head = getSegmenter()?.tag?.(t.word.slice(0, 2));
  return head?.length === 1 && head[0].tag === 'v';
}

/** The phrase before the figure, over linking words: 种植面积|达|1.2万亩; 累计|放贷|6.39亿元; 为纳税人|减负|180亿元. */
/** nounOnly: give nothing unless the phrase ends in a noun (for a count whose verb after it is the fallback). */
function saidOfBefore(ctx: SubjectContext, nounOnly = false): string | undefined {
  const { tokens, figure, lo, blocked } = ctx;
  // the word crossing the figure's start (麻鸡超|5000万羽) keeps its part before the figure
  const own = tokens.filter((t) => t.start < figure.start && t.start >= lo).map((t) => (t.end > figure.start ? cut(t, figure.start) : t));
  // jieba glues a linking character to the word before it (超发电价|将 read as 价将): split it off
  for (let k = own.length - 1; k >= 0; k--) {
    const t = own[k];
    if (t.tag === 'x' && t.word.length === 2 && /[将已达为超约共均再又并]$/.test(t.word)) {
      own.splice(k, 1, { word: t.word[0], tag: 'x', start: t.start, end: t.start + 1 }, { word: t.word[1], tag: 'd', start: t.start + 1, end: t.end });
    }
  }
  let i = own.length - 1;
  // a per-unit before the figure (每兆瓦时280元, 每千瓦时0.375元) is the figure's unit, not its subject
  for (let k = i; k >= Math.max(0, i - 3); k--) {
    // (jieba may read 每 and its measure word as one word: 每斤 right before the figure is its unit, 每斤售价 is not)
    if (own[k].word === '每' || own[k].word === '每个' || (k === i && /^每[\u3400-\u9fff]{1,2}$/.test(own[k].word))) {
      i = k - 1;
      break;
    }
  }
  // a comparison stands between the subject and its change (能耗|比2023年|下降12%, 增速|较前三季度|提高): go over it
  for (let k = i; k >= 0; k--) if (COMPARISON.test(own[k].word) || (/^[比较]/.test(own[k].word) && own[k].word.length === 2 && own[k].tag === 'x')) i = k - 1;
  // a share or multiple of a base (调整为现行标准的80%, 按照现行适用税额的50%): the base is no subject, go over it
  if (RELATIVE_UNITS.test(figure.unit ?? '') && own[i]?.word === '的') {
    let k = i - 1;
    while (k >= 0 && own[k].start >= lo && (nominal(own[k]) || verbal(own[k])) && !BASE_BEFORE.test(own[k].word)) k--;
    if (k >= 0 && BASE_BEFORE.test(own[k].word)) i = k;
  }
  // a phrase of 的 is the subject before 有 / 达 / 为 (即将面世的有近30种, 受益的达5000户): those who do it are counted
  if (/^(?:有|达|达到|为|是|超过)$/.test(own[i]?.word ?? '') && own[i - 1]?.word === '的') {
    const doers: TaggedToken[] = [];
    for (let k = i - 2; k >= 0 && doers.length < 4 && isHan(own[k]) && !overlapsAny(own[k], blocked) && (verbal(own[k]) || nominal(own[k]) || own[k].tag === 'd'); k--) doers.unshift(own[k]);
    // (what acts: a verb, or a word jieba tags as a noun in the sentence and as a verb alone: 面世)
    const acts = (t: TaggedToken) => verbal(t) || /^v/.test(t.tag) || /^v/.test(getSegmenter()?.tag?.(t.word)?.[0]?.tag ?? '');
    // (an adverb before the words marks them as a predicate too: 即将|面世)
    if (doers.some(acts) || (doers.length > 1 && doers[0].tag === 'd')) return `${doers.map((t) => t.word).join('')}的`;
  }
  // linking words, adverbs and per-units between the phrase and the figure stay out (达, 同比增长, 平均每立方厘米)
  let skipped = 0;
  // …and the time a figure is of (收入从2019年的不足5万元增加到…)
  while (i >= 0 && skipped < 6 && !changeAsNoun(own, i) && (skippable(own, i) || blocked.some((b) => b.type === 'time' && b.start <= own[i].start && own[i].end <= b.end))) {
    // an aside in brackets after the subject explains it (超发电价（超过…执行的电价）由…): the subject stands before it
    if (/^[）)]$/.test(own[i].word)) {
      let open = i - 1;
      while (open > 0 && !/^[（(]$/.test(own[open].word)) open--;
      if (open > 0) i = open;
    }
    i--;
    skipped++;
  }
  const run: TaggedToken[] = [];
  for (; i >= 0 && run.length < MAX_TOKENS; i--) {
    const t = own[i];
    // 亩均, 户均 (a measure word and 均) belong to the phrase; 均 alone is "all" (增速均超过10%); so do 年 and
    // 以上 between nouns (户均年增收, 规模以上企业)
    const perUnit =
      run.length > 0 && ((t.word === '均' && i > 0 && own[i - 1].word.length === 1) || /^[年日月]$/.test(t.word) || (/^(?:以上|以下)$/.test(t.word) && i > 0 && nominal(own[i - 1])));
    if (overlapsAny(t, blocked) || !isHan(t) || PLACE_WORD.test(t.word) || (INNER_STOP.test(t.word) && !perUnit)) break;
    // the head of a phrase may be a measure word after its verb (脱贫|户)
    const head = t.tag === 'q' && !run.length && i > 0 && (verbal(own[i - 1]) || nominal(own[i - 1]));
    if (!perUnit && !head && !nominal(t) && !verbal(t)) break;
    // 超 before a noun in the phrase is its prefix (超|发电|价, 超|高压): it starts the phrase
    if (prefixesNoun(own, i) && run.length) {
      run.unshift(t);
      break;
    }
    // a linking verb inside (占, 为) ends the phrase it links; 可 before a verb is part of it (可|支配|收入)
    if (LINKING.test(t.word) && run.length && !(t.word === '可' && /^v/.test(run[0].tag))) break;
    run.unshift(t);
    // 亩|均 纯利润, 户|均: a measure word and 均 read as one word
    if (t.word === '均' && i > 0 && own[i - 1].word.length === 1) run.unshift(own[--i]);
    if (run.map((r) => r.word).join('').length > MAX_CHARS) {
      run.shift();
      break;
    }
  }
  // a phrase starts with its content, not a linking word, a single-character verb (建|成) or the verb that does it (建成|示范点)
  while (run.length > 1 && !prefixesNoun(run, 0) && (LINKING.test(run[0].word) || PREDICATE.test(run[0].word) || (verbal(run[0]) && run[0].word.length === 1))) run.shift();
  // a region named by direction (中西部地区|进出口, 东部|地区) is where, not what, the figure measures
  if (run.length > 1 && (REGION.test(run[0].word) || run[0].word === '地区')) {
    let k = 0;
    while (k < run.length - 1 && (REGION.test(run[k].word) || run[k].word === '地区')) k++;
    if (k < run.length && k > 0 && run.slice(0, k).some((t) => t.word === '地区' || t.word.endsWith('地区'))) run.splice(0, k);
  }
  if (nounOnly && !(run.length && (nominal(run[run.length - 1]) || run[run.length - 1].tag === 'q'))) return undefined;
  // 价格, 温度: a generic measure says what it measures only with its owner (超发电价的价格, GDP的温度)
  if (run.length === 1 && GENERIC_HEAD.test(run[0].word) && own[i]?.word === '的') {
    const owner: TaggedToken[] = [];
    for (let k = i - 1; k >= 0 && (nominal(own[k]) || prefixesNoun(own, k)) && !overlapsAny(own[k], blocked) && own[k].start >= lo; k--) {
      owner.unshift(own[k]);
      if (prefixesNoun(own, k)) break;
    }
    const name = owner.map((t) => t.word).join('');
    if (name.length >= 2 && name.length <= 6) return `${name}的${run[0].word}`;
  }
  return accept(atVerb(run));
}

/** 超 as a prefix: right before a noun inside a phrase (超|发电|价), not the verb 超 that links a figure (利润超|7000元). */
const prefixesNoun = (tokens: TaggedToken[], k: number) => tokens[k].word === '超' && /^(?:n|vn|nz)$/.test(tokens[k + 1]?.tag ?? '');

const REGION = /^(?:东|西|南|北|中|中西|东中|东北|西北|西南|东南|中东|沿海|内陆)部?(?:地区)?$/;
const GENERIC_HEAD = /^(?:价格|数量|总量|规模|比例|温度|热度|水平|数值|金额|总额|份额|价值)$/;
/** 消费|增长|也|达到: a change word followed (over adverbs) by a linking verb is the noun the figure measures. */
function changeAsNoun(tokens: TaggedToken[], i: number): boolean {
  if (!CHANGE_NOUN.test(tokens[i].word) || i === 0 || !nominal(tokens[i - 1])) return false;
  let k = i + 1;
  while (k < tokens.length && /^(?:也|还|已|已经|都|均|则)$/.test(tokens[k].word)) k++;
  return /^(?:达到|达|为|超过|突破)$/.test(tokens[k]?.word ?? '');
}

const cut = (t: TaggedToken, to: number): TaggedToken => ({ word: t.word.slice(0, to - t.start), tag: 'x', start: t.start, end: to });
/** What introduces the base of a share (为现行标准的80%, 是原来的3倍, 按照…的50%). */
const BASE_BEFORE = /^(?:为|是|按照|按|相当于|调整为|降为|降至|占)$/;
const COMPARISON = /^(?:比|较|相比|高于|低于|好于|快于|慢于)$/;

/** 桔企和合作社|发放贷款: a noun before a verb that takes a noun object is who acts, not part of the phrase. */
function atVerb(run: TaggedToken[]): TaggedToken[] {
  for (let k = run.length - 1; k > 0; k--) {
    if (!nominal(run[k - 1])) continue;
    if (run[k].tag === 'v' && run[k].word.length >= 2 && k + 1 < run.length && nominal(run[k + 1])) return run.slice(k);
    // 发放贷款 tagged as one noun is still a verb and its object
    if (run[k].word.length === 4 && startsWithVerb(run[k])) return run.slice(k);
  }
  return run;
}

/** Expectation and intention between a subject and its figure (粮食产量预计增加800吨, 力争突破50亿元). */
const MODAL = /^(?:预计|预期|有望|可望|计划|力争|争取|确保|要|需|需要|应|应当|能|能够|可以)$/;

/** Between a phrase and its figure: linking verbs, adverbs, prepositions, per-units (每立方厘米), 的. */
function skippable(tokens: TaggedToken[], i: number): boolean {
  const t = tokens[i];
  if (LINKING.test(t.word) || INNER_STOP.test(t.word) || /^(?:平均|每|分别|同比|环比)$/.test(t.word) || MODAL.test(t.word)) return true;
  // a verb of state before 在 / 至 links like 达 (稳定在70万亩, 提升至97.6%)
  if ((verbal(t) || t.tag === 'vn') && /^(?:在|至|到|于|为)$/.test(tokens[i + 1]?.word ?? '')) return true;
  // a measure word is skipped only as a per-unit (每|亩); else it heads the phrase (脱贫|户)
  if (t.tag === 'q') return i > 0 && /^(?:每|平均|m)$/.test(tokens[i - 1].word.length === 1 && tokens[i - 1].tag === 'm' ? 'm' : tokens[i - 1].word);
  // time words (目前, 现在) are no more part of a subject than the figure's own time
  return /^(d|p|u|uj|ul|c|f|t)$/.test(t.tag) || !isHan(t);
}

function accept(run: TaggedToken[]): string | undefined {
  const s = run.map((t) => t.word).join('');
  // one character is a phrase only as a noun of its own (的村有23个 → 村), never a function character
  if (!s || (s.length < 2 && !(run.length === 1 && /^(n|zg|x)$/.test(run[0].tag) && !FUNCTION_CHAR.test(s))) || NOT_SUBJECT.test(s)) return undefined;
  return s;
}

/** Without a tagger: the Han run just before the figure, less common linking words. */
function fallbackSubject(ctx: SubjectContext): string | undefined {
  const { text, figure, lo, hi } = ctx;
  if (!RELATIVE_UNITS.test(figure.unit ?? '')) {
    const m = /^[\u3400-\u9fff]{2,6}/.exec(text.slice(figure.end, Math.min(hi, figure.end + 8)));
    if (m) return m[0];
  }
  const before = text.slice(Math.max(lo, figure.start - 12), figure.start);
  const m = /([\u3400-\u9fff]{2,8}?)(?:达到|达|增长|增加|提高|提升|突破|超过|实现|完成|共|累计|为|是|约)?$/.exec(before);
  return m?.[1] || undefined;
}
