// What a figure measures, read from the part-of-speech tags of its sentence (tagged once per sentence):
// the noun phrase counted after a measure word (45个村党组织 → 村党组织, 6万平方米的原原种 → 原原种), else the
// phrase it is said of before it, over the linking words between (蜜桔种植面积稳定在70万亩 → 蜜桔种植面积;
// 累计放贷6.39亿元 → 放贷). News compounds often hold a verb (种植面积, 就业岗位, 发放贷款): a verb is part of the
// phrase when a noun follows it inside the phrase, or when it is what the figure measures.
// The parts: counted.ts (after a count), said-before.ts (before the figure), subject-around.ts (beyond the figure's
// own phrase), tokens.ts (the word and tag classes they share).
import { getSegmenter, type TaggedToken } from '../text';
import { countedAfter, countedIn } from './counted';
import { saidOfBefore } from './said-before';
import { distanceFrom } from './subject-distance';
import { priceNamedBefore, countedAfterClause, topicBeforeComma, spanEvent } from './subject-around';
import { bracketedValue, namedAfterIs, sharePredicate } from './subject-aside';
import { RELATIVE_UNITS, HARD_NOUN_TAGS, type SubjectContext, DURATION, overlapsAny, nominal, tokensAfter, LINKING, MODAL } from './tokens';

export type { SubjectContext } from './tokens';

// what a share or multiple can be the value of
const RATE_AFTER = /^的([\u3400-\u9fff]{0,8}?(?:率|比重|比例|占比|增速|增幅|份额|指数))/;

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
  return joinShare(recutNameBeforeNumber(out, seg));
}

/**
 * jieba cuts 占比 (a share, a noun of news statistics) as 占|比 or 占|比仅 (a verb and a preposition): before a figure, or
 * the adverbs and verbs that lead to one, 占 and 比 make the noun (全年占比首次超八成, …中占比仅2%); 占 before a noun
 * (占全国) is the verb.
 */
function joinShare(tokens: TaggedToken[]): TaggedToken[] {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [zhan, bi] = [tokens[i], tokens[i + 1]];
    if (zhan.word !== '占' || !/^比[\u4e00-\u9fff]?$/.test(bi.word) || bi.start !== zhan.end) continue;
    // (所占比重, 占比例: 比 starts the next word)
    if (/^[重例率值]/.test(bi.word.slice(1) || tokens[i + 2]?.word || '') || tokens[i - 1]?.word === '所') continue;
    const after = bi.word.length === 2 ? bi.word[1] : tokens[i + 2]?.word ?? '';
    if (bi.word.length === 1 && !SHARE_NEXT.test(tokens[i + 2]?.tag ?? '') && !/^[超达为约近仅]/.test(after)) continue;
    const share = { word: '占比', tag: 'n', start: zhan.start, end: zhan.start + 2 };
    const rest = bi.word.length === 2 ? [{ word: bi.word[1], tag: 'd', start: bi.start + 1, end: bi.end }] : [];
    tokens.splice(i, 2, share, ...rest);
  }
  return tokens;
}
/** What follows 占比 as a noun: a figure, an adverb or a verb of change (首次, 下滑). */
const SHARE_NEXT = /^(?:m|d|v)$/;

// jieba reads some verb + measure words as a person's name (占|比达|86.4%: 比达/nrt), taking the word before's last
// character and the linking verb into it; when the word before and that character make one word (占比), that word
// and the verb (达) are what the sentence says
const NAME_TAG = /^(?:nr|nrt|nrfg)$/;
const LINKING_END = /^[\u4e00-\u9fff][达为]$/;
// words of news statistics that jieba's dictionary does not hold
const WORDS_JIEBA_LACKS = new Set(['占比']);

function recutNameBeforeNumber(tokens: TaggedToken[], seg: NonNullable<ReturnType<typeof getSegmenter>>): TaggedToken[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [prev, name, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
    if (!NAME_TAG.test(name.tag) || !LINKING_END.test(name.word) || next.tag !== 'm' || !/^[0-9０-９一二两三四五六七八九十百千万亿]/.test(next.word)) continue;
    const word = prev.word + name.word[0];
    const joined = seg.tag?.(word);
    const tag = joined?.length === 1 ? joined[0].tag : WORDS_JIEBA_LACKS.has(word) ? 'n' : undefined;
    if (!tag) continue;
    tokens.splice(i - 1, 2, { word, tag, start: prev.start, end: name.start + 1 }, { word: name.word[1], tag: 'v', start: name.start + 1, end: name.end });
  }
  return tokens;
}

/** The subject of a figure, or undefined when nothing measured stands by it. */
export function subjectOf(ctx: SubjectContext): string | undefined {
  if (!ctx.tokens.length) return fallbackSubject(ctx);
  // an age is said of a person, often by a pronoun (家属说她17岁, 他今年已经52岁): the person is its subject
  if (ctx.figure.unit === '岁') {
    const person = ageHolder(ctx);
    if (person) return person;
  }
  // a length from a place (距伽师县92公里) measures the way from it
  const distance = distanceFrom(ctx);
  if (distance) return distance;
  // a figure in brackets after its phrase stands beside what it measures
  const beside = bracketedValue(ctx);
  if (beside) return beside;
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
    // a span after an event (手术后4天, 术后至今已经3年半) measures the time since it: 手术后
    const since = sinceEvent(ctx);
    if (since) return since;
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
  // a share as a verb's object (持有80%股份): the noun after it is what it counts, not who holds it
  const object = objectShare(ctx) ? shareOfNounAfter(ctx) : undefined;
  return object ?? saidOfBefore(ctx) ?? shareOfNounAfter(ctx) ?? topicBeforeComma(ctx) ?? priceNamedBefore(ctx) ?? namedAfterIs(ctx) ?? sharePredicate(ctx);
}

/** 内 after a span of days and the verb of what happens in it (7天内有, 24小时内完成). */
const DURATION_WITHIN = /^(?:内|以内|之内)(?:就|都|须|需|需要|要|必须|应|应当|再)?(?:有|进行|开展|完成|接受)/;

/** Between a noun and a figure that is its value inside a phrase: comparisons and 达 (年应纳税所得额低于100万元的企业). */
const VALUE_LINK = /^(?:低于|高于|不超过|超过|不足|不到|达|达到|在|为|约)$/;

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

/** A share written right before its noun (以90%资金入股, 持有80%股份), with nothing said before it: the noun is what it counts. */
function shareOfNounAfter(ctx: SubjectContext): string | undefined {
  if (!RELATIVE_UNITS.test(ctx.figure.unit ?? '') || !/^[\u3400-\u9fff]/.test(ctx.text[ctx.figure.end] ?? '')) return undefined;
  const first = tokensAfter(ctx)[0];
  if (!first || first.start !== ctx.figure.end || !HARD_NOUN_TAGS.test(first.tag)) return undefined;
  const counted = countedAfter(ctx);
  return counted && !counted.event ? counted.phrase : undefined;
}

/** Whether the word right before a share is a verb that takes it as its object (持有, 出资), not one that links it (增长, 占). */
function objectShare(ctx: SubjectContext): boolean {
  const before = ctx.tokens.filter((t) => t.end <= ctx.figure.start && t.start >= ctx.lo).pop();
  return !!before && before.end === ctx.figure.start && before.tag === 'v' && !LINKING.test(before.word) && !MODAL.test(before.word);
}

/** 后 and the adverbs between it and a span (术后至今已经|3年半, 手术后|4天). */
const AFTER_EVENT = /(?:以后|之后|后)(?:至今)?(?:已经|已|才|仅|就|刚|整整|足足)?$/;

/** The event a span counts from (食管癌手术后一个月 → 食管癌手术后): the phrase before 后, with 后. */
function sinceEvent(ctx: SubjectContext): string | undefined {
  const { text, figure, lo } = ctx;
  if (!DURATION.test(figure.unit ?? '')) return undefined;
  const m = AFTER_EVENT.exec(text.slice(lo, figure.start));
  if (!m) return undefined;
  const after = /^(?:以后|之后|后)/.exec(m[0])![0];
  const at = lo + (m.index ?? 0);
  const phrase = saidOfBefore({ ...ctx, figure: { ...figure, start: at, end: at } }, true);
  return phrase ? phrase + after : undefined;
}
