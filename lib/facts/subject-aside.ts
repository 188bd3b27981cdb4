// Figures that stand beside their phrase rather than in it: a value in brackets after the noun it gives
// (借贷利率（3～5年期）, 平均水平(8.2%)), and a figure that is then named by 是 (2米就是跳高的极限, 13岁，正是…的年龄).
import type { TaggedToken } from '../text';
import { saidOfBefore } from './said-before';
import { type SubjectContext, COUNTING_UNIT, DURATION, LINKING, isHan, nominal, verbal } from './tokens';

/** Adverbs between a topic and the adjective said of it (价格|一直|不菲, 利率|很|高; jieba tags 很 zg). */
const DEGREE = /^(?:d|ad)$/;
const DEGREE_WORD = /^(?:很|太|较|更|最|挺|极|偏|都|也|还)$/;

/**
 * A figure opening a bracket right after a noun phrase is that phrase's value: the phrase before the bracket is what
 * it measures. A comparison before the phrase (高于全欧洲的平均水平(8.2%)) then names the other side, not the subject;
 * an adjective said of the phrase (吻合器的价格一直不菲（四五千元）) stands between and is gone over.
 */
export function bracketedValue(ctx: SubjectContext): string | undefined {
  const { text, figure, tokens, lo } = ctx;
  const open = figure.start - 1;
  if (!/[（(]/.test(text[open] ?? '') || open <= lo) return undefined;
  const before = tokens.filter((t) => t.end <= open && t.start >= lo);
  let k = before.length - 1;
  if (k < 0) return undefined;
  // an adjective said of the phrase, with its adverbs (一直|不菲): the phrase stands before them
  if (/^a$/.test(before[k].tag) && !nominal(before[k])) {
    k--;
    while (k >= 0 && (DEGREE.test(before[k].tag) || DEGREE_WORD.test(before[k].word))) k--;
    if (k < 0 || k === before.length - 2) return undefined;
  }
  const last = before[k];
  if (!last || !isHan(last) || !nominal(last) || verbal(last)) return undefined;
  // (the phrase starts after a comparison: what 高于 / 比 compares it with is said before)
  const compared = before.slice(0, k).filter((t) => COMPARED.test(t.word)).pop();
  const from = compared ? compared.end : lo;
  return saidOfBefore({ ...ctx, lo: from, figure: { ...figure, start: last.end, end: last.end } }, true);
}

const COMPARED = /^(?:比|较|相比|高于|低于|好于|快于|慢于|超过|不及|相当于)$/;

/** 是 after a figure, over a comma and the adverbs of identity (，正是, 就是, 也就是). */
const NAMED_BY_IS = /^[，,]?(?:这|那)?(?:正|就|便|即|也|也就|才|都)?是/;

/**
 * A measure that the sentence then names with 是 (你能说2米就是跳高的极限么, 13岁，正是花季的年龄) measures what 是
 * names: the head noun of the phrase after 是, after its last 的. Not a count (其中9名是…的新人, 一类是…: 是 then says
 * what kind the counted are) nor a span of time (未来五年，是…的关键时期: 是 says what the span is).
 */
export function namedAfterIs(ctx: SubjectContext): string | undefined {
  const { text, figure, tokens } = ctx;
  if (COUNTING_UNIT.test(figure.unit ?? '') || DURATION.test(figure.unit ?? '')) return undefined;
  const m = NAMED_BY_IS.exec(text.slice(figure.end, figure.end + 6));
  if (!m) return undefined;
  const from = figure.end + m[0].length;
  const run: TaggedToken[] = [];
  let closed = true;
  for (const t of tokens) {
    if (t.start < from) continue;
    if (/[，。；：！？、,;:!?]/.test(t.word)) break;
    // (a figure after 是 makes the phrase a base: 是计划指标的1.66倍)
    if (!isHan(t)) {
      closed = false;
      break;
    }
    run.push(t);
  }
  if (!closed) return undefined;
  // (the question particle at the end is no part of the phrase: 极限|么)
  while (run.length && /^(?:y|u|uj|ul|e)$/.test(run[run.length - 1].tag)) run.pop();
  const of = run.map((t) => t.word).lastIndexOf('的');
  const head = run.slice(of + 1);
  // (after 的, a word jieba tags as an adjective is used as a noun: 跳高的|极限/a)
  const noun = (t: TaggedToken, k: number) => nominal(t) || (of >= 0 && k === 0 && head.length === 1 && /^a$/.test(t.tag));
  if (!head.length || head.length > 3 || !head.every(noun)) return undefined;
  const phrase = head.map((t) => t.word).join('');
  return phrase.length >= 2 && phrase.length <= 8 ? phrase : undefined;
}

/** Words that start what a share of people do or are (表示, 认为, 出现, 没有, 是). */
const DOING_START = /^(?:v|vd|vi|d)$/;

/**
 * A share that names no one before it and is followed by what its members do (42%表示愿意捐款, 52%（389人）出现喉结,
 * 100%没有疼痛感) counts those who do it: the short predicate of its clause is its subject.
 */
export function sharePredicate(ctx: SubjectContext): string | undefined {
  const { text, figure, tokens, hi } = ctx;
  if (figure.unit !== '%') return undefined;
  // (a count restating the share in brackets stands between: 52.0％（389人）)
  const aside = /^[（(][^（）()]{0,10}[）)]/.exec(text.slice(figure.end, hi));
  const from = figure.end + (aside ? aside[0].length : 0);
  const run = tokens.filter((t) => t.start >= from && t.end <= hi);
  if (!run.length || run[0].start !== from || !DOING_START.test(run[0].tag) || !isHan(run[0]) || LINKING.test(run[0].word)) return undefined;
  // (the predicate ends its clause; a figure after it makes it a change: 由77.5%上升到85.5%)
  const end = run[run.length - 1].end;
  if (!/^(?:[，。；：！？,;:!?]|$)/.test(text.slice(end, end + 1))) return undefined;
  const phrase = text.slice(from, end).replace(/[“”"]/g, '');
  return /^[\u3400-\u9fff]{2,10}$/.test(phrase) ? phrase : undefined;
}
