import { inSetPhrase } from './figure-idioms';
import { AFTER_BARE_MAGNITUDE, afterGeAt, NOT_AFTER_YI, startsUnit, unitAt } from './figure-units';
import { CN_DIGIT, magnitudeExponent, parseChinese, parseDigitString, parseMixed, scaleDecimal, toHalfWidth } from './numbers';
import type { Approx, FigureEntity } from './types';

// One pass over the text: a global regex finds each run of numeral characters, and readFigure
// grows it into a figure (prefix, number, magnitude, unit, range, suffix) or drops it.
// See ANNOTATION.md § FIGURE.

const RUN_SOURCE =
  '(?:[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．·][0-9０-９]+)?|[零〇○一二三四五六七八九十百千万亿两兩俩壹贰貳叁參肆柒捌玖佰仟萬億廿卅几])+';
const RUN_RE = new RegExp(`翻番|${RUN_SOURCE}`, 'g');
const RUN_AT = new RegExp(RUN_SOURCE, 'y');

const DIGITS_RE = /[0-9０-９]/;
const MAGNITUDE_CHARS = '十百千万亿萬億佰仟拾';
const BIG_CHARS = '万亿萬億兆';
const RANGE_SEPS = ['至', '到', '-', '－', '—', '–', '~', '～', '〜', '―', '−'];
// a single 一 right after these chars belongs to the word before it (统一, 唯一, 之一, 进一步)
const WORD_BEFORE_YI = '统唯万同单逐划专之归合惟整进';
// 约 / 近 / 超 are prefixes only when they are not the end of another word (节约, 接近, 赶超)
const NOT_BEFORE_YUE = '节制预签合邀公条隐简婚履违相特集契大';
const NOT_BEFORE_JIN = '接最附临亲靠贴就走逼将';
const NOT_BEFORE_CHAO = '赶高';
const CLOCK_BEFORE = /上午|下午|晚上|凌晨|早上|中午|傍晚|夜里|清晨|早晨|[早晚]$/;

interface Core {
  start: number;
  end: number;
  raw: string;
  value?: number;
  min?: number;
  max?: number;
  approx?: Approx;
  arabic: boolean;
  /** 2022 or 一九九七: read as a year when 年 follows */
  yearLike: boolean;
  /** power of ten of the trailing magnitude (5万 → 4), for 3至5万元 */
  tailExp: number;
  big: boolean;
}

/** ch is one of the chars of set (never true for an empty or missing char). */
const oneOf = (set: string, ch: string | undefined) => !!ch && set.includes(ch);
const isAsciiLetter = (ch: string | undefined) => !!ch && /[A-Za-zＡ-Ｚａ-ｚ]/.test(ch);
const isCnDigit = (ch: string | undefined) => !!ch && CN_DIGIT.has(ch);

/** Past a line or column break (whitespace holding a newline), else pos itself. */
function skipBreak(text: string, pos: number): number {
  let p = pos;
  let newline = false;
  while (p < text.length && p - pos < 8 && /\s/.test(text[p])) {
    if (text[p] === '\n' || text[p] === '\r') newline = true;
    p++;
  }
  return newline ? p : pos;
}

function tailExponent(raw: string): number {
  let k = raw.length;
  while (k > 0 && MAGNITUDE_CHARS.includes(raw[k - 1])) k--;
  const e = magnitudeExponent(raw.slice(k));
  return e < 0 ? 0 : e;
}

/** Reads a numeral run [start, end) into a number, or null when it is no numeral. */
function readCore(text: string, start: number, end: number): Core | null {
  // 5千克, 3万千瓦: a magnitude char that starts a unit belongs to the unit
  while (end - start > 1 && '千百'.includes(text[end - 1]) && startsUnit(text, end - 1)) end--;
  // 4275万⏎元: a magnitude after a line break still belongs to the number
  let raw = text.slice(start, end);
  const p = skipBreak(text, end);
  if (p > end && BIG_CHARS.includes(text[p])) {
    let q = p;
    while (q < text.length && BIG_CHARS.includes(text[q])) q++;
    raw += text.slice(p, q);
    end = q;
  }
  const arabic = DIGITS_RE.test(raw);
  const core: Core = { start, end, raw, arabic, yearLike: false, tailExp: tailExponent(raw), big: /[万亿萬億兆]/.test(raw) };
  if (arabic) {
    const half = toHalfWidth(raw);
    if (/^0[0-9]/.test(half)) return null; // 0791: a code, not a quantity
    if (/[0-9][零〇○一二三四五六七八九两兩几]/.test(half) || /几/.test(half)) return null;
    if (/^[0-9]{4}$/.test(half) && Number(half) >= 1000 && Number(half) < 3000) core.yearLike = true;
    core.value = parseMixed(half);
    if (Number.isNaN(core.value)) return null;
    return core;
  }
  if (raw.length >= 2 && [...raw].every((ch) => CN_DIGIT.has(ch))) {
    core.yearLike = true;
    core.value = parseDigitString(raw);
    // 一两, 两三, 四五, 七八: a range of neighbouring digits
    const range = digitRange(raw);
    if (range) {
      core.yearLike = false;
      core.value = undefined;
      [core.min, core.max] = range;
    }
    return core;
  }
  if (text[end] === '点' && isCnDigit(text[end + 1])) {
    // Chinese decimals: 十四点八万元, 一百三十一点四五万亩
    let q = end + 1;
    let frac = '';
    while (q < text.length && isCnDigit(text[q])) frac += CN_DIGIT.get(text[q++]);
    let mags = '';
    while (q < text.length && MAGNITUDE_CHARS.includes(text[q])) mags += text[q++];
    const whole = parseChinese(raw);
    const exp = magnitudeExponent(mags);
    // only a number if a magnitude, a unit (not 点 again: 一点一点) or a percent sign follows
    const unitNext = unitAt(text, q);
    const real = mags !== '' || (unitNext !== null && text[q] !== '点');
    if (real && !Number.isNaN(whole) && exp >= 0 && !/[万亿萬億]/.test(raw)) {
      return { ...core, end: q, raw: text.slice(start, q), value: scaleDecimal(`${whole}.${frac}`, exp), tailExp: exp, big: exp >= 4 };
    }
  }
  let body = raw;
  if (body.includes('几')) {
    if (body === '几') return null; // 几个: vague
    // 十几 → 10+, 几十 → 10+, 三十几万 → 300000+
    body = body.replace(/几/g, '');
    core.approx = 'over';
  }
  const range = digitRange(body);
  if (range) {
    [core.min, core.max] = range;
    return core;
  }
  const v = parseChinese(body);
  if (!Number.isNaN(v)) {
    core.value = v;
    return core;
  }
  // 统一三个 has no such run, but 三一 or 一九 may: keep the tail that reads as a numeral
  for (let k = 1; k <= 2 && k < raw.length; k++) {
    const tail = raw.slice(k);
    const tv = parseChinese(tail);
    if (!Number.isNaN(tv) && !tail.includes('几')) return { ...core, start: start + k, raw: tail, value: tv, yearLike: false };
  }
  return null;
}

/** 四五千 → [4000, 5000], 十五六 → [15, 16], 两三 → [2, 3]; null when no neighbouring digits. */
function digitRange(body: string): [number, number] | null {
  for (let i = 0; i + 1 < body.length; i++) {
    const a = CN_DIGIT.get(body[i]);
    const b = CN_DIGIT.get(body[i + 1]);
    if (a === undefined || b === undefined || a === 0 || b === 0) continue;
    if (!(b === a + 1 || (a === 3 && b === 5))) return null;
    const left = body.slice(0, i);
    const right = body.slice(i + 2);
    if ([...left, ...right].some((ch) => CN_DIGIT.has(ch))) return null;
    const lo = parseChinese(left + body[i] + right);
    const hi = parseChinese(left + body[i + 1] + right);
    return Number.isNaN(lo) || Number.isNaN(hi) ? null : [lo, hi];
  }
  return null;
}

interface UnitRead {
  end: number;
  unit?: string;
  form: string;
  approx?: Approx;
  half?: boolean;
}

/** The unit after a number: 个 + 月/工作日/百分点, or a unit of the lexicon. */
/** Units a number may reach across a line or column break (4275万⏎元); 26⏎本年 is two things. */
const UNITS_ACROSS_BREAK = new Set(['元', '美元', '亩', '户', '人', '人次', '名', '吨', '公斤', '千克', '平方米', '平方公里', '公里', '公顷', '%', 'pp', '个工作日', '个月']);

function readUnit(text: string, pos: number): UnitRead | null {
  const u = readSimpleUnit(text, pos);
  // 3000元/亩, 8500元／平方米, 60公里/小时: a rate keeps its denominator in the unit
  if (u?.unit && (text[u.end] === '/' || text[u.end] === '／') && u.unit !== '%' && u.unit !== 'pp') {
    const per = unitAt(text, u.end + 1);
    if (per && per.unit !== '%' && !/^[A-Za-z]/.test(u.form)) {
      return { ...u, end: per.end, unit: `${u.unit}/${per.unit}`, form: text.slice(u.end - u.form.length, per.end) };
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

function approxSuffix(text: string, pos: number): { end: number; approx: Approx } | null {
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
function readPrefix(text: string, start: number, floor: number, core: Core, unit: string | undefined): Prefix {
  const before = (s: string) => start - s.length >= floor && text.startsWith(s, start - s.length);
  const prev2 = text[start - 2] ?? '';
  if (before('负') && !oneOf('正胜抱担欺自辜', prev2)) return { start: start - 1, negative: true };
  if (before('零下')) return { start: start - 2, negative: true };
  if (core.arabic && (before('-') || before('−') || before('－')) && !/[0-9０-９A-Za-z]/.test(prev2)) return { start: start - 1, negative: true };
  const bareMagnitude = MAGNITUDE_CHARS.includes(core.raw[0]);
  for (const [word, approx] of [
    ['不超过', 'under'], ['不到', 'under'], ['不足', 'under'], ['超过', 'over'], ['将近', 'about'], ['大约', 'about'],
    ['逾', 'over'], ['约', 'about'], ['近', 'about'], ['超', 'over'],
  ] as Array<[string, Approx]>) {
    if (!before(word)) continue;
    const p = text[start - word.length - 1] ?? '';
    if (word === '约' && oneOf(NOT_BEFORE_YUE, p)) continue;
    if (word === '近' && oneOf(NOT_BEFORE_JIN, p)) continue;
    if (word === '超' && oneOf(NOT_BEFORE_CHAO, p)) continue;
    // 近3年来: the last three years, not about three
    if (word === '近' && unit === '年') continue;
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
function moneyTail(text: string, pos: number): { end: number; add: number } | null {
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

const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : undefined);

/** Grows the numeral run at [start, end) into a figure, or null. floor: where the previous figure ended. */
function readFigure(text: string, start: number, end: number, floor: number): FigureEntity | null {
  if (end - start === 1 && (text[start] === '百' || text[start] === '千') && text.startsWith('分之', end)) return percentInWords(text, start);
  const core = readCore(text, start, end);
  if (!core) return null;
  if (text.startsWith('分之', core.end)) return fraction(text, core);
  const s = core.start;
  const prev = text[s - 1];
  if (prev === '第' || prev === '初') return null; // ordinals, lunar days
  if (prev === '点' && isCnDigit(text[s - 2])) return null; // the tail of a Chinese decimal
  if (core.arabic) {
    if (isAsciiLetter(prev) || oneOf('_/#@:.', prev) || (isAsciiLetter(text[core.end]) && !unitAt(text, core.end))) return null;
    if (prev === '-' && /[0-9]/.test(text[s - 2] ?? '')) return null; // 0791-8888…
  } else if (core.raw === '一' && oneOf(WORD_BEFORE_YI, prev)) return null;
  else if (/^[一二三四五六七日天]$/.test(core.raw) && ((prev === '周' && text[s - 2] !== '每') || text.startsWith('星期', s - 2) || text.startsWith('礼拜', s - 2))) return null;
  if (inSetPhrase(text, s)) return null;

  let p = core.end;
  let approx = core.approx;
  // 7000多亩, 4000余户, 20来个
  const mid = text[p];
  if ((mid === '多' || mid === '余') && (core.arabic || /[十百千万亿萬億]$/.test(core.raw))) {
    approx = 'over';
    p++;
    // 1000多万年, 4万余元: the magnitude comes after 多 / 余
    let mags = '';
    while (p < text.length && MAGNITUDE_CHARS.includes(text[p]) && !startsUnit(text, p)) mags += text[p++];
    const exp = magnitudeExponent(mags);
    if (mags && exp > 0 && core.value !== undefined) {
      core.value = core.arabic ? scaleDecimal(String(core.value), exp) : core.value * 10 ** exp;
      core.tailExp = exp;
      core.big = core.big || /[万亿萬億]/.test(mags);
      core.yearLike = false;
    } else if (mags) return null;
  } else if (mid === '来' && core.arabic && (core.value ?? 0) >= 10 && readUnit(text, p + 1)) {
    approx = 'about';
    p++;
  }
  // 三十出头: over thirty, no unit
  if (text.startsWith('出头', p) && core.value !== undefined && !core.yearLike) {
    const prefix = readPrefix(text, s, floor, core, undefined);
    return { type: 'figure', start: prefix.start, end: p + 2, text: text.slice(prefix.start, p + 2), value: core.value, approx: 'over' };
  }
  let unitRead = readUnit(text, p);
  if (unitRead?.form === '番') return doubling(text, core);
  if (unitRead && !isUnitAllowed(text, core, unitRead, s)) unitRead = null;

  // ranges: 3至5万元, 1万-5万元, 5-20%, 三到五年
  const range = readRange(text, core, unitRead ?? null, unitRead ? unitRead.end : p);
  let figEnd: number;
  let unit: string | undefined;
  let value = core.value;
  let min = core.min;
  let max = core.max;
  if (range) {
    figEnd = range.end;
    unit = range.unit;
    min = range.min;
    max = range.max;
    value = undefined;
    if (range.approx) approx = range.approx;
  } else {
    // 3万4000, 二十万亿 stand without a unit; 万 or 千万 alone do not (万象, 数以千万计)
    if (!unitRead && !(core.big && core.value !== undefined && !core.yearLike && /[0-9０-９一二三四五六七八九两兩]/.test(core.raw))) return null;
    if (core.yearLike && !unitRead) return null;
    figEnd = unitRead ? unitRead.end : p;
    unit = unitRead?.unit;
    if (unitRead?.approx) approx = unitRead.approx;
    if (unitRead?.half && value !== undefined) value += 0.5;
    if (unit === '元' && value !== undefined) {
      const tail = moneyTail(text, figEnd);
      if (tail) {
        value = Math.round((value + tail.add) * 100) / 100;
        figEnd = tail.end;
      }
    }
  }
  const suffix = approxSuffix(text, figEnd);
  if (suffix) {
    figEnd = suffix.end;
    approx = approx === 'about' || suffix.approx === 'about' ? 'about' : suffix.approx;
  }
  const prefix = readPrefix(text, s, floor, core, unit);
  if (prefix.approx) approx = prefix.approx === 'about' || !approx ? prefix.approx : prefix.approx;
  if (prefix.negative) {
    if (value !== undefined) value = -value;
    if (min !== undefined && max !== undefined) [min, max] = [-max, -min];
  }
  // a slogan of parallel parts: 一县一品牌, 一户一策, 三天两头
  if (core.raw === '一' && text[figEnd] === '一' && unitRead && !unitAt(text, figEnd + 1) && text[figEnd + 1] !== '个' && !inSetPhrase(text, figEnd)) return null;

  const fig: FigureEntity = { type: 'figure', start: prefix.start, end: figEnd, text: text.slice(prefix.start, figEnd) };
  if (min !== undefined && max !== undefined) {
    fig.min = finite(min);
    fig.max = finite(max);
    if (fig.min === undefined) delete fig.min;
    if (fig.max === undefined) delete fig.max;
  } else {
    const v = finite(value);
    if (v !== undefined) fig.value = v;
  }
  if (unit) fig.unit = unit;
  if (approx) fig.approx = approx;
  return fig;
}

/** Rules that keep a numeral + measure word from being read as a quantity. */
function isUnitAllowed(text: string, core: Core, u: UnitRead, s: number): boolean {
  const form = u.form;
  if (core.raw === '一' && NOT_AFTER_YI.has(form)) return false;
  if (form === '番') return true; // 翻一番 is decided by the caller
  // 2022年 is a time; 3年 is a duration. 八十年代 is a time too (年 + 代 is blocked in the lexicon).
  if (core.yearLike && form === '年' && !/[多余]/.test(text[core.end] ?? '')) return false;
  if (form === '年' && /公元前?$/.test(text.slice(Math.max(0, s - 3), s))) return false;
  if (core.yearLike && !core.arabic && form !== '年') return false;
  if (form === '届') return false;
  if (form === '人民币' && !core.arabic && core.raw.length === 1) return false; // 李四人民币 // 十四届: an ordinal
  if (form === '次' && /^(?:全体)?会议|^全会/.test(text.slice(u.end, u.end + 4)) && text.slice(Math.max(0, s - 8), s).includes('届')) return false;
  if (oneOf('百千万亿萬億', core.raw) && core.raw.length === 1 && !AFTER_BARE_MAGNITUDE.has(u.unit ?? '') && !/[近上数超逾过约]$/.test(text.slice(0, s))) return false;
  if (core.raw === '零' || core.raw === '〇' || core.raw === '○') return false;
  if (core.raw === '一') {
    const before = text[s - 1];
    const after = text[u.end];
    // 一起 / 一道 are mostly adverbs (在一起, 一道前往); 一起案件 and 的一道风景 are counts
    if (form === '起' && !oneOf('案事交重特刑火爆抢盗诈凶命纠车', after)) return false;
    if (form === '道' && !(oneOf('的了是有这那', before) && /[\u4e00-\u9fff]/.test(after ?? ''))) return false;
    if (form === '行' && !oneOf('的了着写有出', before)) return false; // 佩里一行: a delegation
    if ((form === '代' || form === '辈') && oneOf('新老轻年', before)) return false; // 新一代, 老一辈
    if (form === '面' && oneOf('的另', before)) return false; // 的一面: an aspect
    if (form === '家' && (!after || /[，。、；：！？）」”\s]/.test(after))) return false; // 张三一家。: a family
  }
  // 上一年, 前一天: a relative time, not a span
  if (/^(年|天|周|夜|晚|日|个月|星期)$/.test(u.unit ?? '') && core.raw === '一' && oneOf('上前下次', text[s - 1])) return false;
  if (form === '级' && core.raw === '二') return false; // 二级市场: a rank
  if (form === '角' && !core.arabic) return false; // 一角, 五角星: a corner or a shape (money is 角钱)
  if (form === '分' || form === '点') {
    // 8时30分, 下午3点: clock times
    const before = text.slice(Math.max(0, s - 3), s);
    if (/[0-9０-９零一二三四五六七八九十][时点]$/.test(before)) return false;
    if (form === '点' && CLOCK_BEFORE.test(text.slice(Math.max(0, s - 5), s))) return false;
    if (form === '分' && /^[十百万]$/.test(core.raw)) return false; // 十分重要, 万分感谢
  }
  return true;
}

interface RangeRead {
  end: number;
  min: number;
  max: number;
  unit?: string;
  approx?: Approx;
}

function readRange(text: string, core: Core, unit1: UnitRead | null, pos: number): RangeRead | null {
  if (core.value === undefined) return null;
  const sep = RANGE_SEPS.find((x) => text.startsWith(x, pos));
  if (!sep) return null;
  RUN_AT.lastIndex = pos + sep.length;
  const m = RUN_AT.exec(text);
  if (!m) return null;
  const c2 = readCore(text, m.index, m.index + m[0].length);
  if (!c2 || c2.start !== m.index || c2.value === undefined || c2.arabic !== core.arabic) return null;
  if (c2.arabic && isAsciiLetter(text[c2.end])) return null;
  let p = c2.end;
  let approx: Approx | undefined;
  if (text[p] === '多' || text[p] === '余') {
    approx = 'over';
    p++;
  }
  const unit2 = readUnit(text, p);
  if (unit2 && !isUnitAllowed(text, c2, unit2, c2.start)) return null;
  if (unit1 && unit2) return null; // 6级—8级, 14元—17元: two figures
  if (!unit1 && !unit2 && !c2.big) return null;
  const unitForm = (unit2 ?? unit1)?.form;
  if (unitForm === '年' && (core.yearLike || c2.yearLike)) return null;
  if (core.yearLike || c2.yearLike) return null;
  let lo = core.value;
  const hi = c2.value;
  // 3至5万元: the first number takes the second's magnitude when it has none of its own
  if (!unit1 && core.tailExp === 0 && c2.tailExp > 0) {
    const scaled = lo * 10 ** c2.tailExp;
    if (scaled <= hi) lo = scaled;
  }
  if (!(lo < hi)) return null;
  return { end: unit2 ? unit2.end : unit1 ? c2.end : c2.end, min: lo, max: hi, unit: (unit2 ?? unit1)?.unit, approx };
}

/** 百分之三十 → 30 %, 百分之三十五点五 → 35.5 %, 千分之五 → 5 ‰. */
function percentInWords(text: string, start: number): FigureEntity | null {
  const p = start + 3;
  RUN_AT.lastIndex = p;
  const m = RUN_AT.exec(text);
  if (!m) return null;
  const arabic = DIGITS_RE.test(m[0]);
  let value = arabic ? parseMixed(m[0]) : parseChinese(m[0]);
  if (Number.isNaN(value)) return null;
  let end = p + m[0].length;
  if (!arabic && text[end] === '点') {
    // Chinese decimals: 三十五点五
    let q = end + 1;
    let frac = '';
    while (q < text.length && CN_DIGIT.has(text[q])) frac += CN_DIGIT.get(text[q++]);
    if (frac) {
      value = Number(`${value}.${frac}`);
      end = q;
    }
  }
  const fig: FigureEntity = { type: 'figure', start, end, text: '', value, unit: text[start] === '百' ? '%' : '‰' };
  const suffix = approxSuffix(text, end);
  if (suffix) {
    fig.end = suffix.end;
    fig.approx = suffix.approx;
  }
  fig.text = text.slice(start, fig.end);
  return fig;
}

/** 三分之一 → 0.333…; the span runs from the denominator through the numerator. */
function fraction(text: string, den: Core): FigureEntity | null {
  if (den.value === undefined || den.value === 0 || den.yearLike || text[den.start - 1] === '第') return null;
  RUN_AT.lastIndex = den.end + 2;
  const m = RUN_AT.exec(text);
  if (!m) return null;
  const num = readCore(text, m.index, m.index + m[0].length);
  if (!num || num.start !== m.index || num.value === undefined || num.arabic !== den.arabic) return null;
  const fig: FigureEntity = { type: 'figure', start: den.start, end: num.end, text: '', value: num.value / den.value };
  const suffix = approxSuffix(text, num.end);
  if (suffix) {
    fig.end = suffix.end;
    fig.approx = suffix.approx;
  }
  fig.text = text.slice(fig.start, fig.end);
  return fig;
}

/** 翻一番 → ×2, 翻两番 → ×4; the span runs from 翻. */
function doubling(text: string, core: Core): FigureEntity | null {
  const s = text.startsWith('翻了', core.start - 2) ? core.start - 2 : text[core.start - 1] === '翻' ? core.start - 1 : -1;
  if (s < 0 || core.value === undefined) return null;
  const end = core.end + 1;
  return { type: 'figure', start: s, end, text: text.slice(s, end), value: 2 ** core.value, unit: 'times' };
}

/** Spans of short quotations (“1+N”, “三个一”): numbers in them are names, not quantities. */
function shortQuotes(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /[“「『]([^“”「」『』\n，。；：！？]{1,10})[”」』]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) spans.push([m.index + 1, m.index + m[0].length - 1]);
  return spans;
}

/** Finds every figure (quantity) in the text, normalized. See ANNOTATION.md § FIGURE. */
export function findFigures(text: string): FigureEntity[] {
  const out: FigureEntity[] = [];
  const quotes = shortQuotes(text);
  let q = 0;
  let floor = 0;
  RUN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN_RE.exec(text))) {
    const start = m.index;
    let fig: FigureEntity | null;
    if (m[0] === '翻番') fig = { type: 'figure', start, end: start + 2, text: '翻番', value: 2, unit: 'times' };
    else fig = readFigure(text, start, start + m[0].length, floor);
    if (!fig) continue;
    while (q < quotes.length && quotes[q][1] <= fig.start) q++;
    if (q < quotes.length && quotes[q][0] <= fig.start && fig.end <= quotes[q][1]) continue;
    out.push(fig);
    floor = fig.end;
    if (RUN_RE.lastIndex < fig.end) RUN_RE.lastIndex = fig.end;
  }
  return out;
}
