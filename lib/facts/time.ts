// When a figure holds: the time named in its own sentence, else the period that opens its paragraph
// (今年以来，… / 今年1至10月，…), else none. A time from an earlier paragraph belongs to that paragraph's
// figures, and a date in the same sentence may be another event's (the day a report was made, a meeting
// held, a comparison's base year): those are passed over.
import { clauseEnd, clauseStart, sentenceAround } from '../text';
import type { FigureEntity, Span, TimeEntity } from '../types';

export interface FactTime {
  time: TimeEntity;
  from: 'sentence' | 'article';
}

/** Times that are no period of a figure: "now" says nothing a reader can put in a table. */
const NOW = /^(?:截至|截止)?(?:目前|当前|现在|眼下|如今)$/;
/** A time after these is the base a figure is compared with (比2023年下降, 较前三季度提高). */
const COMPARED_BEFORE = /(?:比|较|相比|对比|同比|环比|比较)$/;
/** …or, after the time, these (与去年相比, 去年同期). */
const COMPARED_AFTER = /^(?:相比|同期|相较|比较)/;
/** A year in an event's name (举办2024年金秋招聘会, 出台2023年实施方案) dates the event's name, not the figure. */
const NAMING_VERB = /(?:举办|举行|召开|开展|启动|发布|印发|出台|制定|编制|参加|参与|获得|荣获|入选|评为|评选|公布)$/;
/** From a figure, in a later time, to another (从3万辆在2006年扩至12万辆): that time is when the change ends, not the start's. */
const CHANGE_TO = /^[^，,；;。]{0,3}(?:扩至|扩大到|扩大至|增至|增加到|增长到|提高到|提高至|提升到|提升至|升至|降至|下降到|减少到|减至|调整为|调整到)/;
/** A change to a new value anywhere in a clause (…的65%提高到76%). */
const CHANGE_IN_CLAUSE = /(?:提高|提升|增长|增加|扩大|上升|下降|减少|降低|降|增|升|扩|减)(?:到|至)/;
/** A single day, hour or "yesterday": a point in time, which frames one event, not a paragraph of figures. */
const POINT = /(?:[日号时分秒]|[上下中]午|凌晨|早上|晚上|傍晚|清晨|夜|许|昨天|前天|今天|明天|昨日|今日|当天|当日)$/;
/** A clause that reports (记者获悉, 发布数据) or holds a meeting: a day opening it is when the report was made, not the figures' time. */
const REPORTING = /获悉|了解到|发布|通报|公告|上线|印发|透露|宣布|(?:会议|动员会|座谈会|工作会|推进会|调度会|部署会|发布会|常务会|全会)/;

/**
 * The figure's time: in its sentence [s.start, s.end) the nearest fitting time before the figure, else one after
 * it in its own clause; else the period opening its paragraph (which starts at paragraphStart).
 */
export function factTime(text: string, figure: FigureEntity, sentence: Span, paragraphStart: number, times: TimeEntity[]): FactTime | undefined {
  // a span that ends at a date names that date with 的 (两天之后的1月6日, 三年后的2027年): the date is the figure's own
  const joined = times.find((t) => t.start > figure.end && t.start <= figure.end + 4 && /^(?:之后|以后|后|之前|以前|前)?的$/.test(text.slice(figure.end, t.start)));
  if (joined && !NOW.test(joined.text)) return { time: joined, from: 'sentence' };
  // a figure right after its year, bare or in brackets (比2002年(5.02亿人), 2002年的5.02亿人) is that year's value,
  // even when the year is a comparison's base
  const labelled = times.find((t) => t.end <= figure.start && t.start >= sentence.start && /^(?:[(（]|的)$/.test(text.slice(t.end, figure.start)));
  if (labelled && !NOW.test(labelled.text) && !insideTitle(text, labelled, sentence.start)) return { time: labelled, from: 'sentence' };
  const s = wholeSentence(text, sentence, paragraphStart);
  const clauseHi = clauseEnd(text, figure.end, s.end);
  // the nearest fitting time before the figure; one after it counts only inside the figure's clause
  // (…13万辆的生产规模，计划在今年5月中旬举行开工仪式); a year in an event's name only when nothing else is there
  let before: TimeEntity | undefined;
  let after: TimeEntity | undefined;
  let named: TimeEntity | undefined;
  for (const t of times) {
    if (t.start < s.start || t.end > s.end) continue;
    const fit = fitness(text, t, s.start);
    if (fit === 'no' || startOfChange(text, t, figure)) continue;
    if (t.end <= figure.start) {
      // the last year of a series (1994年21.8%、1995年15%、1996年10.98%) is its own figure's, not the next clause's
      if (t.end < figure.start && /^[0-9０-９]/.test(text[t.end] ?? '') && /[、，,]$/.test(text.slice(s.start, t.start))) continue;
      if (fit === 'yes') before = t;
      else named ??= t;
    } else if (t.start >= figure.end && t.end <= clauseHi && fit === 'yes' && !after && !CHANGE_TO.test(text.slice(t.end, clauseHi))) after = t;
  }
  const own = before ?? after ?? named;
  if (own) return { time: own, from: 'sentence' };
  if (paragraphStart >= s.start) return undefined;
  // 其中 opens a part of the whole the sentence before counted: the whole's time is the part's
  // (今年元旦假期共661.5万人次出入境。其中，内地居民336.5万人次)
  const part = partOfBefore(text, s, paragraphStart, times);
  if (part) return { time: part, from: 'article' };
  const opener = openingPeriod(text, paragraphStart, s.start, times);
  if (!opener) return undefined;
  // a paragraph that has since moved to a later year (…那么2020年的…) no longer speaks of its opening period
  const moved = times.some((t) => t.start > opener.end && t.end <= s.start && /^\d{4}年$/.test(t.text) && !text.slice(opener.start, opener.end).includes(t.text) && laterYear(t.text, opener.text));
  return moved ? undefined : { time: opener, from: 'article' };
}

/** The time of the sentence before one opening with 其中, within the paragraph: its last fitting time. */
function partOfBefore(text: string, s: Span, paragraphStart: number, times: TimeEntity[]): TimeEntity | undefined {
  if (!/^其中/.test(text.slice(s.start, s.start + 2))) return undefined;
  const prev = wholeSentence(text, sentenceAround(text, s.start - 1, s.start - 1, paragraphStart, s.start), paragraphStart);
  let found: TimeEntity | undefined;
  for (const t of times) if (t.start >= prev.start && t.end <= prev.end && !POINT.test(t.text) && fitness(text, t, prev.start) === 'yes') found = t;
  return found;
}

/**
 * Whether t dates where a change started and the figure is where it went (由“十三五”末的65%提高到76%: 76% is not of
 * 十三五); the start's own value (65%) keeps its time.
 */
function startOfChange(text: string, t: TimeEntity, figure: FigureEntity): boolean {
  if (t.end > figure.start || !/[由从][“"]?$/.test(text.slice(Math.max(0, t.start - 2), t.start))) return false;
  // a span standing as its own clause (从1981年到2002年，投资从745.9亿元增至…) is the period of the whole change
  if (/[到至—－~～-]/.test(t.text) || /^[”"]?[，,]/.test(text.slice(t.end, t.end + 2))) return false;
  return CHANGE_IN_CLAUSE.test(text.slice(t.end, figure.start));
}

/** A sentence cut at ； goes on with the clauses before it: their time is its time too (…名单中，全省新增14家；曲靖市各有2家). */
function wholeSentence(text: string, s: Span, lo: number): Span {
  let start = s.start;
  while (start > lo && /[；;]/.test(text[start - 1])) start = sentenceAround(text, start - 1, start - 1, lo, start - 1).start;
  return { start, end: s.end };
}

/**
 * Whether a time in a sentence may be a figure's: never "now", a comparison's base, a title's year (《…规划（2021—2030年）》)
 * or the day a report was made; a year in an event's name only as a last resort.
 */
function fitness(text: string, t: TimeEntity, lo: number): 'yes' | 'named' | 'no' {
  if (NOW.test(t.text) || insideTitle(text, t, lo)) return 'no';
  // a quoted period (比“十三五”末) is compared as a bare one
  const left = text.slice(Math.max(lo, t.start - 4), t.start).replace(/[“"]$/, '');
  const right = text.slice(t.end, t.end + 3).replace(/^[”"]/, '');
  if (COMPARED_BEFORE.test(left) || COMPARED_AFTER.test(right)) return 'no';
  if (POINT.test(t.text)) {
    // the day's own clause, or the one it opens (5月12日，记者从…获悉)
    const from = /[，,]/.test(text[t.end] ?? '') ? t.end + 1 : t.end;
    if (REPORTING.test(text.slice(from, clauseEnd(text, from, text.length)))) return 'no';
  }
  if (NAMING_VERB.test(left) && /^[\u3400-\u9fff]/.test(text[t.end] ?? '')) return 'named';
  return 'yes';
}

/** Inside 《…》: the last opening mark before the time has no closing mark after it. */
function insideTitle(text: string, t: Span, lo: number): boolean {
  for (let k = t.start - 1; k >= lo; k--) {
    if (text[k] === '》') return false;
    if (text[k] === '《') return true;
  }
  return false;
}

/**
 * The period that opens the paragraph: in its first sentence, a time standing as a clause of its own
 * (今年以来， / 今年1至10月，), which frames what the paragraph goes on to count. A single day frames one event.
 */
function openingPeriod(text: string, paragraphStart: number, before: number, times: TimeEntity[]): TimeEntity | undefined {
  const first = sentenceAround(text, paragraphStart, paragraphStart, paragraphStart, before);
  for (const t of times) {
    if (t.start < first.start || t.end > first.end) continue;
    if (POINT.test(t.text) || fitness(text, t, first.start) !== 'yes') continue;
    // standing alone: the clause holds the time and nothing more than a frame word (到, 在, 截至 …)
    const c0 = clauseStart(text, t.start, first.start);
    const c1 = clauseEnd(text, t.end, first.end);
    // (quote marks around a named period are no words: “十四五”期间; a period may name what ran in it: 2017年到2021年运营期间)
    const lead = text.slice(c0, t.start).replace(/[“"]/g, '');
    const tail = text.slice(t.end, c1).replace(/^[”"]/, '');
    if (/^(?:[●■◆▲\s]|到|在|至|截至|截止|自|从|于)*$/.test(lead) && /^(?:以来|来|里|中|内|[\u4e00-\u9fff]{0,4}期间|以后|后)?$/.test(tail)) return t;
  }
  return undefined;
}

/** Where the paragraph holding pos starts: after the last line break that ends a paragraph, no earlier than lo. */
export function paragraphStartOf(text: string, pos: number, lo: number): number {
  for (let i = pos - 1; i >= lo; i--) {
    if (text[i] !== '\n') continue;
    // a line break inside a sentence is a column break, not a paragraph's end
    let j = i - 1;
    while (j >= lo && (text[j] === ' ' || text[j] === '\r' || text[j] === '\u3000')) j--;
    if (j < lo || text[j] === '\n' || /[。！？!?；;：:”’」』)）]/.test(text[j])) return i + 1;
  }
  return lo;
}

/** Whether year (2020年) lies after every year the period names (1985年到2002年). */
function laterYear(year: string, period: string): boolean {
  const named = [...period.matchAll(/\d{4}/g)].map((m) => Number(m[0]));
  return named.length > 0 && Number(year.slice(0, 4)) > Math.max(...named);
}
