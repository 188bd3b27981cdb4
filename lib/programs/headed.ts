// Unquoted program names found by their head alone, with no trigger verb before them: 乡村振兴战略,
// 村庄清洁专项行动, 城乡居民基本养老保险. The name is the run of words before the head back to the first word that
// cannot be part of a name (a verb of the clause, a pronoun, a number, a place); a bare common noun before the
// head (这一计划, 相关工程, 该保险) is no name.
import { getSegmenter, type TaggedToken } from '../text';
import { CLAUSE_VERBS, GENERIC_MODIFIERS, INSURANCE_CUES, NAME_VERBS, WORLD_SCOPES } from './data/frame-words';
import { BARE_ECOLOGY_WORK, NATIONAL_PROGRAMS } from './lexicon';
import type { Found } from './unquoted';

const HAN = '\\u4e00-\\u9fff';
// Heads of a program name, longest first; 试点 may follow another head (…改革试点).
const HEAD = /(?:专项行动|三年行动|五年行动|行动计划|攻坚战|保卫战|战略方针|方针|战略|计划|行动|工程|保险|改革|示范区)(?:试点)?/g;
// A 示范区 is a program (a title a county or city is awarded) only after these; else a zone, a place
const AWARD_BEFORE = /(?:创建|争创|创成|获评|获批|入选|命名为|评为|申报|成为)(?:了|为)?(?:全国|全省|国家级|省级|市级)?$/;
// A head that carries on into another word is no head: 计划生育, 战略目标, 工程师, 保险公司, 改革开放.
const CONTINUED = /^(?:生育|经济|单列|开放|目标|性|师|者|方针|部署|合作|伙伴|用地|资金|项目|规模|进度|质量|领域|公司|机构|行业|业|费|金|局|部|院|处|队|科|学|期|人|额|单|险|措施|布局|重点|实施|领导)/;
const STOP = '的和与及暨等了着把将对为在是并或而又以从向让使被给这该此各其每';
// 计划 followed by these is the verb "plan to": 韩国现代计划实现…, 公司计划在…
const PLAN_VERB_AFTER = /^(?:[在于到将用从向对把再要拟]|实现|投资|推出|建设|新建|开设|引进|招收|完成|达到)/;
// Tags that end a name going backwards: adverbs, prepositions, pronouns, numbers, measure words, conjunctions,
// particles, directions, times, places, organizations (国务院 + 三峡工程), idioms, punctuation. (Not people: jieba tags 高素质 nr.)
const BLOCKING_TAG = /^(?:d|p|r|rr|rz|m|mq|q|c|u|uj|ul|uz|ud|ug|uv|f|t|tg|ns|nt|i|x|w|y|e|o|zg)$/;
// Scope words that open a clause, not a name: 全省, 各地, 本县, 我国.
const SCOPE = /^(?:全|各|本|该|这|那|此|每|我|其|有关|相关)/;
const GENERIC = new RegExp(`^(?:${GENERIC_MODIFIERS.join('|')})$`);
const CLAUSE_VERB = new Set(CLAUSE_VERBS);
const NAME_VERB = new Set(NAME_VERBS);
const INSURANCE = new RegExp(INSURANCE_CUES.join('|'));
const MAX_NAME = 16;
const HAN_CHAR = new RegExp(`[${HAN}]`);
// a name that ends in a generic word before its head is a kind: 国家重点工程, 城市配套工程
const GENERIC_END = /(?:重点|重大|相关|配套|有关|各项|基础|一般|主要)$/;
const REFORMED_SYSTEM = /(?:制度|体制|机制|建设|管理|审批|登记)$/;
const WORLD_SCOPE = new RegExp(`^(?:${[...WORLD_SCOPES].sort((a, b) => b.length - a.length).join('|')})`);
const WORLD_SCOPE_BEFORE = new RegExp(`(?:${[...WORLD_SCOPES].sort((a, b) => b.length - a.length).join('|')})的?$`);
const OWNER_START = /^(?:企业|公司|集团|厂商|厂家|个人|自身|自己|我们|他们|本人|单位|门店|品牌)/;
// jieba joins a clause verb to the word after or before it (采取有效, 超额完成, 采取行动): such a word ends a name
const VERB_INSIDE = /^(?:采取|完成|实施|推进|开展|落实|执行|实行|启动|加快|加强|深化|推动|制定|出台|提出|参与|参加|加入|纳入|进行|取得|利用|发挥|充分|回顾|打响)|(?:采取|完成|实施|推进|开展|落实|执行|实行|启动|加快|加强|深化|推动|制定|出台|进行|取得|发挥|总结|打响)$/;
// adjectives and scopes that open a kind, not a name: 重大军事行动, 小型水利工程, 整个…战略
const GENERIC_START = /^(?:重点|部分|重大|重要|主要|有效|一般|相关|有关|各类|各项|各种|小型|大型|中型|现有|新建|在建|整个|全部|所有|多项|这些|这类|有关)/;
// kinds of works: 水利工程, 电网建设工程, 国家优质工程
const WORKS_KIND = /(?:水利|建设|基建|土建|市政|优质|民生|形象|面子|系统|隐蔽|民心|德政|惠民)$/;
const MEASURE = /[项处个座条名家所批轮次期场届]/;
// a numeral or a demonstrative that a measure word after it belongs to: 一项, 这项, 该项
const NUMERAL = /[0-9０-９一二两三四五六七八九十百千万几多这那该此每各]/;
const COUNT_BEFORE = /^[一二两三四五六七八九十几数多]+[轮次批项个场届期]/;
const NATIONAL = new Set(NATIONAL_PROGRAMS);

/** Program names by their head, read backwards over jieba's words; none without a segmenter. */
export function findHeaded(text: string): Found[] {
  const segmenter = getSegmenter();
  if (!segmenter?.tag) return [];
  const out: Found[] = [];
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(text); m; m = HEAD.exec(text)) {
    const headStart = m.index;
    const end = headStart + m[0].length;
    if (CONTINUED.test(text.slice(end, end + 2))) continue;
    if (m[0] === '计划' && PLAN_VERB_AFTER.test(text.slice(end, end + 2))) continue;
    let from = headStart;
    while (from > 0 && headStart - from < MAX_NAME && HAN_CHAR.test(text[from - 1]) && !STOP.includes(text[from - 1])) from--;
    if (headStart - from < 2) continue;
    // a window cut at its longest may begin inside a word (打|好污染防治攻坚战): its first word is not read
    const cut = headStart - from >= MAX_NAME && HAN_CHAR.test(text[from - 1] ?? '');
    // two characters past the head show whether it ends a word (实行动态 holds no 行动)
    const tokens = segmenter.tag(text.slice(from, end + 2));
    if (!endsWord(tokens, end - from)) continue;
    const start = nameStart(cut ? tokens.slice(1) : tokens, headStart - from);
    if (start === undefined) continue;
    // “百村千户”民宿提升行动: the quote is the program's name, the words after it say what it is
    if (/[”」』’"]/.test(text[from - 1] ?? '')) continue;
    // 两轮, 三项 before the name count it: 开展两轮农村道路清障专项行动; a measure word left after a
    // numeral or demonstrative (这项|石油换食品计划, 3处|煤矿废水处理工程) is no part of the name either
    let count = COUNT_BEFORE.exec(text.slice(from + start, headStart))?.[0].length ?? 0;
    if (!count && MEASURE.test(text[from + start]) && NUMERAL.test(text[from + start - 1] ?? '')) count = 1;
    const modifier = text.slice(from + start + count, headStart);
    if (!isName(modifier, m[0])) continue;
    // …nor when the scope just before it is the world or many countries: 全世界 / 许多国家的 + 电信体制改革
    if (WORLD_SCOPE_BEFORE.test(text.slice(Math.max(0, from + start + count - 7), from + start + count))) continue;
    if (m[0].startsWith('示范区') && !AWARD_BEFORE.test(text.slice(Math.max(0, from + start + count - 9), from + start + count))) continue;
    out.push({ start: from + start + count, end, rule: `unquoted name ending in ${m[0]}` });
  }
  return out;
}

/** Some word ends at offset at and none starts inside the head before it. */
function endsWord(tokens: TaggedToken[], at: number): boolean {
  return tokens.some((t) => t.end === at) && !tokens.some((t) => t.start < at && t.end > at);
}

/** Where the name begins in the tagged window (head at headAt), or undefined when no word before the head fits. */
function nameStart(tokens: TaggedToken[], headAt: number): number | undefined {
  let k = tokens.findIndex((t) => t.end > headAt);
  // jieba may join the head to the word before it (养老保险): that word is part of the name, unless what it
  // puts before the head is a verb of the clause (深化改革)
  let start = k >= 0 ? tokens[k].start : headAt;
  if (k >= 0 && CLAUSE_VERB.has(tokens[k].word.slice(0, headAt - tokens[k].start))) return undefined;
  if (k >= 0 && tokens[k].start < headAt && VERB_INSIDE.test(tokens[k].word.slice(0, headAt - tokens[k].start))) return undefined;
  for (k -= 1; k >= 0; k--) {
    const t = tokens[k];
    if (BLOCKING_TAG.test(t.tag) || CLAUSE_VERB.has(t.word) || SCOPE.test(t.word) || VERB_INSIDE.test(t.word)) break;
    // a verb belongs to a name only as its action on a thing (乡村振兴, 耕地保护): 低于, 宣布 end it
    if (t.tag === 'v' && !NAME_VERB.has(t.word)) break;
    start = t.start;
  }
  // a name does not open on a lone character that is no noun: 打|好|污染防治攻坚战
  for (const t of tokens) {
    if (t.start < start) continue;
    // …but 新 opens names of the new era: 新时代军事战略方针
    if (t.start >= headAt || t.word.length > 1 || t.tag.startsWith('n') || t.word === '新') break;
    start = t.end;
  }
  return start < headAt ? start : undefined;
}

/** The words before the head make a proper name, not a common noun or a clause. */
function isName(modifier: string, head: string): boolean {
  if (modifier.length < 2 || GENERIC.test(modifier)) return false;
  // 乡村振兴战略: the lexicon's 乡村振兴 is the name, as in its other mentions (unquoted.ts nameHead)
  if (NATIONAL.has(modifier)) return false;
  // a two-character kind (水利工程, 生产计划, 医疗保险, 军事行动) is a category; a name says more
  if (modifier.length < 4 && !/^(?:专项行动|攻坚战|保卫战)/.test(head)) return false;
  if (GENERIC_END.test(modifier) || GENERIC_START.test(modifier)) return false;
  if (head.startsWith('工程') && (WORKS_KIND.test(modifier) || BARE_ECOLOGY_WORK.test(modifier))) return false;
  // 社会医疗保险, 基本养老保险 are kinds; the program names whom it covers: 城乡居民基本养老保险
  if (head.startsWith('保险') && (modifier.length < 5 || !INSURANCE.test(modifier))) return false;
  // a reform by its field alone (营商环境改革, 国有企业改革) is a kind; a named reform says of what system
  if (head.startsWith('改革') && modifier.length < 5 && !REFORMED_SYSTEM.test(modifier)) return false;
  // a reform or strategy of the world or of many countries is a kind: 发展中国家基础设施改革
  if (WORLD_SCOPE.test(modifier)) return false;
  // a firm's or a person's own plan or strategy is no policy program: 企业持久发展战略, 公司扩张计划
  if (OWNER_START.test(modifier)) return false;
  return true;
}
