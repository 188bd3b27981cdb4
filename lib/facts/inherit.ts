// Figures that share a subject with figures before them in the same sentence. News states a quantity
// and then its change (发放贷款4.8亿元，同比增长15.6% → both 发放贷款), lists figures of one subject
// (分别进出口4.5万亿元、4万亿元和1.9万亿元), and pairs changes with what came before through 分别
// (接待游客120万人次、旅游综合收入2.1亿元，同比分别增长18.3%和21.5%).
import type { FigureEntity, Span } from '../types';

export interface Subjected {
  figure: FigureEntity;
  sentence: Span;
  subject?: string;
}

const RELATIVE_UNITS = /^(%|pp|times)$/;
/** What may stand between two figures of one list. */
const LIST_GAP = /^\s*(?:[、和及与或]|以及|和|至|到|—|-|~|～)?\s*$/;
/** A change or comparison said of the figure before it, with nothing else named: 同比增长, 增速较…提高, 高于整体. */
const CHANGE_ONLY = /^[，,]?(?:同比|环比|比上年|较上年|较去年|比去年|分别|均|各|也|还|又|再|共)*(?:增长|增加|提高|提升|下降|减少|降低|上升|回落|增幅|增速|高于|低于|达到|达|为|占比|占|比|较)/;
/** From one figure to the next in one clause: 由10%调整为30%, 从3万辆在2006年扩至12万辆, 从不足5万元增加到去年的62万元. */
const FROM_TO = /^[^，,；;。]*(?:增加|增长|提高|提升|扩大|扩|增|降低|降|下降|减少|减|调整|变|升|上升|压缩|缩短|缩减)(?:到|至|为)[^，,；;。]{0,6}$/;

/** Fills the subjects of figures that take theirs from a figure before them in the sentence. */
export function inheritSubjects(text: string, facts: Subjected[]): void {
  shareTrailingNoun(text, facts);
  frameWithin(text, facts);
  for (let k = 1; k < facts.length; k++) {
    const f = facts[k];
    const prev = facts[k - 1];
    if (prev.sentence.start !== f.sentence.start) continue;
    const gap = text.slice(prev.figure.end, f.figure.start);
    // one of a list: 4.5万亿元、4万亿元和1.9万亿元
    if (!f.subject && LIST_GAP.test(gap)) {
      f.subject = pairedThroughFenbie(text, facts, k) ?? prev.subject;
      continue;
    }
    // the end of a change has the subject of its start
    if (FROM_TO.test(gap) && prev.subject) {
      f.subject = prev.subject;
      continue;
    }
    if (f.subject && !RELATIVE_UNITS.test(f.figure.unit ?? '')) continue;
    // 其中 (of which) counts part of the figure before: 开发23项新产品，其中有4项达到国家先进水平
    if (!f.subject && /其中[^，,；;。]*$/.test(gap) && prev.subject) {
      f.subject = prev.subject;
      continue;
    }
    const paired = pairedThroughFenbie(text, facts, k);
    if (paired) f.subject = paired;
    // a change with nothing named before it is the change of the figure before
    else if (!f.subject && CHANGE_ONLY.test(gap.replace(/^[^，,]*[，,]/, ''))) f.subject = prev.subject;
  }
}

/**
 * 分别 pairs the figures of its list with the figures named before it, in order: the k-th figure after 分别
 * takes the subject of the k-th of as many figures before the clause holding 分别.
 */
function pairedThroughFenbie(text: string, facts: Subjected[], k: number): string | undefined {
  const f = facts[k];
  const head = text.lastIndexOf('分别', f.figure.start);
  if (head < f.sentence.start) return undefined;
  const listed = facts.filter((g) => g.sentence.start === f.sentence.start && g.figure.start > head);
  const earlier = facts.filter((g) => g.sentence.start === f.sentence.start && g.figure.end <= head);
  // the figures before 分别 that sit in the clauses just before it, one per listed figure
  if (earlier.length < listed.length) return undefined;
  const index = listed.indexOf(f);
  if (index < 0) return undefined;
  // a single subject before 分别 names every listed figure (分别进出口…): that is no pairing
  const between = text.slice(earlier[earlier.length - 1].figure.end, head);
  if (!/[，,]/.test(between)) return undefined;
  return earlier[earlier.length - listed.length + index].subject;
}

/** A list ending in 的 and a noun names that noun for every figure of it (0.26元、0.28元、0.328元的超发电价). */
function shareTrailingNoun(text: string, facts: Subjected[]): void {
  let first = 0;
  for (let k = 1; k <= facts.length; k++) {
    const inList = k < facts.length && facts[k].sentence.start === facts[k - 1].sentence.start && LIST_GAP.test(text.slice(facts[k - 1].figure.end, facts[k].figure.start));
    if (inList) continue;
    const last = facts[k - 1];
    if (k - 1 > first && last.subject && text.startsWith(`的${last.subject}`, last.figure.end)) {
      for (let j = first; j < k - 1; j++) facts[j].subject = last.subject;
    }
    first = k;
  }
}

const DURATION = /^(?:小时|天|日|周|个月|月|年|分钟|个工作日|工作日)$/;

/**
 * A span of time that frames what happens in it (返校后在7天内由各区组织安排3次核酸检测) measures that happening: it
 * takes the subject of the count that follows it in its clause, over the words around it (返校后, 各区教育行政部门).
 */
function frameWithin(text: string, facts: Subjected[]): void {
  for (let k = 0; k + 1 < facts.length; k++) {
    const f = facts[k];
    const next = facts[k + 1];
    if (!DURATION.test(f.figure.unit ?? '') || !/^(?:内|以内|之内)/.test(text.slice(f.figure.end, f.figure.end + 2))) continue;
    if (next.sentence.start !== f.sentence.start || /[，,；;。]/.test(text.slice(f.figure.end, next.figure.start))) continue;
    if (next.subject) f.subject = next.subject;
  }
}
