import { approxSuffix, moneyTail, readPrefix, readUnit, type UnitRead } from './affixes';
import { inSetPhrase } from './idioms';
import { BIG_CHARS, type Core, DIGITS_RE, isAsciiLetter, isCnDigit, MAGNITUDE_CHARS, oneOf, readCore, RUN_AT, RUN_SOURCE } from './number';
import { AFTER_BARE_MAGNITUDE, mayFollowNumber, NOT_AFTER_YI, startsUnit, unitAt } from './units';
import { CN_DIGIT, magnitudeExponent, parseChinese, parseMixed, scaleDecimal } from '../text';
import { BEFORE_QIAN_DURATION, PLAN_BEFORE } from '../times';
import type { Approx, FigureEntity } from '../types';

// 半年, 半个月, 半小时: half of a time unit is a duration (上半年 and 半年报 are not)
const HALF_SPAN = /半(?:年|天|个月|个小时|小时|个钟头)/;
const HALF_UNIT: Record<string, string> = { 年: '年', 天: '天', 月: '个月', 时: '小时', 头: '个钟头' };
const NOT_BEFORE_HALF = '上下前后本今去明每同多大整好这那年天';
const NOT_AFTER_HALF = /^[度报刊载价边夜晌拉]/;

function halfSpan(text: string, start: number, end: number, floor: number): FigureEntity | null {
  if (oneOf(NOT_BEFORE_HALF, text[start - 1]) || NOT_AFTER_HALF.test(text.slice(end, end + 1))) return null;
  const unit = HALF_UNIT[text[end - 1]];
  const core: Core = { start, end, raw: '半', value: 0.5, arabic: false, yearLike: false, tailExp: 0, big: false };
  let figEnd = end;
  let approx: Approx | undefined;
  const suffix = approxSuffix(text, figEnd);
  if (suffix) {
    figEnd = suffix.end;
    approx = suffix.approx;
  }
  const prefix = readPrefix(text, start, floor, core, unit);
  // 近半年来 is a recent period, a time rather than a quantity
  if (text[figEnd] === '来') return null;
  const fig: FigureEntity = { type: 'figure', start: prefix.start, end: figEnd, text: text.slice(prefix.start, figEnd), value: 0.5, unit };
  if (prefix.approx ?? approx) fig.approx = prefix.approx ?? approx;
  return fig;
}

// One pass over the text: a global regex finds each run of numeral characters, and readFigure
// grows it into a figure (prefix, number, magnitude, unit, range, suffix) or drops it.
// See ANNOTATION.md § FIGURE.

const RUN_RE = new RegExp(`翻番|${HALF_SPAN.source}|${RUN_SOURCE}`, 'g');
const RANGE_SEPS = ['至', '到', '-', '－', '—', '–', '~', '～', '〜', '―', '−'];
// a single 一 right after these chars belongs to the word before it (统一, 唯一, 之一, 进一步)
const WORD_BEFORE_YI = '统唯万同单逐划专之归合惟整';
/** Words that join 一X to 一X (一茬不如一茬, 一年比一年, 一个接一个, 一次又一次, and none: 一步一步). */
const SUCCESSION = ['接着', '跟着', '挨着', '不如', '比', '接', '又', '连', '挨', '高过', '胜过', ''];
const CLOCK_BEFORE = /上午|下午|晚上|凌晨|早上|中午|傍晚|夜里|清晨|早晨|[早晚]$/;

// the last character of a project or site whose phase a 一期 / 二期 names
const PHASE_OWNER = /[园区厂站场馆路线桥港城镇村院心目程山库楼号地基司湖坝段矿田]/;

// what a 十里 / 五里 is the name of: 十里街道, 五里社区, 三里屯, 七里河
const PLACE_AFTER_LI = /^(?:街道|社区|[村镇乡铺屯庄店河湾坪岗桥亭])/;
// a Chinese count that begins a place's name: 五家子村, 八家户村, 五棵树镇, 四棵树乡
const PLACE_NAME_AFTER = /^[子树户口屯堡岭沟坝湾庄][村乡镇屯]/;

// units a trailing 半 adds half of to: 一年半, 两天半, 三个小时半
const HALF_AFTER = /^(?:年|天|个月|小时|个小时|周|个星期|倍|公里|米|斤|公斤)$/;
// …unless 半 starts a word of its own: 三天半夜, 一年半数, 两周半岛
const HALF_WORD = /[年天月个小时夜数岛径导边场路途价壁山]/;

// what a count of classes (not a class's name) follows: 分成三班, 办了两班, 每一班
const COUNT_BEFORE_BAN = '成了办开设有共分为每近约超逾第';
// a two-digit year opens a clause or follows 在 / 从 / 到 (，98年获…, 从85年起); after a verb it counts years
// (从教50年, 用了60年), and so it does before these (60年来, 50年间, 30年代 is a decade)
const YEAR_BEFORE = '，。、；：（(“”\n 　在于从到自至和与及';
const YEARS_AFTER = '来多余以左内后前里间中的之时历龄代党';
// what follows a numbered tier of a structure (三级联动, 四级良繁体系) or precedes it (县乡两级, 市、乡、村三级)
const TIER_AFTER = /^(?:[^，。；、]{0,2}体系|网络|联动|书记|[林河湖田路]长|网格|党委|政府|法院|检察院|人大|干部|管理|架构|机构|平台|联创|联建|联席|共建|贯通|组织|梯队|防控|医疗|服务)/;
const TIER_BEFORE = /[省市县区乡镇村组]$/;
// …unless the grade is a force (某县五级地震, 六级大风)
const FORCE_AFTER = /^(?:地震|余震|[大阵台]?风|浪|以上)/;
// what a clause that opens with a period of recent years (近两年，…) starts after
const CLAUSE_OPENERS = '，。、；：！？（(“”\n 　在而但这';

// Words of money before a bare amount in the same clause: 投入 100万, 回报可能是400万 are yuan.
const MONEY_CUE = /(?:投入|投资|资金|回报|销售额|营业额|营收|收入|利润|产值|金额|花费|花了|成本|补贴|补助|奖金|贷款|融资|税收|捐款|捐赠|工资|年薪|赚了?|挣了?|亏损|罚款|售价|造价|预算|拨付|拨款)[^，。；！？、\n]{0,8}$/;

// A count of visits before a bare amount (观影人次超过1857万) gives it 人次; a word for people after it
// (完成30万黄河滩区居民迁建) gives it 人
const VISITS_CUE = /人次[^，。；！？、\n]{0,6}$/;
const PEOPLE_WORDS = ['居民', '群众', '农民', '村民', '市民', '学生', '儿童', '职工', '工人', '游客', '移民', '员工', '患者', '老人', '党员'];
const PEOPLE_AFTER = new RegExp(`^[^，。；！？、\n0-9０-９]{0,6}?(?:${PEOPLE_WORDS.join('|')})`);

/** The unit a bare amount (no unit, with 万 or 亿) takes from its clause: 元, 人次 or 人, else undefined. */
function impliedUnit(text: string, start: number, end: number, core: Core): string | undefined {
  if (!core.big) return undefined;
  const before = text.slice(Math.max(0, start - 14), start);
  if (MONEY_CUE.test(before)) return '元';
  if (VISITS_CUE.test(before)) return '人次';
  return PEOPLE_AFTER.test(text.slice(end, end + 12)) ? '人' : undefined;
}

const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : undefined);

/** Grows the numeral run at [start, end) into a figure, or null. floor: where the previous figure ended. */
function readFigure(text: string, start: number, end: number, floor: number): FigureEntity | null {
  if (end - start === 1 && (text[start] === '百' || text[start] === '千') && text.startsWith('分之', end)) return withPrefix(text, percentInWords(text, start), floor);
  const core = readCore(text, start, end);
  if (!core) return null;
  const s = core.start;
  const prev = text[s - 1];
  if (prev === '第' || prev === '初') return null; // ordinals, lunar days
  if (prev === '点' && isCnDigit(text[s - 2])) return null; // the tail of a Chinese decimal
  // 以0.5分之差: a margin of points, not a fraction
  if (text.startsWith('分之差', core.end) && core.value !== undefined) return { type: 'figure', start: s, end: core.end + 1, text: text.slice(s, core.end + 1), value: core.value, unit: '分' };
  if (text.startsWith('分之', core.end)) return withPrefix(text, fraction(text, core), floor);
  if (core.arabic && (text[core.end] === '/' || text[core.end] === '／')) return slashFraction(text, core);
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
  } else if (mid === '来' && (core.value ?? 0) >= 10 && (core.arabic || /[十百千万]$/.test(core.raw)) && readUnit(text, p + 1)) {
    approx = 'about'; // 20来个, 二十来岁
    p++;
  } else if (mid === '来' && core.value !== undefined && core.value >= 10 && (core.arabic || /[十百千]$/.test(core.raw)) && /[万亿]/.test(text[p + 1] ?? '') && readUnit(text, p + 2)) {
    approx = 'about'; // 20来万元: the magnitude comes after 来
    const exp = magnitudeExponent(text[p + 1]);
    core.value = core.arabic ? scaleDecimal(String(core.value), exp) : core.value * 10 ** exp;
    core.tailExp = exp;
    core.big = true;
    core.yearLike = false;
    p += 2;
  } else if (mid === '把' && /^[百千万]$/.test(core.raw) && readUnit(text, p + 1)) {
    approx = 'about'; // 万把块钱, 千把人
    p++;
  }
  // 三十出头: over thirty, no unit
  if (text.startsWith('出头', p) && core.value !== undefined && !core.yearLike) {
    const prefix = readPrefix(text, s, floor, core, undefined);
    return { type: 'figure', start: prefix.start, end: p + 2, text: text.slice(prefix.start, p + 2), value: core.value, approx: 'over' };
  }
  if (prev === '每' && text.startsWith('人口', p)) return null; // 每10万人口: the base of a rate
  let unitRead = readUnit(text, p);
  if (unitRead?.form === '番') return doubling(text, core);
  // 一车车, 一批批, 一户户: a measure word said twice means "one after another", not one
  if (core.raw === '一' && unitRead && unitRead.form.length === 1 && text[unitRead.end] === unitRead.form) return null;
  if (unitRead && !isUnitAllowed(text, core, unitRead, s)) unitRead = null;
  // 前10个月: the year's first months, a time (../times/times.ts), not a duration; 提前3个月 stays a figure
  if (unitRead?.unit === '个月' && prev === '前' && !BEFORE_QIAN_DURATION.test(text[s - 2] ?? '')) return null;
  // 十里街道, 五里河, 三里村: a small numeral + 里 that starts a place name (千里河西走廊 stays a length)
  if (unitRead?.form === '里' && /^[一二三四五六七八九十]$/.test(core.raw) && PLACE_AFTER_LI.test(text.slice(unitRead.end, unitRead.end + 2))) return null;

  // ranges: 3至5万元, 1万-5万元, 5-20%, 三到五年
  const range = readRange(text, core, unitRead ?? null, unitRead ? unitRead.end : p);
  let figEnd: number;
  let unit: string | undefined;
  let value = core.value;
  let min = core.min;
  let max = core.max;
  if (range) {
    figEnd = range.end;
    // 投资是在100亿～120亿: a bare range of money is yuan too
    unit = range.unit ?? impliedUnit(text, s, range.end, { ...core, big: /[万亿萬億]/.test(text.slice(s, range.end)) });
    min = range.min;
    max = range.max;
    value = undefined;
    if (range.approx) approx = range.approx;
  } else {
    // 3万4000, 二十万亿 stand without a unit; 万 or 千万 alone do not (万象, 数以千万计)
    if (!unitRead && !(core.big && core.value !== undefined && !core.yearLike && /[0-9０-９一二三四五六七八九两兩]/.test(core.raw))) return null;
    if (core.yearLike && !unitRead) return null;
    figEnd = unitRead ? unitRead.end : p;
    unit = unitRead?.unit ?? impliedUnit(text, s, figEnd, core);
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
  // 一年半, 两天半: half a unit more (一年半 → 1.5 年)
  if (value !== undefined && unit && HALF_AFTER.test(unit) && text[figEnd] === '半' && !HALF_WORD.test(text[figEnd + 1] ?? '')) {
    value += 0.5;
    figEnd++;
  }
  const suffix = approxSuffix(text, figEnd);
  if (suffix) {
    figEnd = suffix.end;
    approx = approx === 'about' || suffix.approx === 'about' ? 'about' : suffix.approx;
  }
  // Tenths are percentages (ANNOTATION.md): 约九成 → 90 %, 三至四成 → 30..40 %
  if (unit === '成') {
    unit = '%';
    if (value !== undefined) value *= 10;
    if (min !== undefined && max !== undefined) [min, max] = [min * 10, max * 10];
  }
  const prefix = readPrefix(text, s, floor, core, unit);
  if (prefix.approx) approx = prefix.approx;
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
  if (form === '版' && core.raw.includes('.')) return false; // 5.0版: a version
  if (form === '届') return false; // 十四届: an ordinal
  if (form === '人民币' && !core.arabic && core.raw.length === 1) return false; // 李四人民币
  if (form === '次' && /^(?:全体)?会议|^全会/.test(text.slice(u.end, u.end + 4)) && text.slice(Math.max(0, s - 8), s).includes('届')) return false;
  // 万格, 百道 are names; 百余折, 千余件 (a bare magnitude with 余 / 多) count whatever the measure word
  if (oneOf('百千万亿萬億', core.raw) && core.raw.length === 1 && !AFTER_BARE_MAGNITUDE.has(u.unit ?? '') && form !== '块钱' && !oneOf('近上数超逾过约', text[s - 1]) && !oneOf('余多', text[core.end])) return false;
  // 昆剧二班, 高三二班: a numbered class is a name; 分成三班, 开设两个班 count
  if (form === '班' && !core.arabic && /[\u4e00-\u9fff]/.test(text[s - 1] ?? '') && !oneOf(COUNT_BEFORE_BAN, text[s - 1]) && !/^[岗长子组车]/.test(text[u.end] ?? '')) return false;
  // 98年获…: a two-digit year is a time; 30年, 98年来 and 近20年 are spans
  if (form === '年' && core.arabic && /^[5-9][0-9]$/.test(core.raw) && (s === 0 || oneOf(YEAR_BEFORE, text[s - 1])) && !oneOf(YEARS_AFTER, text[u.end])) return false;
  if (core.raw === '零' || core.raw === '〇' || core.raw === '○') return false;
  if (core.raw === '一') {
    const before = text[s - 1];
    const after = text[u.end];
    // 一起 / 一道 are mostly adverbs (在一起, 一道前往); 一起案件 and 的一道风景 are counts
    if (form === '起' && !oneOf('案事交重特刑火爆抢盗诈凶命纠车', after)) return false;
    if (form === '道' && !(oneOf('的了是有这那', before) && /[\u4e00-\u9fff]/.test(after ?? ''))) return false;
    if (form === '行' && !oneOf('的了着写有出', before)) return false; // 佩里一行: a delegation
    if ((form === '代' || form === '辈') && oneOf('新老轻年上下', before)) return false; // 新一代, 老一辈, 下一代
    // 这一周, 那一年, 每一个, 同一天: a demonstrative, not a count; 新一年, 新一轮: the next one
    if (oneOf('这那哪每同', before) || (before === '新' && /^(?:年|轮|届|季|期|周|代|辈)$/.test(form))) return false;
    // 一茬不如一茬, 一年比一年, 一个又一个: one after another, not a count
    const one = `一${form}`;
    if (SUCCESSION.some((link) => text.startsWith(link + one, u.end) || (s >= one.length + link.length && text.startsWith(one + link, s - one.length - link.length)))) return false;
    if (form === '面' && oneOf('的另', before)) return false; // 的一面: an aspect
    if (form === '家' && (!after || /[，。、；：！？）」”\s]/.test(after))) return false; // 张三一家。: a family
    // 一位人士, 一名负责人: somebody, not a count; 的一份通知: a document
    if (/^(?:位|名)$/.test(form) && /^(?:知情人士|业内人士|人士|负责人|官员|专家|工作人员|网友)/.test(text.slice(u.end, u.end + 4))) return false;
    if (form === '份' && /^(?:研究报告|通知|报告|文件|声明|公告)/.test(text.slice(u.end, u.end + 4))) return false;
    // 一件 / 一种 used as "a": 学习是一件美好的事情, 销售是一种载体, 做得最多的一件事. Other 一 + measure word
    // (一位同学, 一家工厂) stay figures: PD1998 counts them and ANNOTATION.md names no exception (see docs/quality.md)
    if ((form === '件' || form === '种') && oneOf('是为', before)) return false;
    if (form === '件' && before === '的' && /^[^，。；！？]{0,8}?事/.test(text.slice(u.end, u.end + 10))) return false;
  }
  // 上一年, 前一天: a relative time, not a span
  if (/^(年|天|周|夜|晚|日|个月|星期)$/.test(u.unit ?? '') && core.raw === '一' && oneOf('上前下次', text[s - 1])) return false;
  if (form === '级' && core.raw === '二') return false; // 二级市场: a rank
  // 每百户, 每千人口, 每10万人口: the base of a rate (每百户拥有汽车50辆), not an amount
  if (text[s - 1] === '每' && /^[十百千万]$/.test(core.raw)) return false;
  // 百亿级产业, 千亿元级, 亿吨级油田: a class of size named by its magnitude alone, not an amount
  if (/^[十百千万亿]+$/.test(core.raw) && (form === '级' || text[u.end] === '级')) return false;
  // 剪出“廉洁”两字: the characters of a quoted word, named, not counted
  if (form === '字' && /[”」』’"]/.test(text[s - 1] ?? '')) return false;
  // 前三名, 前10名: a rank (ANNOTATION.md: ranks are no figures), as 第3名 is
  if (form === '名' && text[s - 1] === '前') return false;
  if (form === '层' && oneOf('楼厦馆', text[s - 1])) return false; // 万众楼二层: a floor
  if (form === '组' && !core.arabic && oneOf('村屯庄', text[s - 1])) return false; // 渡驾桥村四组: a village group
  if (form === '版' && /[见转接]本?报?(?:昨天|今天|今日|昨日)?$/.test(text.slice(Math.max(0, s - 6), s))) return false; // 见本报昨天6版: a page
  if (form === '年' && core.raw === '百' && text[s - 1] === '（') return false; // EQUUS（百年世纪）: a name
  // 近两年来, 近十年来: the recent years, a time rather than a quantity. A bare 十年来 keeps its figure too: PD1998
  // counts the ten years, and lib/times reads the period
  if (form === '年' && text[s - 1] === '近' && text[u.end] === '来') return false;
  // “十四五”前4年: the plan's first years, a period (lib/times reads it)
  if (form === '年' && text[s - 1] === '前' && PLAN_BEFORE.test(text.slice(Math.max(0, s - 5), s - 1))) return false;
  // 近两年，投诉不少 / 最近三年里: a clause that opens with the recent years names a period (a time); after a verb
  // (历时近两年) it is a length, kept with 近 as its prefix
  if (form === '年' && text[s - 1] === '近' && (text[s - 2] === '最' || s < 2 || oneOf(CLAUSE_OPENERS, text[s - 2])) && !text.startsWith('的时间', u.end)) return false;
  // 县乡两级政府, 省市县三级联动, 的四级良繁体系: tiers of a structure, ranks rather than a quantity (6级大风 counts)
  if (form === '级' && !core.arabic && (TIER_AFTER.test(text.slice(u.end, u.end + 5)) || (TIER_BEFORE.test(text.slice(Math.max(0, s - 2), s)) && !FORCE_AFTER.test(text.slice(u.end, u.end + 2))))) return false;
  // 产业园一期投产, 秦山二期、三期: a project's phase, not a count of issues (举办三期培训班)
  // (项目（一期）建设: the phase in brackets after its owner)
  if (form === '期' && !core.arabic && (PHASE_OWNER.test(text[s - 1] ?? '') || (text[s - 1] === '、' && text[s - 2] === '期') || (/[（(]/.test(text[s - 1] ?? '') && PHASE_OWNER.test(text[s - 2] ?? '') && /[）)]/.test(text[u.end] ?? '')))) return false;
  // 有轨电车1路, 公交2路: a line's number is its name (走了3路 is rare; 三路大军 keeps its Chinese numeral)
  if (form === '路' && core.arabic && /(?:电车|公交|专线|巴士|汽车|班车|线路)$/.test(text.slice(Math.max(0, s - 3), s))) return false;
  if (form === '角' && !core.arabic) return false; // 一角, 五角星: a corner or a shape (money is 角钱)
  if (form === '分' || form === '点') {
    // 8时30分, 下午3点: clock times
    const before = text.slice(Math.max(0, s - 3), s);
    if (/[0-9０-９零一二三四五六七八九十][时点]$/.test(before)) return false;
    if (form === '点' && CLOCK_BEFORE.test(text.slice(Math.max(0, s - 5), s))) return false;
    // 10点开会: an hour; index points follow 涨 / 跌 (上涨10点)
    if (form === '点' && core.arabic && !/[.．·]/.test(core.raw) && (core.value ?? 99) <= 24 && !oneOf('涨跌升降加减了', text[s - 1]) && (!text[u.end] || oneOf('开起在举召出去至到钟前后半整左多许，。、；', text[u.end]))) return false;
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
  // 800元至1200元, 6级—8级, 10%—20%: one range (ANNOTATION.md: ranges are one span; the PD corpus
  // splits those with a unit on both sides); 3个村至5户 are two figures
  if (unit1 && unit2 && unit1.unit !== unit2.unit) return null;
  if (!unit1 && !unit2 && !c2.big) return null;
  const unitForm = (unit2 ?? unit1)?.form;
  if (unitForm === '年' && (core.yearLike || c2.yearLike)) return null;
  // 2019-2020 is a span of years; 800元至1200元 (a year-like 1200 with a unit of its own) is money
  if ((core.yearLike || c2.yearLike) && !(unit1 && unit2)) return null;
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

/** 超过三分之一, 近百分之六十: an approximation word before a fraction or a percentage in words joins its span. */
function withPrefix(text: string, fig: FigureEntity | null, floor: number): FigureEntity | null {
  if (!fig) return null;
  const core: Core = { start: fig.start, end: fig.end, raw: '', arabic: false, yearLike: false, tailExp: 0, big: false };
  const prefix = readPrefix(text, fig.start, floor, core, fig.unit);
  if (prefix.start === fig.start || prefix.negative || !prefix.approx) return fig;
  return { ...fig, start: prefix.start, text: text.slice(prefix.start, fig.end), approx: prefix.approx };
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

/** 1/3 → 0.333…, only for small proper fractions that are not part of a date or a code (2022/10/29). */
function slashFraction(text: string, num: Core): FigureEntity | null {
  RUN_AT.lastIndex = num.end + 1;
  const m = RUN_AT.exec(text);
  if (!m || num.value === undefined || /[/／0-9０-９]/.test(text[num.start - 1] ?? '')) return null;
  const den = readCore(text, m.index, m.index + m[0].length);
  if (!den || !den.arabic || den.value === undefined || /[/／.．]/.test(text[den.end] ?? '')) return null;
  if (!(num.value > 0 && num.value < den.value && den.value <= 100 && Number.isInteger(num.value))) return null;
  return { type: 'figure', start: num.start, end: den.end, text: text.slice(num.start, den.end), value: num.value / den.value };
}

/** 翻一番 → ×2, 翻两番 → ×4; the span runs from 翻. */
function doubling(text: string, core: Core): FigureEntity | null {
  // 翻了近两番: an approximation word may stand between 翻 and the count
  const approxWord = /[近约超]/.test(text[core.start - 1] ?? '') ? 1 : 0;
  const at = core.start - approxWord;
  const s = text.startsWith('翻了', at - 2) ? at - 2 : text[at - 1] === '翻' ? at - 1 : -1;
  // a doubling count is a small whole number (翻两番); 翻亿番 is no quantity and 2^1e8 no value
  if (s < 0 || core.value === undefined || !Number.isInteger(core.value) || core.value < 1 || core.value > 10) return null;
  // 翻了一番多: more than doubled
  const over = /[多余]/.test(text[core.end + 1] ?? '');
  const end = core.end + 1 + (over ? 1 : 0);
  const fig: FigureEntity = { type: 'figure', start: s, end, text: text.slice(s, end), value: 2 ** core.value, unit: 'times' };
  if (approxWord) fig.approx = text[at] === '近' || text[at] === '约' ? 'about' : 'over';
  else if (over) fig.approx = 'over';
  return fig;
}

/**
 * Spans of short quotations (“1+N”, “三个一”) and of quoted slogans of numbered parts (“凝聚一种精神、
 * 把握两个特征、增强三大动力”): numbers in them are names, not quantities.
 */
function shortQuotes(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /[“「『]([^“”「」『』\n，。；：！？]{1,48})[”」』]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const inner = m[1];
    const parts = inner.split('、');
    const slogan = parts.length >= 2 && parts.every((p) => p.length >= 2 && p.length <= 10) && parts.filter((p) => /[一二两三四五六七八九十0-9]/.test(p)).length >= 2;
    if (inner.length <= 10 || slogan) spans.push([m.index + 1, m.index + m[0].length - 1]);
  }
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
    else if (m[0][0] === '半') fig = halfSpan(text, start, start + m[0].length, floor);
    else if (!mayFollowNumber(text, start + m[0].length) && !/[万亿萬億]/.test(m[0])) continue;
    else fig = readFigure(text, start, start + m[0].length, floor);
    if (!fig) continue;
    if (/^[一二两三四五六七八九十]/.test(fig.text) && PLACE_NAME_AFTER.test(text.slice(fig.end, fig.end + 2))) continue;
    while (q < quotes.length && quotes[q][1] <= fig.start) q++;
    if (q < quotes.length && quotes[q][0] <= fig.start && fig.end <= quotes[q][1]) continue;
    out.push(fig);
    floor = fig.end;
    if (RUN_RE.lastIndex < fig.end) RUN_RE.lastIndex = fig.end;
  }
  return out;
}
