// Subjects that stand beyond the figure's own phrase: what happens after a span of time (半年后就销户), the noun a
// described count counts (200名过着…生活的日本女性), the topic before a comma (…回报率，能达到四倍以上) and the price
// named earlier in the sentence for a price whose clause names nothing.
import { clauseStart, type TaggedToken } from '../text';
import { FRAME, countedIn } from './counted';
import { saidOfBefore } from './said-before';
import { LINKING, PREDICATE, HARD_NOUN_TAGS, type SubjectContext, COUNTING_UNIT, DURATION, overlapsAny, isHan, nominal, verbal, tokensAfter, MONEY, MODAL } from './tokens';

/**
 * A price (每千瓦时0.375元, 0.33元/千瓦时) in a clause that names nothing (上海、江苏分别为每千瓦时…) is of the price
 * the sentence named before it (执行国家核定电价的…): the last noun ending in 价 before the clause.
 */
export function priceNamedBefore(ctx: SubjectContext): string | undefined {
  const { text, figure, tokens, lo } = ctx;
  if (!(figure.unit ?? '').includes('/') && !/每[\u3400-\u9fff]{1,3}$/.test(text.slice(lo, figure.start))) return undefined;
  let k = tokens.length - 1;
  while (k >= 0 && !(tokens[k].end <= lo && /价(?:格)?$/.test(tokens[k].word) && nominal(tokens[k]))) k--;
  if (k < 0) return undefined;
  const at = tokens[k];
  return saidOfBefore({ ...ctx, lo: clauseStart(text, at.start, tokens[0].start), figure: { ...figure, start: at.end } }, true);
}

/** Verbs of a describing clause: where from, what one does or has (来自各省的, 从事保姆工作的, 患有慢性病的). */
const DESCRIBING_VERB = /^(?:来自|从事|具有|拥有|持有|身穿|身着|患有|具备|年满|出生于|毕业于)/;

/**
 * A count followed by a clause and 的 counts the noun after 的 (200名过着无性婚姻生活的日本女性, 数千名来自各省的代表): the
 * clause describes the counted, which stand after it.
 */
export function countedAfterClause(ctx: SubjectContext): string | undefined {
  const { text, figure, tokens, hi, blocked } = ctx;
  if (MONEY.test(figure.unit ?? '') || DURATION.test(figure.unit ?? '')) return undefined;
  const m = /^[^，。；：、,;:！？“”《》\d０-９]{2,12}?的/.exec(text.slice(figure.end, hi));
  if (!m) return undefined;
  // a count of things that have something (一两家有能力的快递企业, 40多首有代表性的歌曲): 有 and what they have describe them
  // (what they have is a noun: 有较高的保存价值 says what the counted have, not which they are)
  const had = tokens.filter((t) => t.start > figure.end && t.end < figure.end + m[0].length);
  if (COUNTING_UNIT.test(figure.unit ?? '') && /^有[\u3400-\u9fff]{1,6}的$/.test(m[0]) && had.length && had.every(nominal)) {
    const owned = countedIn(tokens.filter((t) => t.start >= figure.end + m[0].length), hi, blocked, false);
    if (owned && !FRAME.test(owned.phrase)) return owned.phrase;
  }
  // …and of things said to be of a kind by an adjective before 的 (一所又暗又脏的房子, 两部性能先进的雷达): the noun after
  // 的; not a predicate of 是 / 有 said of the counted (这两个是最为显著的体现, 其中400多处有较高的保存价值)
  const described = tokens.filter((t) => t.start >= figure.end && t.end < figure.end + m[0].length);
  const last = described[described.length - 1];
  // (the words before the adjective only qualify it, with no verb or preposition: 性能|先进, 建国以来|最大, 不可|松动)
  if (COUNTING_UNIT.test(figure.unit ?? '') && last && /^(?:a|ad|z)$/.test(last.tag) && !/^(?:是|有|为|在)$/.test(described[0].word) && described.every(qualifying)) {
    const kind = countedIn(tokens.filter((t) => t.start >= figure.end + m[0].length), hi, blocked, false);
    if (kind && !FRAME.test(kind.phrase)) return kind.phrase;
  }
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

/** Words that may qualify a quality after a count: adjectives, adverbs of degree, nouns of the aspect (性能|先进). */
const qualifying = (t: TaggedToken) => /^(?:a|ad|an|z|d|h|b|n|nz|l|m|zg|uj)$/.test(t.tag) || /^(?:不可|不)$/.test(t.word);

const MEASURING_LINK = /^(?:达|达到|为|约为|超过|突破|高达|多达|逾|增长|增加|提高|提升|下降|减少|降低)$/;

/**
 * A subject may end the clause before its figure's, after a comma (粮食生产的投入回报率，能达到四倍以上): taken when the
 * figure's own clause holds nothing but linking and modal words before the figure.
 */
export function topicBeforeComma(ctx: SubjectContext): string | undefined {
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
export function spanEvent(ctx: SubjectContext): string | undefined {
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
