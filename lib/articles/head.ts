// Reads an article's dateline: the byline span, the place it names and its date.
//   本报讯（全媒体记者 黄晓丽）…      → byline 本报讯（全媒体记者 黄晓丽）
//   本报樟树讯 …                      → place 樟树
//   新华社北京11月7日电（记者 王悦阳） → place 北京, month 11, day 7

const DIGITS = '0-9０-９';
const CN_DIGITS = '一二三四五六七八九十〇零';
const SOURCE = '(?:据)?(?:本报|本刊|新华社|中新社|人民网|新华网|央视网|中新网|江西日报|江西新闻网|大江网)';
const DATE = `([${DIGITS}${CN_DIGITS}]{1,3})月([${DIGITS}${CN_DIGITS}]{1,3})日`;
// Source, then a place (non-greedy), then an optional date, then 讯/电; a bracketed byline may follow.
const DATELINE = new RegExp(`^(${SOURCE})([^，。,\\s（(]{0,14}?)(?:${DATE})?(讯|电|消息)\\s*([（(][^（）()]{1,40}[）)])?`);
// pd1998 style: 本报北京1月6日讯新华社记者陈雁、本报记者何加正报道：
const REPORTED = /^[^，。]{0,36}?报道[：:]/;
// 记者/通讯员 with a name: the byline inside an e-paper dateline without brackets.
const SPACED_BYLINE = /^\s*((?:全媒体|融媒体|特约|见习|首席)?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}(?:\s+|$)){1,4}/;

export interface DatelineInfo {
  /** Length of the byline span from the line's start. */
  length: number;
  place?: string;
  month?: number;
  day?: number;
}

const CN_VALUE: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 12, １２, 十二, 二十一, 三十 → number. */
export function readSmallNumber(s: string): number | undefined {
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const ten = ascii.indexOf('十');
  if (ten < 0) return ascii.length === 1 ? CN_VALUE[ascii] : undefined;
  const tens = ten === 0 ? 1 : CN_VALUE[ascii[0]];
  const ones = ten === ascii.length - 1 ? 0 : CN_VALUE[ascii[ten + 1]];
  return tens === undefined || ones === undefined ? undefined : tens * 10 + ones;
}

export function readDateline(line: string): DatelineInfo | undefined {
  const m = DATELINE.exec(line);
  if (!m) return undefined;
  let length = m[0].length;
  const rest = line.slice(length);
  const reported = m[6] ? null : REPORTED.exec(rest);
  if (reported) length += reported[0].length;
  else if (!m[6]) {
    const spaced = SPACED_BYLINE.exec(rest);
    if (spaced) length += spaced[0].trimEnd().length;
  }
  const place = m[2] && !/^[记者通讯员]/.test(m[2]) ? m[2] : undefined;
  return {
    length: line.slice(0, length).trimEnd().length,
    place,
    month: m[3] ? readSmallNumber(m[3]) : undefined,
    day: m[4] ? readSmallNumber(m[4]) : undefined,
  };
}

const FULL_DATE = new RegExp(`([${DIGITS}]{4})年([${DIGITS}]{1,2})月([${DIGITS}]{1,2})日`);

/** The first full date on a line (2023年11月8日 → 2023-11-08). */
export function readFullDate(line: string): string | undefined {
  const m = FULL_DATE.exec(line);
  if (!m) return undefined;
  const [y, mo, d] = [m[1], m[2], m[3]].map((s) => readSmallNumber(s)!);
  return isoDate(y, mo, d);
}

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// A web page's own date line: 2005-5-7 21:23:57, 2005年03月31日03:18, 发布时间：2022.02.13, 2005/05/17 22:11.
// The same separator twice, and no digit or slash before the year (12/01/2005 - 01/01/2006 is a range of months).
const WEB_DATE = /(?<![\d/])((?:19|20)\d{2})(?:([-/.])(\d{1,2})\2(\d{1,2})(?!\d)|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)/;
const WEB_DATE_LABEL = /(发布|发表|更新|时间|日期|发稿|刊发|张贴|发于)[^\d]{0,6}$/;
const CLOCK = /^\s*\d{1,2}[:：]\d{2}/;
const NOT_POST_DATE = /(建立|注册|加入|创建|开通|开博|入驻)(于|时间|日期)?\s*[:：]?\s*$/;

// 发布日期： 7/5/2005 9:23:57 PM, 发表时间： 06/02/2022 - 13:48: the year last, read day first unless the
// first number cannot be a month… the second then cannot be a day (9/17/2004).
const DMY_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/;
const CLOCK_AFTER = /^\s*(?:-\s*)?\d{1,2}[:：]\d{2}/;

/** A web date with the year last, taken only beside a clock time or a date label. */
function dayMonthYear(line: string): string | undefined {
  const m = DMY_DATE.exec(line);
  if (!m) return undefined;
  if (!CLOCK_AFTER.test(line.slice(m.index + m[0].length)) && !WEB_DATE_LABEL.test(line.slice(0, m.index))) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [day, month] = a > 12 || b <= 12 ? [a, b] : [b, a];
  return isoDate(Number(m[3]), month, day);
}

/**
 * The date of a short line that dates the page (under or over a headline, or under a post):
 * the date must carry a clock time, a label (发布时间：), or stand nearly alone on its line.
 * A date inside a sentence of the body does not count.
 */
export function readWebDate(line: string): string | undefined {
  if (line.length > 90) return undefined;
  const m = WEB_DATE.exec(line);
  if (!m) return dayMonthYear(line);
  const after = line.slice(m.index + m[0].length);
  const before = line.slice(0, m.index);
  // 建立于:2004年10月6日, 注册时间：…: when a blog or an account began, not when its text was posted
  if (NOT_POST_DATE.test(before)) return undefined;
  // Alone: beside it at most a short source name (2003-7-24 钱江晚报), never a remark in brackets (截止2006年8月10日).
  const rest = (before + after).replace(/\s+/g, '');
  const alone = rest.length <= 24 && !/[，。；]/.test(rest) && !/[（(][^（）()]{0,4}$/.test(before);
  if (!CLOCK.test(after) && !WEB_DATE_LABEL.test(before) && !alone) return undefined;
  const month = Number(m[3] ?? m[5]);
  const day = Number(m[4] ?? m[6]);
  return isoDate(Number(m[1]), month, day);
}
