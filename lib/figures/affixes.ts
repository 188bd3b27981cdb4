import { afterGeAt, unitAt } from './units';
import { type Core, DIGITS_RE, MAGNITUDE_CHARS, oneOf, RUN_AT, skipBreak } from './number';
import { parseChinese, toHalfWidth } from '../text';
import type { Approx } from '../types';

// What stands around the number of a figure: its unit, approximation words before and after it
// (超, 近, 约, 不足 … 余, 多, 以上, 左右) and the 角/分 tail of a money amount.

// 约 / 近 / 超 are prefixes only when they are not the end of another word (节约, 接近, 赶超)
const NOT_BEFORE_YUE = '节制预签合邀公条隐简婚履违相特集契大';
const NOT_BEFORE_JIN = '接最附临亲靠贴就走逼将';
const NOT_BEFORE_CHAO = '赶高';

export interface UnitRead {
  end: number;
  unit?: string;
  form: string;
  approx?: Approx;
  half?: boolean;
}

/** Units a number may reach across a line or column break (4275万⏎元); 26⏎本年 is two things. */
const UNITS_ACROSS_BREAK = new Set(['元', '美元', '亩', '户', '人次', '吨', '公斤', '千克', '平方米', '平方公里', '公里', '公顷', '%', 'pp', '个工作日', '个月']);

/** The second unit of a denominator, joined by a middle dot: 公里·日, 公顷·年. */
const PER_SECOND_UNIT = /^[·•・](?:日|天|年|月|小时|人|次)/;

/** The unit after a number: 个 + 月/工作日/百分点, or a unit of the lexicon, or a rate (元/亩). */
export function readUnit(text: string, pos: number): UnitRead | null {
  const u = readSimpleUnit(text, pos);
  // 3000元/亩, 8500元／平方米, 60公里/小时: a rate keeps its denominator in the unit
  if (u?.unit && (text[u.end] === '/' || text[u.end] === '／') && u.unit !== '%' && u.unit !== 'pp') {
    const per = unitAt(text, u.end + 1);
    if (per && per.unit !== '%' && !/^[A-Za-z]/.test(u.form)) {
      // a denominator of two units (万人次/公里·日, 吨/公顷·年) keeps its second one
      const day = PER_SECOND_UNIT.exec(text.slice(per.end, per.end + 3));
      const end = per.end + (day?.[0].length ?? 0);
      // the slash stays as written, like the unit (元／千瓦时 keeps its full-width slash)
      return { ...u, end, unit: `${u.unit}${text[u.end]}${text.slice(u.end + 1, end)}`, form: text.slice(u.end - u.form.length, end) };
    }
  }
  return u;
}

function readSimpleUnit(text: string, pos: number): UnitRead | null {
  const p = skipBreak(text, pos);
  if (p > pos) {
    const across = readUnit(text, p);
    return across && across.unit && UNITS_ACROSS_BREAK.has(across.unit) ? across : null;
  }
  if (text[p] === '个') {
    const ge = afterGeAt(text, p + 1);
    if (ge) {
      const form = text.slice(p, ge.end);
      return { end: ge.end, unit: ge.unit, form, approx: form.includes('多') ? 'over' : undefined, half: form.includes('半') };
    }
    if (text[p + 1] === '多' || text[p + 1] === '半') {
      const after = unitAt(text, p + 2);
      if (after && /^(年|天|星期|周|小时|钟头)$/.test(after.unit)) {
        return { end: after.end, unit: after.unit, form: text.slice(p, after.end), approx: text[p + 1] === '多' ? 'over' : undefined, half: text[p + 1] === '半' };
      }
    }
    return { end: p + 1, unit: '个', form: '个' };
  }
  const u = unitAt(text, p);
  if (!u) return null;
  return { end: u.end, unit: u.unit, form: text.slice(p, u.end) };
}

export function approxSuffix(text: string, pos: number): { end: number; approx: Approx } | null {
  let p = pos;
  // 50万元（含）以上
  const inclusive = /^[（(](?:含|不含)[）)]/.exec(text.slice(p, p + 4));
  if (inclusive) p += inclusive[0].length;
  const two = text.slice(p, p + 2);
  const next = text[p + 2] ?? '';
  if (two === '以上' || two === '有余' || two === '开外' || two === '出头') return { end: p + 2, approx: 'over' };
  if (two === '以下' || two === '以内') return { end: p + 2, approx: 'under' };
  if (two === '左右') return { end: p + 2, approx: 'about' };
  if (two === '上下' && !/[\u4e00-\u9fff]/.test(next)) return { end: p + 2, approx: 'about' };
  if (inclusive) return null;
  const ch = text[p];
  const after = text[p + 1] ?? '';
  if (ch === '多' && !oneOf('样元种次家年个名位项方数少么彩媒功层重党边极维部人只条座门渠措举', after)) return { end: p + 1, approx: 'over' };
  if (ch === '余' && !oneOf('额下粮地热量款户家人名个种项', after)) return { end: p + 1, approx: 'over' };
  return null;
}

interface Prefix {
  start: number;
  approx?: Approx;
  negative?: boolean;
}

/** Approximation words and signs before the number (超7000元, 近万人, 不足, 负3.9%). */
export function readPrefix(text: string, start: number, floor: number, core: Core, unit: string | undefined): Prefix {
  const before = (s: string) => start - s.length >= floor && text.startsWith(s, start - s.length);
  const prev2 = text[start - 2] ?? '';
  if (before('负') && !oneOf('正胜抱担欺自辜减肩重不', prev2)) return { start: start - 1, negative: true };
  if (before('零下')) return { start: start - 2, negative: true };
  // a minus sign, unless it joins two figures (10%-20%) or follows a digit or a letter
  if (core.arabic && start - 1 > floor && (before('-') || before('−') || before('－')) && !/[0-9０-９A-Za-z%％]/.test(prev2)) return { start: start - 1, negative: true };
  const bareMagnitude = MAGNITUDE_CHARS.includes(core.raw[0]);
  // 超过 / 接近 are prefixes too (ANNOTATION.md § FIGURE): 超过80% is 80, over. 不超过 is a limit, not an
  // estimate: it stays outside, as the national gold has 身高不超过1.5米. Longer words first, so 接近 is
  // not read as 近 after 接.
  if (before('不超过')) return { start };
  for (const [word, approx] of [
    ['超过', 'over'], ['接近', 'about'],
    ['不到', 'under'], ['不足', 'under'], ['将近', 'about'], ['大约', 'about'],
    ['逾', 'over'], ['约', 'about'], ['近', 'about'], ['超', 'over'],
  ] as Array<[string, Approx]>) {
    if (!before(word)) continue;
    const p = text[start - word.length - 1] ?? '';
    if (word === '约' && oneOf(NOT_BEFORE_YUE, p)) continue;
    if (word === '近' && oneOf(NOT_BEFORE_JIN, p)) continue;
    if (word === '超' && oneOf(NOT_BEFORE_CHAO, p)) continue;
    // 近3年 after a verb is about three years (历时近3年); 近3年来 and a clause-opening 近3年 are times, which
    // figures.ts drops before a prefix is read
    return { start: start - word.length, approx };
  }
  // 上百个, 过万人, 数百名: only before a bare magnitude
  if (bareMagnitude && (before('上') || before('过') || before('数'))) {
    const p = text[start - 2] ?? '';
    if (before('数') && oneOf('多少总人次指参分半无函倍系变常岁位户台件字点个', p)) return { start };
    if (before('上') && oneOf('线网以之向北南路马早晚楼山车岸身面手桌', p)) return { start };
    if (before('过') && oneOf('超通经度跨越', p)) return { start };
    return { start: start - 1, approx: 'over' };
  }
  return { start };
}

/** A money amount's tail: 123元1角1分 → +0.11. */
export function moneyTail(text: string, pos: number): { end: number; add: number } | null {
  let p = pos;
  let add = 0;
  for (const [unit, scale] of [['角', 0.1], ['分', 0.01]] as Array<[string, number]>) {
    RUN_AT.lastIndex = p;
    const m = RUN_AT.exec(text);
    if (!m || m[0].length > 2 || text[p + m[0].length] !== unit) continue;
    const v = DIGITS_RE.test(m[0]) ? Number(toHalfWidth(m[0])) : parseChinese(m[0]);
    if (Number.isNaN(v) || v > 9) continue;
    add += v * scale;
    p += m[0].length + 1;
  }
  return p > pos ? { end: p, add: Math.round(add * 100) / 100 } : null;
}
