// The lexicon of units and measure words that turn a number into a figure, and the words
// in which a numeral + measure word is not a quantity (一起去, 一度成为, 三面环水).

// UNIT_LIST (surface form → normalized unit) is data: data/units.ts, one entry per line.
import { UNIT_LIST } from './data/units';

/** Measure words that a numeral may carry only with 个 in between (3个月; 3月 is a month). */
const AFTER_GE: Array<[string, string]> = [
  ['月', '个月'], ['多月', '个月'], ['半月', '个月'], ['小时', '个小时'], ['多小时', '个小时'], ['工作日', '个工作日'],
  ['交易日', '个交易日'], ['百分点', 'pp'], ['星期', '个星期'], ['礼拜', '个礼拜'], ['世纪', '个世纪'], ['季度', '个季度'],
  ['钟头', '个钟头'], ['年头', '个年头'], ['学期', '个学期'], ['半小时', '个小时'], ['月份', '个月'], ['人', '人'],
];

/** Units that, after 一 alone, are mostly part of another word (一点儿, 一批 = vague, 一样). */
export const NOT_AFTER_YI = new Set(['个', '个人', '点', '批', '系列', '样', '番', '挂', '拨', '折', '字', '席', '级', '格', '度', '路', '头', '身', '发']);

/** Units a bare magnitude (万人, 千亩, 百米) may carry; 万格 or 万道 are names. */
export const AFTER_BARE_MAGNITUDE = new Set(['人', '人次', '名', '户', '亩', '元', '美元', '里', '家', '年', '米', '吨', '公里', '千米', '平方米',
  '公顷', '斤', '公斤', '头', '只', '个', '次', '场', '件', '套', '台', '辆', '册', '本', '位', '所', '座', '条', '项', '株', '棵', '箱', '份', '张', '倍', '岁', '天']);

/** The unit does not count when the next char makes it part of a longer word (三人民币 → 人民). */
export const BLOCK_NEXT: ReadonlyMap<string, string> = new Map([
  ['人', '民才士物类们格性心生事员气质工为力制'],
  ['名', '义誉牌胜片称单字录著言人气'],
  ['位', '置于数居列'],
  ['家', '庭属长园伙具族境务里人电门用常渠户'],
  ['所', '以有在谓得属说述需做能长示列'], // 示 / 列: 如图4所示 is a figure's number
  ['座', '谈位'],
  ['方', '式法针向案便位言兴圆可能才'],
  ['头', '脑发等条衔号'],
  ['口', '气号径岸味头语碑袋罩'],
  ['面', '环积临对貌前向料粉子上'],
  ['道', '路理德歉教观具'],
  ['门', '口户票派槛峡类诊'],
  ['笔', '者记'],
  ['点', '钟半整击赞评名火缀心子滴多上下到前后以'],
  ['分', '之别配析工享类布散子局行会院校厂支部队管批期摊担组红钟公段区解数为化球理'],
  ['度', '过假日'],
  ['级', '别'],
  ['代', '表替价理码言购办'],
  ['处', '理于长罚分置境事'],
  ['班', '子长组车主'],
  ['顶', '点级端层部替尖峰住风梁棚用多'],
  ['局', '长势面部限域外中内'],
  ['具', '有体备'],
  ['队', '员伍长'],
  ['车', '间站队位主'],
  ['批', '准评示复'],
  ['组', '织成建合长'],
  ['群', '众体岛'],
  ['种', '植子'],
  ['类', '似型别'],
  ['支', '持付出援行部书'],
  ['条', '件款例'],
  ['次', '要序数性'],
  ['间', '隔接断'],
  ['期', '间待望限工项建施核扩改移续规'],
  ['周', '边围到刊'],
  ['年', '级代轻龄会华制县期'],
  ['天', '然地空气津使堂府安'], // not 才: 三天才能办完 is three days (天才 after a numeral is rare)
  ['米', '饭粉'],
  ['克', '服思拉隆'],
  ['里', '程面边头屯'],
  ['元', '旦素首帅件宵化'],
  ['角', '色落度逐力'],
  ['本', '身地来土质领着届次人'],
  ['首', '都府先次长位批发创选席脑'],
  ['幅', '度'],
  ['层', '面次级'],
  ['把', '握手关'],
  ['双', '方向边赢重'],
  ['对', '象于手话外接比应待照策付抗口面称'],
  ['副', '总主书部县市省局处院校所长职业作食刊'],
  ['轮', '胎船换'],
  ['股', '份票东市权'],
  ['根', '据本源'],
  ['节', '约能日目点省'],
  ['章', '程'],
  ['款', '项'],
  ['例', '如外会'],
  ['宗', '旨教族'],
  ['单', '位元独纯一调据'],
  ['部', '分门队长署位委'],
  ['台', '湾风阶词河区市县山'],
  ['场', '所面景'],
  ['项', '目'],
  ['成', '为立功员果本长熟绩交就效'],
  ['户', '口外籍'],
  ['起', '来去点'],
  ['发', '展生现布表出言明挥达放起射动电票酵行觉挥'],
  ['招', '商聘生标收呼牌数式'],
  ['尊', '重严敬称贵'],
  ['季', '节度'],
  ['员', '工'],
  ['声', '音明'],
  ['团', '结队'],
  ['步', '伐行骤'],
  ['方面', '军'],
  ['瓦', '片房'],
  ['卡', '车片'],
  ['升', '级值'],
  ['兆', '头'],
  ['盘', '棋水算山'],
  ['字', '诀经方令'],
  ['行', '业动为政人'],
  ['段', '落'],
  ['回', '来去到归复应头'],
  ['顿', '时'],
  ['集', '团中体'],
  ['版', '本'],
  ['挂', '钩'],
  ['折', '扣'],
  ['出', '来去现发口台'],
  ['格', '局'],
  ['样', '板式本品子'],
  ['任', '务何职命'],
  ['席', '位'],
  ['眼', '睛光前'],
  ['番', '茄'],
  ['针', '对'],
  ['贴', '近心'],
  ['盆', '地景栽'],
  ['m', 'a'],
  ['t', 'o'],
]);

export interface UnitMatch {
  end: number;
  unit: string;
}

function buildIndex(list: ReadonlyArray<readonly [string, string?]>): Map<string, Array<[string, string]>> {
  const index = new Map<string, Array<[string, string]>>();
  const withWide = list.flatMap(([form, canon]): Array<[string, string?]> =>
    /^[A-Za-z]/.test(form) ? [[form, canon ?? form], [toFullWidth(form), canon ?? form]] : [[form, canon]],
  );
  for (const [form, canon] of withWide) {
    const key = form[0];
    const bucket = index.get(key) ?? [];
    if (!bucket.some(([f]) => f === form)) bucket.push([form, canon ?? form]);
    index.set(key, bucket);
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b[0].length - a[0].length);
  return index;
}

const UNIT_INDEX = buildIndex(UNIT_LIST);
const AFTER_GE_INDEX = buildIndex(AFTER_GE);

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);

/** ASCII letters → full-width (kbps → ｋｂｐｓ), as some papers print Latin units. */
function toFullWidth(s: string): string {
  return s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

function match(index: Map<string, Array<[string, string]>>, text: string, pos: number, guard: boolean): UnitMatch | null {
  const bucket = index.get(text[pos]);
  if (!bucket) return null;
  for (const [form, unit] of bucket) {
    if (!text.startsWith(form, pos)) continue;
    const end = pos + form.length;
    const next = text[end] ?? '';
    if (guard) {
      const block = BLOCK_NEXT.get(form);
      // 支部 is a party branch, but 两支部队 is two troops
      if (block && next && block.includes(next) && !(form === '支' && text.startsWith('部队', end))) continue;
      // a Latin unit must end where the Latin word ends (5m, not 5min or 5G)
      if (isAsciiLetter(form.charCodeAt(0)) && next && isAsciiLetter(next.charCodeAt(0))) continue;
    }
    return { end, unit };
  }
  return null;
}

/** The longest unit or measure word starting at pos, unless the next char makes it another word. */
export function unitAt(text: string, pos: number): UnitMatch | null {
  return match(UNIT_INDEX, text, pos, true);
}

/** What may follow 个 as one unit: 个月, 个工作日, 个百分点 (pos is just after 个). */
export function afterGeAt(text: string, pos: number): UnitMatch | null {
  return match(AFTER_GE_INDEX, text, pos, false);
}

/** Chars that may follow a number inside a figure: a unit's first char, 个, 多/余/来, a range sign, a break… */
const FOLLOWERS = new Set([...UNIT_INDEX.keys(), ...'个多余来出分点番/／至到-－—–~～〜―−（(\n\r \t\u3000万亿萬億']);

/** A cheap first test: can a figure go on after the number at pos? (most 一 in 一些, 一样, 统一 cannot) */
export function mayFollowNumber(text: string, pos: number): boolean {
  return pos >= text.length ? false : FOLLOWERS.has(text[pos]);
}

/** True if a unit of the lexicon starts at pos (used to keep 千克 from reading as 千 + 克). */
export function startsUnit(text: string, pos: number): boolean {
  const bucket = UNIT_INDEX.get(text[pos]);
  return !!bucket && bucket.some(([form]) => form.length > 1 && text.startsWith(form, pos));
}
