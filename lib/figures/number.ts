import { startsUnit, unitAt } from './units';
import { CN_DIGIT, magnitudeExponent, parseChinese, parseDigitString, parseMixed, scaleDecimal, toHalfWidth } from '../text';
import type { Approx } from '../types';

// The number inside a figure: a run of numeral characters (Arabic, full-width, Chinese, mixed)
// read into a value, a range of neighbouring digits (四五千) or an approximate count (十几).

export const RUN_SOURCE =
  '(?:[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．·][0-9０-９]+)?|[零〇○一二三四五六七八九十百千万亿两兩俩壹贰貳叁參肆柒捌玖佰仟萬億廿卅几])+';
export const RUN_AT = new RegExp(RUN_SOURCE, 'y');

export const DIGITS_RE = /[0-9０-９]/;
export const MAGNITUDE_CHARS = '十百千万亿萬億佰仟拾';
export const BIG_CHARS = '万亿萬億兆';

export interface Core {
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
export const oneOf = (set: string, ch: string | undefined) => !!ch && set.includes(ch);
export const isAsciiLetter = (ch: string | undefined) => !!ch && /[A-Za-zＡ-Ｚａ-ｚ]/.test(ch);
export const isCnDigit = (ch: string | undefined) => !!ch && CN_DIGIT.has(ch);

/** Past a line or column break (whitespace holding a newline), else pos itself. */
export function skipBreak(text: string, pos: number): number {
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
export function readCore(text: string, start: number, end: number): Core | null {
  // 5千克, 3万千瓦: a magnitude char that starts a unit belongs to the unit
  while (end - start > 1 && '千百'.includes(text[end - 1]) && startsUnit(text, end - 1)) end--;
  // 4275万⏎元: a magnitude after a line break still belongs to the number
  let raw = text.slice(start, end);
  const p = skipBreak(text, end);
  if (p > end && BIG_CHARS.includes(text[p])) {
    let q = p;
    while (q < text.length && BIG_CHARS.includes(text[q])) q++;
    // …only if a unit or the clause's end follows (2022⏎万众一心 is two things)
    if (unitAt(text, q) || text[q] === '个' || q >= text.length || /[，。、；！？）\s]/.test(text[q])) {
      raw += text.slice(p, q);
      end = q;
    }
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
