// Figures that share a subject with figures before them in the same sentence. News states a quantity
// and then its change (发放贷款4.8亿元，同比增长15.6% → both 发放贷款), lists figures of one subject
// (分别进出口4.5万亿元、4万亿元和1.9万亿元), and pairs changes with what came before through 分别
// (接待游客120万人次、旅游综合收入2.1亿元，同比分别增长18.3%和21.5%).
import type { FigureEntity, Span } from '../types';
// (a count's noun may be left out when it was said before: COUNTING_UNIT)
import { COUNTING_UNIT } from './tokens';

export interface Subjected {
  figure: FigureEntity;
  sentence: Span;
  subject?: string;
}

const RELATIVE_UNITS = /^(%|pp|times)$/;
/** What may stand between two figures of one list. */
/** (each member may carry its year: 1994年21.8%、1995年15%) */
const LIST_GAP = /^\s*(?:[、和及与或]|以及|和|至|到|—|-|~|～)?\s*(?:[、和及与或][0-9]{4}年)?$/;
/** A change or comparison said of the figure before it, with nothing else named: 同比增长, 增速较…提高, 高于整体. */
const CHANGE_ONLY = /^[，,]?(?:同比|环比|比上年|较上年|较去年|比去年|分别|均|各|也|还|又|再|共)*(?:增长|增加|提高|提升|下降|减少|降低|上升|回落|增幅|增速|高于|低于|高出|低出|多出|达到|达|为|占比|占|比|较)/;
/** From one figure to the next in one clause: 由10%调整为30%, 从3万辆在2006年扩至12万辆, 从不足5万元增加到去年的62万元. */
// (the change may be a clause of its verb alone after the start: 从不超过20%，扩大到90%)
const FROM_TO = /^[^，,；;。]*(?:增加|增长|提高|提升|扩大|扩|增|降低|降|下降|减少|减|调整|变|升|上升|压缩|缩短|缩减)(?:到|至|为)[^，,；;。]{0,6}$|^[，,](?:再|又|并|进一步|已|后来|之后)?(?:增加|增长|提高|提升|扩大|扩|增|降低|降|下降|减少|减|调整|变|升|上升|压缩|缩短|缩减)(?:到|至|为)$/;

/** Fills the subjects of figures that take theirs from a figure before them in the sentence. */
export function inheritSubjects(text: string, facts: Subjected[]): void {
  shareTrailingNoun(text, facts);
  frameWithin(text, facts);
  for (const f of facts) if (!f.subject) f.subject = topicOfComment(text, f);
  countedBefore(text, facts);
  for (let k = 1; k < facts.length; k++) {
    const f = facts[k];
    const prev = facts[k - 1];
    if (prev.sentence.start !== f.sentence.start) continue;
    const gap = text.slice(prev.figure.end, f.figure.start);
    // a figure in brackets right after another restates it (低于100万元（含100万元）, 3万元（按季9万元）)
    // (…not when the bracket names what its figure measures: 12公分（上刀口3公分，…）; 按季 / 含 only restate)
    if (RESTATED.test(gap) && prev.subject && !(f.subject && f.subject.length >= 2 && gap.endsWith(f.subject) && !/^(?:按|含|即|合|折|约|共|其中|每)/.test(f.subject))) {
      f.subject = prev.subject;
      continue;
    }
    // …，是原来的3倍: a multiple or share of a base, said of what the figure before it measured
    if (!f.subject && RELATIVE_UNITS.test(f.figure.unit ?? '') && BASE_CLAUSE.test(gap) && prev.subject) {
      f.subject = prev.subject;
      continue;
    }
    // one of a list: 4.5万亿元、4万亿元和1.9万亿元
    if (!f.subject && LIST_GAP.test(gap)) {
      f.subject = pairedThroughFenbie(text, facts, k) ?? prev.subject;
      continue;
    }
    // a contrast of another holder in the clause after (日本的…存活期70%，中国则为50%) measures the same
    if (!f.subject && CONTRAST.test(gap) && prev.subject) {
      f.subject = prev.subject;
      continue;
    }
    // a figure of the same unit that follows the one before over a comma alone gives the same measure another value
    // (切口20公分以上，12公分左右: the second column of a comparison)
    if (!f.subject && prev.subject && f.figure.unit && f.figure.unit === prev.figure.unit && NEXT_VALUE.test(gap) && VALUE_ENDS.test(text.slice(f.figure.end, f.figure.end + 4))) {
      f.subject = prev.subject;
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
    // (the figure before may be a base in brackets: 比2002年(5.02亿人)高出一倍 is the change of what the base counts)
    else if (!f.subject && CHANGE_ONLY.test(gap.replace(/^[^，,]*[，,]/, '').replace(/^[)）]/, ''))) f.subject = prev.subject;
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
      // (a member whose subject stands right before it keeps it: 总建筑面积4.7万平方米32层的…建筑)
      for (let j = first; j < k - 1; j++) if (!saidRightBefore(text, facts[j])) facts[j].subject = last.subject;
    }
    first = k;
  }
}

const saidRightBefore = (text: string, f: Subjected) => !!f.subject && text.slice(f.figure.start - f.subject.length, f.figure.start) === f.subject;

/** A clause naming another holder and 则 / 却 before its figure: 中国则为, 而农村却只有. */
const CONTRAST = /^[，,；;](?:而)?[^，,；;。]{1,6}(?:则|却)(?:为|是|达|有|仅为|只有|仅|只)$/;

/** A bracket opened right after a figure and a few words: the figure in it restates the one before. */
const RESTATED = /^[（(][^（）()，,；;。]{0,4}$/;
/** A clause of its own that gives a multiple or share of a base: ，是原来的 / ，为上年的 / ，相当于…的. */
const BASE_CLAUSE = /[，,](?:是|为|相当于|约为|约是|达到|达)[^，,；;。]{0,12}的$/;

/**
 * Topic and comment (生长期长，是传统模式的3倍; 脱毒种薯的产量就是高，每亩能产3吨): a clause of a noun and an adjective
 * names what the figure in the clause after it measures, when that clause names nothing itself.
 */
function topicOfComment(text: string, f: Subjected): string | undefined {
  const clauseStart = Math.max(f.sentence.start, text.lastIndexOf('，', f.figure.start - 1) + 1);
  // only a clause with no noun of its own before the figure: a verb, adverbs, 是…的 (每亩平均能产, 是原来的)
  // (a year may label the figure: 银行利率很高，1994年21.8%)
  if (!/^(?:每[亩户人年]|平均|能|可|可以|就|也|还|都|是|为|约|产|达|增长|增加|[0-9]{4}年|[^，,]{0,10}的)*$/.test(text.slice(clauseStart, f.figure.start))) return undefined;
  const prevStart = Math.max(f.sentence.start, text.lastIndexOf('，', clauseStart - 2) + 1);
  if (prevStart >= clauseStart - 1) return undefined;
  const prev = text.slice(prevStart, clauseStart - 1).replace(/^[“‘"「\s]+/, '');
  const m = /^(?:而且|并且|不仅|但是|但|且)?([\u3400-\u9fffA-Za-z]{2,4}(?:的[\u3400-\u9fff]{2,3})?)(?:就是|也|都|还|更|很|非常|特别|比较|较|最)?[长短高低大小多少快慢好强重轻宽深]$/.exec(prev);
  return m?.[1];
}

/** Between two values of one measure: a hedge on the first and a comma. */
const NEXT_VALUE = /^(?:以上|以下|左右|上下|多|余)?[，,]$/;
/** …and the second value ends its clause: a phrase after it would be its own subject (100%，100%没有疼痛感). */
const VALUE_ENDS = /^(?:以上|以下|左右|上下|多|余)?(?:[（(，,。；;、！？]|$)/;


/**
 * A count whose noun is left out (英国的46座灯塔中有34座是…, 一周做一两台…一天做三四台) counts what the same measure
 * word counted earlier in the sentence: the subject said right after that earlier figure.
 */
function countedBefore(text: string, facts: Subjected[]): void {
  for (let k = 1; k < facts.length; k++) {
    const f = facts[k];
    const unit = f.figure.unit ?? '';
    if (f.subject || !COUNTING_UNIT.test(unit) || /^[\u3400-\u9fff]/.test(nounAfter(text, f.figure.end))) continue;
    for (let j = k - 1; j >= 0; j--) {
      const g = facts[j];
      if (g.sentence.start !== f.sentence.start) break;
      if (g.figure.unit === unit && g.subject && text.startsWith(g.subject, g.figure.end)) {
        f.subject = g.subject;
        break;
      }
    }
  }
}

/** The characters right after a figure that could be its noun (none when a verb or punctuation follows, read coarsely). */
const nounAfter = (text: string, at: number) => (/^(?:是|为|有|在|被|都|也|就|已|还|要|将|可|能|中|，|。|、|；)/.test(text.slice(at)) ? '' : text.slice(at, at + 1));

const DURATION = /^(?:小时|个小时|天|日|周|星期|个星期|个月|月|年|分钟|个工作日|工作日)$/;
const SPAN_THEN_COUNT = /^(?:内|以内|之内|后|以后|之后)?(?:就|都|再|便|即|又|须|需|要)?(?:进行|开展|完成|接受|组织|安排|举行)?$/;

/**
 * A span of time that frames what happens in it (返校后在7天内由各区组织安排3次核酸检测) measures that happening: it
 * takes the subject of the count that follows it in its clause, over the words around it (返校后, 各区教育行政部门).
 */
function frameWithin(text: string, facts: Subjected[]): void {
  for (let k = 0; k + 1 < facts.length; k++) {
    const f = facts[k];
    const next = facts[k + 1];
    if (!DURATION.test(f.figure.unit ?? '') || next.sentence.start !== f.sentence.start) continue;
    const gap = text.slice(f.figure.end, next.figure.start);
    // 7天内由各区…安排3次, or the count right after the span and a verb of doing (7天再进行1次核酸检测, 8个月4轮谈判)
    if (!(/^(?:内|以内|之内)/.test(gap) && !/[，,；;。]/.test(gap)) && !SPAN_THEN_COUNT.test(gap)) continue;
    if (next.subject) f.subject = next.subject;
  }
}
