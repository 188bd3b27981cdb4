// Numeral reading: Arabic (half- and full-width), Chinese (simplified, traditional, financial)
// and mixed forms such as 3万4000 or 25万6千. Pure functions over short strings; the scanners
// in figures/figures.ts and times/times.ts find the runs, this file only turns a run into a number.

/** Chinese digit characters → value. 〇/零 are zero; 两/兩/俩 are two. */
export const CN_DIGIT: ReadonlyMap<string, number> = new Map([
  ['零', 0], ['〇', 0], ['○', 0], ['Ｏ', 0],
  ['一', 1], ['壹', 1], ['幺', 1],
  ['二', 2], ['贰', 2], ['貳', 2], ['两', 2], ['兩', 2], ['俩', 2], ['倆', 2],
  ['三', 3], ['叁', 3], ['參', 3],
  ['四', 4], ['肆', 4],
  ['五', 5], ['伍', 5],
  ['六', 6], ['陆', 6], ['陸', 6],
  ['七', 7], ['柒', 7],
  ['八', 8], ['捌', 8],
  ['九', 9], ['玖', 9],
]);

/** Units inside a Chinese numeral below 万. */
export const CN_SMALL_UNIT: ReadonlyMap<string, number> = new Map([
  ['十', 10], ['拾', 10], ['什', 10], ['廿', 20], ['卅', 30],
  ['百', 100], ['佰', 100],
  ['千', 1000], ['仟', 1000],
]);

/** Magnitudes that scale everything before them. */
export const CN_BIG_UNIT: ReadonlyMap<string, number> = new Map([
  ['万', 1e4], ['萬', 1e4],
  ['亿', 1e8], ['億', 1e8],
  ['兆', 1e12],
]);

/** Magnitude characters allowed right after an Arabic number (1.5万, 6.39亿, 3千, 2百). */
export const MAGNITUDE: ReadonlyMap<string, number> = new Map([
  ['十', 10], ['百', 100], ['佰', 100], ['千', 1000], ['仟', 1000],
  ['万', 1e4], ['萬', 1e4], ['亿', 1e8], ['億', 1e8],
]);

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isFullDigit(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}

export function isDigitCode(c: number): boolean {
  return isAsciiDigit(c) || isFullDigit(c);
}

/** Full-width digits, point, comma, percent and minus → their ASCII forms. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else out += s[i];
  }
  return out;
}

/** An Arabic number, half- or full-width, with decimal point and thousands commas (1,100.9 → 1100.9). */
export function parseArabic(s: string): number {
  const t = toHalfWidth(s).replace(/[,\s]/g, '').replace(/[·•]/g, '.');
  return t ? Number(t) : NaN;
}

/** A numeral read digit by digit, as in years: 一九九七 → 1997, 二〇二二 → 2022. NaN unless every char is a digit. */
export function parseDigitString(s: string): number {
  if (!s) return NaN;
  let v = 0;
  for (const ch of s) {
    const d = CN_DIGIT.get(ch);
    if (d === undefined) return NaN;
    v = v * 10 + d;
  }
  return v;
}

/**
 * A Chinese numeral: 一千二百 → 1200, 二十万亿 → 2e13, 十五 → 15, 万 → 10000, 三万五 → 35000
 * (a trailing digit takes the next place down), 一万零五百 → 10500.
 * Returns NaN when the string is not a well-formed numeral (一九, 十十, 三五), so a scanner
 * can tell a numeral from a run of numeral characters inside words.
 */
export function parseChinese(s: string): number {
  if (!s) return NaN;
  let total = 0; // finished groups above the current big unit
  let section = 0; // the group below the current big unit (below 万)
  let digit = -1; // a digit waiting for its unit
  let lastSmall = 1e9; // the last small unit of this section: they must decrease
  let lastUnit = 1; // the last unit seen, for the 三万五 / 一百五 shorthand
  let lastBig = 0;
  let afterZero = false;
  for (const ch of s) {
    const d = CN_DIGIT.get(ch);
    if (d !== undefined) {
      if (digit >= 0 && !(digit === 0 && d > 0)) return NaN; // two digits in a row
      digit = d;
      if (d === 0) afterZero = true;
      continue;
    }
    const small = CN_SMALL_UNIT.get(ch);
    if (small !== undefined) {
      const place = small === 20 || small === 30 ? 10 : small;
      if (place >= lastSmall) return NaN;
      if (small === 20 || small === 30) {
        // 廿 / 卅 stand for 二十 / 三十
        if (digit > 0) return NaN;
        section += small;
      } else {
        section += (digit <= 0 ? 1 : digit) * small;
      }
      digit = -1;
      lastSmall = place;
      lastUnit = place;
      afterZero = false;
      continue;
    }
    const big = CN_BIG_UNIT.get(ch);
    if (big !== undefined) {
      if (digit > 0) section += digit;
      digit = -1;
      if (section === 0 && total === 0) section = 1; // 万 alone = 10000
      if (lastBig && big > lastBig) {
        // 二十万亿, 一千万亿: everything so far is scaled by the larger unit
        total = (total + section) * big;
      } else if (lastBig && big === lastBig) {
        return NaN; // 万…万
      } else {
        total += section * big;
      }
      section = 0;
      lastBig = big;
      lastSmall = 1e9;
      lastUnit = big;
      afterZero = false;
      continue;
    }
    return NaN;
  }
  if (digit > 0) {
    // 三万五 → 35000, 一百五 → 150; but 二百零三 → 203 and 十五 → 15
    section += !afterZero && lastUnit >= 100 ? (digit * lastUnit) / 10 : digit;
  }
  return total + section;
}

/** Power of ten of a magnitude run (万 → 4, 千万 → 7, 万亿 → 12); -1 when a char is not a magnitude. */
export function magnitudeExponent(run: string): number {
  let e = 0;
  for (const ch of run) {
    const m = MAGNITUDE.get(ch);
    if (m === undefined) return -1;
    e += Math.round(Math.log10(m));
  }
  return e;
}

/** digits × 10^exp without binary rounding noise (3541.07 × 10^4 = 35410700 exactly). */
export function scaleDecimal(digits: string, exp: number): number {
  return exp ? Number(`${digits}e${exp}`) : Number(digits);
}

/**
 * A mixed run: Arabic digits with magnitudes and further groups (3万4000, 25万6千, 1.5万, 3541.07万,
 * 1亿2000万), or a pure Chinese or pure Arabic numeral.
 */
export function parseMixed(s: string): number {
  const t = toHalfWidth(s).replace(/,/g, '').replace(/·/g, '.');
  if (/^[0-9.]+$/.test(t)) return Number(t);
  if (!/[0-9]/.test(t)) return parseChinese(t);
  let total = 0;
  let section = 0;
  let lastBigExp = 0;
  const re = /([0-9.]+|[零〇一二三四五六七八九两兩十百千]+)([十百千万萬亿億]*)/y;
  let pos = 0;
  while (pos < t.length) {
    re.lastIndex = pos;
    const m = re.exec(t);
    if (!m || !m[0]) return NaN;
    pos = re.lastIndex;
    const arabic = /[0-9]/.test(m[1]);
    // split the magnitude run into its small part (十百千) and its big part (万亿)
    const smallRun = m[2].replace(/[万萬亿億]/g, '');
    const bigRun = m[2].slice(smallRun.length);
    if (smallRun + bigRun !== m[2]) return NaN; // 万 before 千 inside one group: not a numeral
    const smallExp = magnitudeExponent(smallRun);
    const bigExp = magnitudeExponent(bigRun);
    let value: number;
    if (arabic) value = scaleDecimal(m[1], smallExp);
    else {
      const base = parseChinese(m[1]);
      if (Number.isNaN(base)) return NaN;
      value = base * 10 ** smallExp;
    }
    if (bigExp > 0) {
      total += arabic && section === 0 && !smallRun ? scaleDecimal(m[1], bigExp) : (section + value) * 10 ** bigExp;
      section = 0;
      lastBigExp = bigExp;
    } else if (!m[2] && arabic && total > 0 && section === 0 && lastBigExp >= 4 && /^[0-9]$/.test(m[1])) {
      // 3万5 → 35000: a lone trailing digit is the next place down
      section = value * 10 ** (lastBigExp - 1);
    } else {
      section += value;
    }
  }
  return total + section;
}
