import { CN_DIGIT, parseChinese, parseDigitString, toHalfWidth } from '../text';
import type { TimeEntity } from '../types';

// Times in one pass: a global regex finds atoms (a year, a month, a day, a quarter, a relative
// word, a clock time), then atoms that touch, or are joined by 至 / － / 到, merge into one span
// whose period is normalized to ISO dates when the text (or refDate) gives the year.

const D = '[0-9０-９]';
const CN = '[〇○零一二三四五六七八九十两]';
const SEP = '(?:至|到|-|－|—|–|~|～|〜)';
// holidays that name a period when a period word follows them (元旦假期) or a year comes before them (今年国庆)
const HOLIDAY = '(?:元旦|春节|除夕|元宵节?|清明节?|五一|劳动节|端午节?|中秋节?|国庆节?|重阳节?)';
const MONTH_NUM = `(?:${D}{1,2}|十[一二]?|[一二三四五六七八九元])`;
const DAY_NUM = `(?:${D}{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|三十一?|二十)`;
const ATOM_SOURCE = [
  // 2005和2006年, 2005、2006年: two years said with one 年
  `(?<yl1>[12１２]${D}{3})(?:和|、|及|与|或)(?<yl2>[12１２]${D}{3})年(?!代|级|龄)`,
  // 1980年代: a decade named by its first year
  `(?<dy>[12１２]${D}{3})年代(?<dyq>初|末|中期)?`,
  // 2004下半年, 2026元旦档: a year that leaves out 年 before a half-year or a holiday
  `(?<yh>[12１２]${D}{3})(?=[上下]半年|${HOLIDAY})`,
  // 2015-2020年, 2015至2020年
  `(?<yr1>${D}{4})${SEP}(?<yr2>${D}{4})年(?:度)?`,
  // 2022年, 一九九七年, 公元前221年, 2020年初 / 底 / 末, 2022年以来
  `(?<era>公元前?)?(?<y>[12１２]${D}{3}|[〇○零一二三四五六七八九]{4})年(?!代|级|龄|轻|纪|来|间)(?<yd>度)?(?<yq>初(?![步级中期心衷次始创见任])|底|末|以来)?`,
  // 今年, 去年, 上年度
  `(?<ry>今|去|明|前|后|本|上|次|翌|同|当)年(?!均|级|代|龄|轻|纪|华|头|终)(?:度)?(?<ryq>初(?![步级中期心衷次始创见任])|底|末|以来)?`,
  // 1至10月, 1－9月份
  `(?<mr1>${MONTH_NUM})${SEP}(?<mr2>${MONTH_NUM})月(?:份)?`,
  // 10月, 十二月份, 5月初, 3月上旬
  `(?<m>${MONTH_NUM})月(?<mf>份)?(?<mq>初(?![步级中期心衷次始创见任一二三四五六七八九十])|底|末|上旬|中旬|下旬)?`,
  // 11－12日, 1至7日
  `(?<dr1>${DAY_NUM})${SEP}(?<dr2>${DAY_NUM})日`,
  // 本月, 上个月
  `(?<rm>本|上个?|下个?|当|这个)月(?:份)?(?<rmq>初|底|末)?`,
  // 29日, 三十一日, 5号 (号 only right after a month, checked below)
  `(?<d>${DAY_NUM})(?<dk>日|号)(?![报电元])`,
  // 一季度, 第三季度, 前三季度, 上半年
  `(?<q>第?[一二三四1-4１-４]季度|前[一二三1-3１-３]季度|上半年|下半年|年初|年底|年末|岁末)`,
  // 前10个月, 前两个月: the year's first months (a period of statistics), not a duration
  `前(?<pm>${D}{1,2}|十[一二]?|[一二三四五六七八九两])个月`,
  // 80年代, 上世纪九十年代, 20世纪
  `(?<cpre>上世纪|上个世纪|${D}{2}世纪|[二十]{1,3}世纪)?(?<dec>${D}{2}|[一二三四五六七八九]十)年代(?<decq>初|末|中期|中后期)?`,
  `(?<cen>${D}{2}|二十一?|十[一二三四五六七八九])世纪(?!${CN}|${D}|年代)`,
  // “十四五”末, 十三五时期, “十四五”收官之年, “十四五”前4年: a five-year plan's name as its period
  `(?<fyp>十[一二三四五六七八九]五|[三四五六七八九]五)(?=”?(?:末|时期|期间|初|以来|开局|中期|期末|规划期|收官|前${D}年|前[一二三四]年))`,
  // 元旦假期, “五一”假期, 春节期间, 国庆黄金周, 元旦档: a holiday named with its period word is a period of its own
  // (the word stays outside the span after a closing quote, which is never part of one)
  `(?<hol>${HOLIDAY})(?=”?(?:小长假|长假|假期|期间|黄金周|档期|档))(?<holp>小长假|长假|假期|期间|黄金周|档期|档)?`,
  // “十四五”前4年: the plan's first years (PLAN_BEFORE checks the plan's name before it)
  `前(?<pfy>[1-5１-５一二三四五])年`,
  // 3年来, 十年来, 近5年来: the years up to the page's date
  `(?<ylai>近)?(?<yn>${D}{1,2}|[一二三四五六七八九十两]{1,3})年来`,
  // 上世纪初, 上个世纪末: a part of the last century
  `(?<lcen>上世纪|上个世纪)(?<lcq>初|末|中叶|中期)`,
  // 今年夏季, 去年国庆假期: a season or holiday of the year just named (checked below)
  `(?<season>[春夏秋冬]季|[春夏秋冬]天|春节(?:期间|假期|前后)?|国庆(?:节)?(?:期间|假期|长假|黄金周)?|暑期|暑假|寒假|汛期)`,
  // 上学年, 本学年: a school year, which a school's figures are counted by
  `(?<sy>上|本|下|新|该|当)学年(?:度)?`,
  // 过去10年, 未来五年, 今后三年: the years up to (or from) the page's date
  `(?<span>过去|未来|今后)(?<spn>${D}{1,2}|[一二三四五六七八九十两]{1,2})(?:个)?年`,
  // 今天, 昨日, 近年来
  `(?<rel>今天|昨天|明天|前天|今日|昨日|(?<!光)明日|当天|当日|近年来|近些年来?|近几年来?|近年)`,
  // 上午10时30分, 8点半
  `(?<cp>上午|下午|晚上|凌晨|清晨|深夜|午夜|中午|早上|早晨|傍晚|夜间|晚)?(?<h>${D}{1,2}|[一二三四五六七八九十]|十[一二])(?<hk>时|点)(?<mi>${D}{1,2}分|[一二三四五]?十?[一二三四五六七八九]?分|半|许|整)?`,
  // 2月8日下午, 2月11日晚: a part of the day named without a clock time (checked below: only right after a day)
  `(?<pod>上午|下午|中午|晚上|凌晨|清晨|早上|早晨|傍晚|深夜|夜间|晚间|晚)`,
  // 2022-10-29, 2022.10.29, 2022/10/29
  `(?<iy>${D}{4})[-./](?<im>${D}{1,2})[-./](?<id>${D}{1,2})(?!${D})`,
].join('|');
const ATOM_RE = new RegExp(ATOM_SOURCE, 'g');
/** A five-year plan's name just before (“十四五”前4年): its first years are a period, not a length; figures.ts agrees. */
export const PLAN_BEFORE = /(?:十[一二三四五六七八九]|[三四五六七八九])五”?$/;
/** Before 前N个月, these make it a duration (提前3个月, 此前两个月, 之前, 以前, 日前), not the year's first months; figures/figures.ts agrees. */
export const BEFORE_QIAN_DURATION = /[提此之以日]/;
const SEP_RE = new RegExp(`^${SEP}$`);

type Kind = 'year' | 'month' | 'day' | 'quarter' | 'decade' | 'clock' | 'word';

interface Atom {
  start: number;
  end: number;
  kind: Kind;
  /** the calendar fields this atom sets (a range sets two ends) */
  from: Fields;
  to: Fields;
  /** an atom that needs a refDate or an earlier year to normalize */
  relative?: boolean;
}

interface Fields {
  y?: number;
  m?: number;
  d?: number;
}

function num(s: string): number {
  const h = toHalfWidth(s);
  if (/^[0-9]+$/.test(h)) return Number(h);
  if (s === '正' || s === '元') return 1; // 元月: January
  if ([...s].every((ch) => CN_DIGIT.has(ch))) return parseDigitString(s);
  return parseChinese(s);
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** stands for the month's last day until the year is known */
const LAST_DAY = 99;

/** Sub-periods of a year or month: 初, 底, 上旬, a quarter… as [first month, last month] or day ranges. */
function monthQualifier(q: string | undefined, m: number): [Fields, Fields] {
  switch (q) {
    case '初':
    case '上旬':
      return [{ m, d: 1 }, { m, d: 10 }];
    case '中旬':
      return [{ m, d: 11 }, { m, d: 20 }];
    case '下旬':
    case '底':
    case '末':
      return [{ m, d: 21 }, { m, d: LAST_DAY }];
    default:
      return [{ m }, { m }];
  }
}

function yearQualifier(q: string | undefined): [Fields, Fields] | null {
  if (q === '初') return [{ m: 1 }, { m: 3 }];
  if (q === '底' || q === '末') return [{ m: 12 }, { m: 12 }];
  return null;
}

function quarter(q: string): [Fields, Fields] {
  const h = toHalfWidth(q);
  if (h === '上半年') return [{ m: 1 }, { m: 6 }];
  if (h === '下半年') return [{ m: 7 }, { m: 12 }];
  if (h === '年初') return [{ m: 1 }, { m: 3 }];
  if (h === '年中') return [{ m: 6 }, { m: 7 }];
  if (h === '年底' || h === '年末' || h === '岁末') return [{ m: 12 }, { m: 12 }];
  const n = num(h.replace(/[第前季度]/g, ''));
  if (h.startsWith('前')) return [{ m: 1 }, { m: n * 3 }];
  return [{ m: n * 3 - 2 }, { m: n * 3 }];
}

/** The months of a season or holiday; winter and the spring festival straddle years, so they give none. */
function season(word: string): [Fields, Fields] {
  const s = word[0];
  if (s === '春' && word[1] !== '节') return [{ m: 3 }, { m: 5 }];
  if (s === '夏' || word === '暑期' || word === '暑假') return [{ m: 6 }, { m: 8 }];
  if (s === '秋') return [{ m: 9 }, { m: 11 }];
  if (s === '国') return [{ m: 10 }, { m: 10 }];
  // the solar-calendar holidays; 春节, 元宵, 端午, 中秋 and 重阳 follow the lunar calendar and give no month here
  if (s === '元' && word[1] === '旦') return [{ m: 1 }, { m: 1 }];
  if (word.startsWith('五一') || word.startsWith('劳动节')) return [{ m: 5 }, { m: 5 }];
  if (word.startsWith('清明')) return [{ m: 4 }, { m: 4 }];
  if (word === '汛期') return [{ m: 5 }, { m: 9 }];
  return [{}, {}];
}

// 同年 / 当年 name a year the text gave earlier: NaN keeps the page's year from being taken for it
const REL_YEAR: Record<string, number> = { 今: 0, 本: 0, 去: -1, 上: -1, 明: 1, 次: 1, 翌: 1, 前: -2, 后: 2, 同: NaN, 当: NaN };

function readAtom(g: Record<string, string | undefined>, start: number, end: number, ref: Date | null): Atom | null {
  const atom = (kind: Kind, from: Fields, to: Fields = from, relative = false): Atom => ({ start, end, kind, from, to, relative });
  if (g.yl1) {
    const a = num(g.yl1);
    const b = num(g.yl2 as string);
    return a < b ? atom('year', { y: a }, { y: b }) : null;
  }
  if (g.dy) {
    const y = num(g.dy);
    if (y % 10 !== 0) return null;
    const [f, t] = g.dyq === '初' ? [0, 3] : g.dyq === '末' ? [7, 9] : g.dyq === '中期' ? [4, 6] : [0, 9];
    return atom('decade', { y: y + f }, { y: y + t });
  }
  if (g.yh) return atom('year', { y: num(g.yh) });
  if (g.pod) return atom('clock', {});
  if (g.season) return atom('quarter', ...season(g.season));
  if (g.hol) return atom('quarter', ...season(g.hol), true);
  if (g.pfy) return atom('word', {}, {}, true);
  if (g.yn) {
    const n = num(g.yn);
    if (!(n >= 1 && n <= 100)) return null;
    if (!ref) return atom('word', {}, {}, true);
    const y = ref.getUTCFullYear();
    return atom('year', { y: y - n }, { y, m: ref.getUTCMonth() + 1 }, true);
  }
  if (g.lcen) {
    const [f, t] = g.lcq === '初' ? [1900, 1919] : g.lcq === '末' ? [1980, 1999] : [1940, 1969];
    return atom('decade', { y: f }, { y: t });
  }
  if (g.sy) return atom('word', {}, {}, true);
  if (g.span) {
    const n = num(g.spn as string);
    if (!(n >= 1 && n <= 50)) return null;
    if (!ref) return atom('word', {}, {}, true);
    const y = ref.getUTCFullYear();
    return g.span === '过去' ? atom('year', { y: y - n }, { y }, true) : atom('year', { y }, { y: y + n }, true);
  }
  if (g.yr1) {
    const a = num(g.yr1);
    const b = num(g.yr2 as string);
    return a < b ? atom('year', { y: a }, { y: b }) : null;
  }
  if (g.y) {
    let y = num(g.y);
    if (g.era === '公元前') y = -y;
    const q = yearQualifier(g.yq);
    if (q) return atom('year', { y, ...q[0] }, { y, ...q[1] });
    if (g.yq === '以来' && ref) return atom('year', { y }, { y: ref.getUTCFullYear(), m: ref.getUTCMonth() + 1 });
    return atom('year', { y });
  }
  if (g.ry) {
    const off = REL_YEAR[g.ry];
    const y = ref || Number.isNaN(off) ? (ref?.getUTCFullYear() ?? 0) + off : undefined;
    const q = yearQualifier(g.ryq);
    if (q) return atom('year', { y, ...q[0] }, { y, ...q[1] }, true);
    if (g.ryq === '以来' && ref) return atom('year', { y }, { y: ref.getUTCFullYear(), m: ref.getUTCMonth() + 1 }, true);
    return atom('year', { y }, { y }, true);
  }
  if (g.mr1) {
    const a = num(g.mr1);
    const b = num(g.mr2 as string);
    return a >= 1 && b <= 12 && a < b ? atom('month', { m: a }, { m: b }) : null;
  }
  if (g.m) {
    const m = num(g.m);
    if (!(m >= 1 && m <= 12)) return null;
    const [f, t] = monthQualifier(g.mq, m);
    return atom('month', f, t);
  }
  if (g.rm) {
    if (!ref) return atom('month', {}, {}, true);
    const off = g.rm.startsWith('上') ? -1 : g.rm.startsWith('下') ? 1 : 0;
    const dt = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + off, 1));
    const [f, t] = monthQualifier(g.rmq, dt.getUTCMonth() + 1);
    return atom('month', { y: dt.getUTCFullYear(), ...f }, { y: dt.getUTCFullYear(), ...t }, true);
  }
  if (g.dr1) {
    const a = num(g.dr1);
    const b = num(g.dr2 as string);
    return a >= 1 && b <= 31 && a < b ? atom('day', { d: a }, { d: b }) : null;
  }
  if (g.d) {
    const d = num(g.d);
    return d >= 1 && d <= 31 ? atom('day', { d }) : null;
  }
  if (g.pm) {
    const n = g.pm === '两' ? 2 : num(g.pm);
    return n >= 1 && n <= 12 ? atom('quarter', { m: 1 }, { m: n }) : null;
  }
  if (g.q) {
    const [f, t] = quarter(g.q);
    return atom('quarter', f, t);
  }
  if (g.dec) {
    let decade = num(g.dec);
    let century = 1900;
    if (g.cpre && !/^上/.test(g.cpre)) century = (num(g.cpre.replace('世纪', '')) - 1) * 100;
    if (decade >= 100) return null;
    const y = century + decade;
    return atom('decade', { y }, { y: y + 9 });
  }
  if (g.fyp) {
    // the third plan began in 1966 (1963–65 had none), each one five years on
    const n = num(g.fyp.slice(0, -1));
    if (n < 3) return null;
    const y = 1966 + 5 * (n - 3);
    return atom('decade', { y }, { y: y + 4 });
  }
  if (g.cen) {
    const c = num(g.cen);
    if (!(c >= 1 && c <= 30)) return null;
    return atom('decade', { y: (c - 1) * 100 + 1 }, { y: c * 100 });
  }
  if (g.rel) {
    const off = { 今天: 0, 今日: 0, 当天: NaN, 当日: NaN, 昨天: -1, 昨日: -1, 明天: 1, 明日: 1, 前天: -2 }[g.rel];
    if (off === undefined || Number.isNaN(off) || !ref) return atom('word', {}, {}, true);
    const dt = new Date(ref.getTime() + off * 86400000);
    const f = { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
    return atom('day', f, f, true);
  }
  if (g.h) {
    const h = num(g.h);
    // 点 alone is a clock time only with a part of the day or a following 分 / 半 / 整 (三点意见 is not)
    if (g.hk === '点' && !g.cp && !g.mi) return null;
    if (g.hk === '时' && !g.cp && !g.mi && !/^[0-9０-９]/.test(g.h)) return null;
    return h >= 0 && h <= 24 ? atom('clock', {}) : null;
  }
  if (g.iy) {
    const y = num(g.iy);
    const m = num(g.im as string);
    const d = num(g.id as string);
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? atom('day', { y, m, d }) : null;
  }
  return null;
}

/** Which atom kinds may follow which inside one span (2022年10月29日上午, 今年前三季度). */
const FOLLOWS: Record<Kind, Kind[]> = {
  year: ['month', 'quarter', 'day'],
  month: ['day', 'clock'],
  day: ['clock'],
  quarter: [],
  decade: [],
  clock: [],
  word: ['clock'],
};

interface Group {
  start: number;
  end: number;
  last: Atom;
  from: Fields;
  to: Fields;
  ranged: boolean;
}

function iso(f: Fields): string | undefined {
  if (f.y === undefined || Number.isNaN(f.y)) return undefined;
  const y = f.y < 0 ? `-${String(-f.y).padStart(4, '0')}` : String(f.y).padStart(4, '0');
  if (f.m === undefined) return y;
  if (f.d === undefined) return `${y}-${pad(f.m)}`;
  if (f.m < 1 || f.m > 12 || (f.d !== LAST_DAY && f.d > lastDay(f.y, f.m))) return undefined; // 2月31日
  return `${y}-${pad(f.m)}-${pad(f.d === LAST_DAY ? lastDay(f.y, f.m) : f.d)}`;
}

/** Later fields override, earlier ones carry on (2022年 + 10月 → 2022-10). */
function extend(base: Fields, add: Fields): Fields {
  return { y: add.y ?? base.y, m: add.m ?? base.m, d: add.d ?? (add.m !== undefined ? undefined : base.d) };
}

function parseRef(refDate?: string): Date | null {
  if (!refDate) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(refDate);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)));
}

/** Finds dates, years, months and periods; relative ones resolve against refDate (ISO) when given. */
export function findTimes(text: string, refDate?: string): TimeEntity[] {
  const ref = parseRef(refDate);
  const out: TimeEntity[] = [];
  let group: Group | null = null;
  const flush = () => {
    if (!group) return;
    const bound = boundWord(text, group);
    if (bound) {
      group.end += bound.word.length;
      // 以来 runs to the page's date; 左右 and 许 change nothing; 以后 and 以前 are dropped below
      if (bound.side === 'since') group.to = ref ? { y: ref.getUTCFullYear(), m: ref.getUTCMonth() + 1 } : {};
    }
    const t: TimeEntity = { type: 'time', start: group.start, end: group.end, text: text.slice(group.start, group.end) };
    let from = group.from;
    let to = group.to;
    if (from.y === undefined && ref && (from.m !== undefined || from.d !== undefined)) [from, to] = anchor(from, to, ref);
    if (to.m === undefined && to.d !== undefined) to = { ...to, m: from.m };
    const f = iso(from);
    const e = iso(to);
    if (f && (from.d === undefined || from.m !== undefined)) t.from = f;
    if (e && t.from) t.to = e;
    // 以后 opens the end, 以前 has no start: a period whose start alone is known would read as a closed one
    if (bound?.side === 'after') delete t.to;
    if (bound?.side === 'before') {
      delete t.from;
      delete t.to;
    }
    out.push(t);
    group = null;
  };

  ATOM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATOM_RE.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (!m[0]) {
      ATOM_RE.lastIndex++;
      continue;
    }
    const prev = text[start - 1] ?? '';
    if (m[0][0] === '年' && /[0-9０-９一二三四五六七八九十百千万两几多]/.test(prev)) {
      ATOM_RE.lastIndex = start + 1; // 一年初: a duration, not 年初
      continue;
    }
    // a season or holiday is a time only as part of the year before it (今年夏季); 春天 alone is no period of figures
    const afterYear = !!group && group.end === start && group.last.kind === 'year';
    const afterDay = !!group && group.end === start && (group.last.kind === 'day' || (group.last.kind === 'word' && /[天日]$/.test(text.slice(group.start, group.end))));
    if (m.groups?.pod && !afterDay) {
      ATOM_RE.lastIndex = start + 1;
      continue;
    }
    if (m.groups?.season && !afterYear) {
      ATOM_RE.lastIndex = start + 1;
      continue;
    }
    // part of a longer number or word: 12345年, 第3季度 is still fine, 3个月 is a figure (2004下半年 goes on a year)
    if ((/[0-9０-９.．]/.test(prev) && !(afterYear && (m.groups?.q || m.groups?.hol))) || (/^[一二三四五六七八九十〇○零两]/.test(m[0]) && /[一二三四五六七八九十〇○零两百千万第]/.test(prev))) {
      ATOM_RE.lastIndex = start + 1;
      continue;
    }
    if (m.groups?.pfy && !PLAN_BEFORE.test(text.slice(Math.max(0, start - 4), start))) {
      ATOM_RE.lastIndex = start + 1;
      continue;
    }
    // 提前3个月, 此前两个月: a duration, not the year's first months
    if (m.groups?.pm && BEFORE_QIAN_DURATION.test(prev)) {
      ATOM_RE.lastIndex = start + 1;
      continue;
    }
    // 以上年, 提前年, 这次年终, 投产后年产值: not a year
    if (m.groups?.ry && (/[以之提此过基根线网资成这那每该]/.test(prev) || (m.groups.ry === '后' && /[\u4e00-\u9fff]/.test(prev) && !/[在于到至从和或]/.test(prev)))) {
      ATOM_RE.lastIndex = start + 1;
      continue;
    }
    const atom = readAtom(m.groups ?? {}, start, end, ref);
    if (!atom) {
      ATOM_RE.lastIndex = start + 1;
      continue;
    }
    // 一月 alone may be a month's length: a Chinese-numeral month needs a year, 份, a qualifier or a day
    if (m.groups?.m && !/^[0-9０-９]/.test(m.groups.m) && !m.groups.mf && !m.groups.mq && prev !== '年') {
      ATOM_RE.lastIndex = end;
      const next = ATOM_RE.exec(text);
      ATOM_RE.lastIndex = end;
      if (!next || next.index !== end || !next.groups?.d) {
        ATOM_RE.lastIndex = start + 1;
        continue;
      }
    }
    // a bare day needs a month before it or an Arabic number (29日); 号 needs the month
    const rangeEnd = !!group && group.last.kind === 'day' && SEP_RE.test(text.slice(group.end, start));
    if (m.groups?.dk && !rangeEnd && (!group || group.end !== start || group.last.kind !== 'month')) {
      if (m.groups.dk === '号' || !/^[0-9０-９]/.test(m.groups.d as string)) {
        ATOM_RE.lastIndex = start + 1;
        continue;
      }
    }
    if (group && group.end === start && FOLLOWS[group.last.kind].includes(atom.kind)) {
      if (!group.ranged) group.from = extend(group.from, atom.from);
      group.to = extend(group.to, atom.to);
      group.end = end;
      group.last = atom;
      continue;
    }
    const gap = group ? text.slice(group.end, start) : '';
    // 2005年的一季度: a year, 的, and a part of it are one period
    if (group && gap === '的' && group.last.kind === 'year' && !group.ranged && atom.kind === 'quarter' && !m.groups?.season) {
      group.from = extend(group.from, atom.from);
      group.to = extend(group.to, atom.to);
      group.end = end;
      group.last = atom;
      continue;
    }
    if (group && SEP_RE.test(gap) && !group.ranged && canEndRange(group.last.kind, atom.kind)) {
      // 2015年1月至12月, 10月1日至7日, 2015年至2020年 (a year starts the end afresh)
      group.to = atom.kind === 'year' ? { ...atom.to } : extend(group.to, atom.to);
      group.end = end;
      group.last = atom;
      group.ranged = true;
      continue;
    }
    flush();
    group = { start, end, last: atom, from: atom.from, to: atom.to, ranged: false };
  }
  flush();
  return out;
}

/** Words that bound a period and belong to its span: 7月份以后, 2008年前, 1980年代以来, 11时50分左右, 18时许. */
function boundWord(text: string, group: Group): { word: string; side: 'after' | 'before' | 'since' | 'about' } | undefined {
  const next = text.slice(group.end, group.end + 3);
  const kind = group.last.kind;
  if (kind === 'clock' || kind === 'day') {
    const m = /^(?:左右|许)/.exec(next);
    if (m && !(m[0] === '许' && kind === 'day' && /^许[多可]/.test(next))) return { word: m[0], side: 'about' };
  }
  if (kind === 'word' || kind === 'clock') return undefined;
  // a decade's 以来 (1980年代以来) is its span's, as a year's is (2018年以来); 2020年初以来 stays 2020年初
  if (/^以来/.test(next) && kind === 'decade') return { word: '以来', side: 'since' };
  const m = /^(?:以后|之后|以前|之前)/.exec(next);
  if (m) return { word: m[0], side: m[0][1] === '后' ? 'after' : 'before' };
  // 2008年前, 2010年后: only after a year's own 年, and not when 前 / 后 starts a word (2008年前往, 前三季度, 后来)
  if (kind === 'year' && text[group.end - 1] === '年' && /^[前后](?![往进夕景列沿线提任身期头面途程半后来续续勤台排续])/.test(next)) {
    if (/^[前后][一二三四五六七八九十两0-9０-９个季]/.test(next)) return undefined;
    return { word: next[0], side: next[0] === '前' ? 'before' : 'after' };
  }
  return undefined;
}

/**
 * A month or day without a year takes the page's date: 12月31日 read in January is last December,
 * 30日 read on the 5th is last month's; an end month before the start month is next year's.
 */
function anchor(from: Fields, to: Fields, ref: Date): [Fields, Fields] {
  let y = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;
  let m = from.m;
  if (m === undefined) {
    m = refMonth;
    if ((from.d ?? 0) > ref.getUTCDate() + 7) m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  } else if (m - refMonth > 6) y -= 1;
  const toMonth = to.m ?? m;
  return [
    { ...from, y, m },
    { ...to, y: to.y ?? (toMonth < m ? y + 1 : y), m: toMonth },
  ];
}

function canEndRange(a: Kind, b: Kind): boolean {
  // 2015年至2020年, 2003年11月1日至2003年11月30日: an end with its own year follows anything dated
  if (b === 'year') return a !== 'clock' && a !== 'word' && a !== 'decade';
  if (a === 'month') return b === 'month';
  if (a === 'day') return b === 'day' || b === 'month';
  if (a === 'quarter') return b === 'quarter';
  return false;
}
