// Program names that stand without quote marks: national programs (乡村振兴), names led in by a trigger verb
// (执行冬航季航班计划, 推进清廉政府采购建设), and the full names a text defines a short form for
// (产业工人队伍建设改革（以下简称“产改”）).
import { BARE_ECOLOGY_WORK, NATIONAL_PROGRAMS } from './lexicon';
import { CAMPAIGN_ADJECTIVES, GENERIC_MODIFIERS, PROGRAM_ENDINGS, WORLD_SCOPES } from './data/frame-words';

export interface Found {
  start: number;
  end: number;
  rule: string;
}

const HAN = '\\u4e00-\\u9fff';
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const NATIONAL = new RegExp(alternation(NATIONAL_PROGRAMS), 'g');
const NATIONAL_SET = new Set(NATIONAL_PROGRAMS);

// Trigger, then adverbs and a time word, then a run of name characters ending in a program head.
const TRIGGER = '实施|推进|深化|启动|执行|开展|落实|推动|推行|实行|部署|围绕|聚焦|助力|融入|贯彻|对接|开启';
const ADVERB = '全面|深入|持续|扎实|大力|积极|加快|着力|统筹|进一步|不断|认真|切实|稳步|有序|协同|全力|纵深';
// …or a count of rounds: 开展两轮 / 3次 + 村庄清洁专项行动
const TIME = `[0-9０-９]{4}年度?|[今明]年度?|新一轮|第[0-9一二三四五六七八九十]+批|首批|[0-9０-９一二两三四五六七八九十几多]+[轮次批项场届期]`;
const STOP = '的和与及等了着把将对为在是并或而又以从向让使被给这该此各其';
const NAME_CHAR = `(?:(?![${STOP}])[${HAN}])`;
const HEAD = '改革|建设|行动|工程|计划|战略|攻坚战|专项整治';
// A head that carries on into another word is no head: 计划生育, 战略目标, 工程师, 建设者.
const CONTINUED = '生育|经济|单列|开放|目标|性|师|者|方针|部署|合作|伙伴|用地|资金|项目|规模|进度|质量|领域';
const TRIGGERED = new RegExp(`(?:${TRIGGER})(?:了)?(?:${ADVERB})*(?:${TIME})?(${NAME_CHAR}{2,16}?(?:${HEAD}))(?!${NAME_CHAR}{0,16}?(?:${HEAD}))(?!${CONTINUED})`, 'g');
// Names led in by these adjectives make a campaign of 建设: 清廉政府采购建设, 平安乡村建设.
const CAMPAIGN_BUILD = new RegExp(`^(${CAMPAIGN_ADJECTIVES.join('|')})`);
// A verb inside means a clause, not a name: 新发展理念落实到具体行动.
// …价值实现机制 names a mechanism: 实现 before 机制 / 路径 is a noun there.
const INNER_VERB = /落实|推进|实施|贯彻|推动|开展|深化|到|成为|作为|进行|加强|提高|促进|实现(?!机制|路径|形式)|打造/;
const GENERIC_MODIFIER = new RegExp(`^(${GENERIC_MODIFIERS.join('|')})$`);

/** National program names anywhere in the text. */
export function findNational(text: string): Found[] {
  const out: Found[] = [];
  NATIONAL.lastIndex = 0;
  for (let m = NATIONAL.exec(text); m; m = NATIONAL.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, rule: 'national program lexicon' });
  return out;
}

/** A compact name ending in a program head right after a trigger verb: 执行冬航季航班计划. */
export function findTriggered(text: string): Found[] {
  const out: Found[] = [];
  TRIGGERED.lastIndex = 0;
  for (let m = TRIGGERED.exec(text); m; m = TRIGGERED.exec(text)) {
    const name = m[1];
    const end = m.index + m[0].length;
    const head = nameHead(name);
    if (head) out.push({ start: end - name.length, end, rule: `unquoted name ending in ${head}, after a trigger verb` });
  }
  return out;
}

/** The head of a compact program name (行动, 改革 …), or undefined when its modifier makes it no name. */
function nameHead(name: string): string | undefined {
  const head = /(改革|建设|行动|工程|计划|战略|攻坚战|专项整治)$/.exec(name)![1];
  const modifier = name.slice(0, name.length - head.length);
  if (GENERIC_MODIFIER.test(modifier) || modifier.length < 2 || LEADING_VERB.test(modifier) || INNER_VERB.test(modifier)) return undefined;
  if (head === '建设' && !CAMPAIGN_BUILD.test(modifier)) return undefined;
  // 乡村振兴战略: the lexicon's 乡村振兴 is the name; the head stays outside, as in every other mention.
  if (NATIONAL_SET.has(modifier)) return undefined;
  if (head === '改革' && modifier.length < 4) return undefined;
  if (head === '工程' && BARE_ECOLOGY_WORK.test(modifier)) return undefined;
  return head;
}

// A document's title said without 《》 after the verb that issues it: 发布关于办理…案件适用法律若干问题的解释.
const ISSUING = '发布|印发|出台|公布|颁布|下发|联合发布';
const DOCUMENT_KIND = '解释|实施意见|指导意见|意见|通知|决定|规定|办法|批复|若干措施';
const DOCUMENT_UNQUOTED = new RegExp(`(?:${ISSUING})(?:了)?(关于[^，。；！？“”《》、\\n]{4,40}?的(?:${DOCUMENT_KIND}))(?=[，。；、（(\\s]|$)`, 'g');

/** Document titles written without 《》 right after a verb of issuing: 发布关于…的解释. */
export function findUnquotedDocuments(text: string): Found[] {
  const out: Found[] = [];
  DOCUMENT_UNQUOTED.lastIndex = 0;
  for (let m = DOCUMENT_UNQUOTED.exec(text); m; m = DOCUMENT_UNQUOTED.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start: end - m[1].length, end, rule: 'unquoted document title 关于…的…, after a verb of issuing' });
  }
  return out;
}

// A meeting of world or national scope named without quotes after 向 / 出席 / 举办: 向全球…高峰论坛致贺信.
const HOLDING = '向|出席|参加|举办|召开|主办|承办';
const SCOPE_START = '全球|世界|国际|亚太|亚洲|中国';
const SCOPED_MEETING = new RegExp(`(?:${HOLDING})(?:了)?((?:${SCOPE_START})[^，。；、“”《》\\s的和与及在]{2,14}?(?:高峰论坛|论坛|峰会|博览会))`, 'g');

/** Meetings of world or national scope named without quotes after a verb of holding or attending. */
export function findScopedMeetings(text: string): Found[] {
  const out: Found[] = [];
  SCOPED_MEETING.lastIndex = 0;
  for (let m = SCOPED_MEETING.exec(text); m; m = SCOPED_MEETING.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start: end - m[1].length, end, rule: 'unquoted meeting of world or national scope, after a verb of holding' });
  }
  return out;
}

// A public works project named after its province, city or county: 吉林省 + 嫩江干流补充治理工程, 赣州市 +
// 章江防洪工程. The place stays a place of its own; the name is what follows it.
const PLACE_LED_PROJECT = new RegExp(`(?:省|市|县|区)(${NAME_CHAR}{2,12}?(?:治理|整治|改造|修复|保护|防洪|供水|引水|调水|灌区|水利|提升|配套|扩建|续建|节水)工程)(?!师|院|局|处|队|部|公司|集团|学|技术|质量|造价|监理|项目部)`, 'g');

/** Public works projects named after the place that builds them, with or without a trigger. */
export function findPlaceLedProjects(text: string): Found[] {
  const out: Found[] = [];
  PLACE_LED_PROJECT.lastIndex = 0;
  for (let m = PLACE_LED_PROJECT.exec(text); m; m = PLACE_LED_PROJECT.exec(text)) {
    const name = m[1];
    if (INNER_VERB.test(name) || GENERIC_MODIFIER.test(name.slice(0, -4))) continue;
    const end = m.index + m[0].length;
    out.push({ start: end - name.length, end, rule: 'unquoted project name after its place, ending in 工程' });
  }
  return out;
}

// A reform of a named system stands as a name without a trigger: 电力体制改革, 医药卫生体制改革.
const SYSTEM_REFORM_HEAD = '体制改革';
const REFORM_STEM = new RegExp(`${NAME_CHAR}{2,8}$`);
const WORLD_SCOPE_BEFORE = new RegExp(`(?:${alternation([...WORLD_SCOPES])})(?:的)?$`);
const WORLD_SCOPE_START = new RegExp(`^(?:${alternation([...WORLD_SCOPES])})`);

/** Reforms of a named system (…体制改革) anywhere in the text: found by the head, then read backwards. */
export function findSystemReforms(text: string): Found[] {
  const out: Found[] = [];
  for (let at = text.indexOf(SYSTEM_REFORM_HEAD); at >= 0; at = text.indexOf(SYSTEM_REFORM_HEAD, at + 1)) {
    const before = REFORM_STEM.exec(text.slice(Math.max(0, at - 8), at));
    if (!before) continue;
    // the name begins after a clause's verbs: 深化 / 推进 + 电力体制改革
    // …and after conjunctions and scopes: 虽然 / 全国 + 电信体制改革
    const name = before[0].replace(/^(?:深化|推进|推动|加快|实施|开展|落实|全面|进一步|继续|坚持|虽然|但是|因为|由于|如果|而且|并且|全国|全省|全市|全县)+/, '');
    if (name.length < 2 || INNER_VERB.test(name) || GENERIC_MODIFIER.test(name)) continue;
    // a reform said of the whole world or of many countries is a kind of reform: 全世界电信体制改革
    if (WORLD_SCOPE_BEFORE.test(text.slice(Math.max(0, at - name.length - 6), at - name.length)) || WORLD_SCOPE_START.test(name)) continue;
    out.push({ start: at - name.length, end: at + SYSTEM_REFORM_HEAD.length, rule: 'unquoted name ending in 体制改革' });
  }
  return out;
}

// A second name joined to a program by 和 / 及 / 、 shares its trigger: 实施乡村建设行动和新型农业经营主体培育工程.
const JOINED = new RegExp(`^(?:和|及|以及|与|、)(${NAME_CHAR}{2,16}?(?:${HEAD}))(?!${NAME_CHAR}{0,16}?(?:${HEAD}))(?!${CONTINUED})`);

/** Compact names joined to a program already found. */
export function findJoined(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const m = JOINED.exec(text.slice(f.end, f.end + 20));
    const head = m && nameHead(m[1]);
    if (!m || !head) continue;
    const end = f.end + m[0].length;
    out.push({ start: end - m[1].length, end, rule: `unquoted name ending in ${head}, joined to another program` });
  }
  return out;
}

export interface Definition {
  /** The full name's span (before the bracket). */
  full: Found;
  /** The short form's span (inside the bracket, without quote marks). */
  short: Found;
}

const DEFINITION = /[（(](?:以下|下文)?(?:简称|下称|称)[：:]?([“"「『《]?)([^”"」』》）)，,、\s]{1,12})[”"」』》]?[）)]/g;
// …and the same after a comma, without brackets: 城乡居民基本养老保险，简称城乡居保，…
const DEFINITION_AFTER_COMMA = /[，,]\s*(?:以下|下文)?简称[：:为]?([“"「『《]?)([^”"」』》（）()，,。；、\s]{2,8})[”"」』》]?(?=[，,。；、）)]|$)/g;
// A defined full name is a program only when it ends like one (a company or a law court is not).
const PROGRAM_END = new RegExp(`(${PROGRAM_ENDINGS.join('|')})$`);
const STOP_BEFORE = new RegExp(`[^${HAN}A-Za-z0-9０-９+＋]|[${STOP}年]`);
const LEADING_VERB = new RegExp(`^(?:${TRIGGER}|${ADVERB}|今后|未来|明确|提出|印发|出台|制定)+`);

/** 产业工人队伍建设改革（以下简称“产改”）: the full name and its short form. */
export function findDefinitions(text: string, known: Found[]): Definition[] {
  const out: Definition[] = [];
  for (const pattern of [DEFINITION, DEFINITION_AFTER_COMMA]) out.push(...definitionsBy(pattern, text, known));
  return out;
}

function definitionsBy(pattern: RegExp, text: string, known: Found[]): Definition[] {
  const out: Definition[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const shortStart = m.index + m[0].indexOf(m[2], 1);
    const short: Found = { start: shortStart, end: shortStart + m[2].length, rule: 'short form defined in the text' };
    // A name already found right before the bracket (a quote closes 1 character earlier) is the full name.
    const before = known.find((k) => k.end === m!.index || k.end === m!.index - 1);
    let full: Found | undefined = before && { ...before, rule: 'full name of a defined short form' };
    if (!full) {
      let s = m.index;
      while (s > 0 && m.index - s < 24 && !STOP_BEFORE.test(text[s - 1])) s--;
      const lead = LEADING_VERB.exec(text.slice(s, m.index))?.[0].length ?? 0;
      s += lead;
      if (m.index - s >= 4 && PROGRAM_END.test(text.slice(s, m.index))) full = { start: s, end: m.index, rule: 'full name of a defined short form' };
    }
    if (full) out.push({ full, short });
  }
  return out;
}
