// Judges one quoted text (“…”, 『…』, 「…」) or one title (《…》): is it the name of a program, and why.
import {
  DOCUMENT_HEADS,
  DOCUMENT_KIND_BEFORE,
  DOCUMENT_VERBS,
  FIGURATIVE,
  FIGURATIVE_AFTER,
  FIGURATIVE_FRAMES,
  HEAD_MODIFIERS,
  HEADS_AFTER_QUOTE,
  INTERNAL_CUES,
  MANNER,
  MEETING_END,
  NOT_TONG,
  ORGANIZATION_END,
  MEDIA_TITLE,
  PERSON_ENDINGS,
  POLICY_WORDS,
  PROBLEM_ENDINGS,
  SPEECH_AFTER,
  SPEECH_BEFORE,
  STRONG_TRIGGERS,
  WEAK_TRIGGERS,
  WORK_BEFORE,
} from './lexicon';
import { getSegmenter } from '../text';

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
// The head noun must follow the closing mark at once; 改革开放 is not the head 改革.
// A meeting held again and again counts its session first: “…经济观察”第一次报告会.
const HEAD_AFTER = new RegExp(`^(?:第[一二三四五六七八九十百0-9０-９]+[次届期])?(?:${alternation(HEAD_MODIFIERS)})?(${alternation(HEADS_AFTER_QUOTE)})(?!开放)`);
const STRONG_BEFORE = new RegExp(`(${alternation(STRONG_TRIGGERS)})(?:了|起|好|出|为|的|首届|首批|年度|全市|全县|全省)?$`);
const WEAK_BEFORE = new RegExp(`(${alternation(WEAK_TRIGGERS)})(?:了|起|好|出|的)?$`);
const INTERNAL = new RegExp(`(${alternation(INTERNAL_CUES)})$`);
const FIGURATIVE_WORDS = new Set(FIGURATIVE);
// Heads strong enough to turn even a figurative word into a program name: “菜篮子”工程.
const CORE_HEAD = /^(工程|行动|计划|活动|机制|模式|平台|品牌|金字招牌|项目|竞赛|大赛|杯|工作法|服务|专项行动|主题活动|系列活动)$/;
const MANNER_HEAD = /^(机制|模式|工作法|行动|工程|计划|活动)$/;
// Numbered slogans: “一乡一品”, “两不愁三保障”, “六办”, “1+N”.
const NUMBERED = /^[一二两三四五六七八九十百千万0-9０-９]|[一二两三四五六七八九十][^一二两三四五六七八九十]{1,3}[一二两三四五六七八九十]/;
const PARALLEL = /^(.)(.)(.)\2$/;
const NUMBERED_HEAD = /^[\u4e00-\u9fff]{1,4}?(建设|工程|行动|计划|机制|活动|模式|改革|工作法|创建|服务|评选|评比|竞赛)(?!开放)/;
// a part of a formula that is a number with at most a short unit: 98天, 30, 2万元, 5%
const FIGURE_PART = /^[0-9０-９.一二三四五六七八九十百千万亿两]+[\u4e00-\u9fff%％]{0,2}$/;
export const SENTENCE_MARK = /[，。！？；：,!?;…]/;

// Heads that follow a common term set off in quotes as well as a name: the “宏观调控”模式, the “计划经济”体制.
const SCARE_HEAD = /^(模式|机制|体制|体系|制度|理论|路径|做法|经验)$/;
// jieba's tags of everyday vocabulary (nouns, verbs, idioms); a proper name is unknown to it (x) or a name (nz, j, ns)
const COMMON_TAG = /^(?:n|vn|v|l|i|a|an|ad|d)$/;

/** An honour title of the 最美 campaigns: 最美 and a kind of person or thing (最美奋斗者, 最美家庭). */
const HONOUR = /^最美[\u4e00-\u9fff]{2,8}$/;

/** A quote the dictionary knows as one idiom (三足鼎立, 齐头并进): a figure of speech. */
function isIdiom(name: string): boolean {
  const tokens = name.length === 4 ? getSegmenter()?.tag?.(name) : undefined;
  return tokens?.length === 1 && tokens[0].tag === 'i';
}

/** A quote of four characters or more that the dictionary knows as one everyday word: 宏观调控, 计划经济. */
function isCommonTerm(name: string): boolean {
  const tokens = name.length >= 4 ? getSegmenter()?.tag?.(name) : undefined;
  return tokens?.length === 1 && COMMON_TAG.test(tokens[0].tag);
}

export interface Verdict {
  rule: string;
}

/**
 * A quoted text is a program when a head noun follows the quote (“六办”机制), a trigger verb precedes it
 * (开展“调研引路”), or its own ending names a kind of program (“财园信贷通”, “党建联盟”). Speech, figures of
 * speech (“火车头”), problems (“融资贵”) and kinds of people (“外卖小哥”) are not.
 */
export function judgeQuoted(inner: string, before: string, after: string): Verdict | null {
  const name = inner.replace(/\s+/g, '');
  if (name.length < 2 || name.length > 24) return null;
  if (SPEECH_BEFORE.test(before) && /[：:]$/.test(before)) return null;

  const headMatch = HEAD_AFTER.exec(after);
  const head = headMatch?.[1];
  if (SENTENCE_MARK.test(name)) {
    // a slogan of two short clauses names an activity when a core head follows at once:
    // “剪’廉洁窗花’，过廉洁之年”活动; other quotes with a comma are speech
    const slogan = name.length <= 20 && /^[^，,]{2,12}[，,][^，,]{2,12}$/.test(name) && !/[。！？；：!?;:…]/.test(name);
    if (slogan && headMatch?.[0] === head && CORE_HEAD.test(head!)) return { rule: `quoted slogan, followed by the head noun ${head}` };
    return null;
  }
  // A figurative word needs a core head right after it: “菜篮子”工程, but not “金点子”征集活动; a manner
  // word (“一站式”服务) needs a head like 机制 or 模式.
  const manner = MANNER.test(name);
  const figurative = FIGURATIVE_WORDS.has(name) || manner;
  const direct = headMatch?.[0] === head;
  const strongEnough = !figurative || (direct && (manner ? MANNER_HEAD : CORE_HEAD).test(head!));
  if (head && strongEnough && !(direct && SCARE_HEAD.test(head!) && isCommonTerm(name))) return { rule: `quoted, followed by the head noun ${head}` };
  // “三足鼎立”的格局: an idiom the dictionary knows is a figure of speech, unless a head noun names it (above)
  if (isIdiom(name)) return null;
  // “98天+30天”: a formula of figures is no program unless a head names it (“3+1+2”模式 above)
  if (/[+＋]/.test(name) && name.split(/[+＋]/).every((part) => FIGURE_PART.test(part))) return null;
  if (figurative) return null;
  // A numbered slogan may name what it is about before the head: “五好”园区建设, “三个一”帮扶机制.
  const numberedHead = NUMBERED.test(name) ? NUMBERED_HEAD.exec(after)?.[1] : undefined;
  if (numberedHead) return { rule: `quoted numbered slogan, followed by the head noun ${numberedHead}` };
  if (FIGURATIVE_AFTER.test(after) || FIGURATIVE_FRAMES.test(before)) return null;
  if (name.length <= 4 && PROBLEM_ENDINGS.test(name)) return null;
  // a meeting's name is quoted before what was said there: 在“…研讨会”上介绍
  const meeting = name.length >= 4 ? MEETING_END.exec(name)?.[1] : undefined;
  if (meeting) return { rule: `quoted name of a meeting ending in ${meeting}` };
  if (SPEECH_AFTER.test(after) && name.length > 6) return null;

  // A parallel slogan (应贷尽贷, 应保尽保) ends like a program only by chance.
  const parallel = PARALLEL.test(name);
  const cue = name.length >= 3 && !parallel && !NOT_TONG.test(name) ? INTERNAL.exec(name)?.[1] : undefined;
  if (cue) return { rule: `quoted name ending in ${cue}` };
  // “代表联络站+”, “党支部+合作社+农户” are working models; “98天+30天” (parts that are only figures) is a formula
  if (/[+＋]/.test(name)) return { rule: 'quoted working model with +' };
  // “最美退役军人”, “最美家庭”: an honour awarded in a campaign of that name, though it ends in a kind of person
  if (HONOUR.test(name)) return { rule: 'quoted honour title 最美…' };
  // Checked after the telling endings, so “职工之家” stays a program while “外卖小哥” and “网格员” do not.
  if (PERSON_ENDINGS.test(name) || ORGANIZATION_END.test(name)) return null;
  const numbered = NUMBERED.test(name);
  const strong = name.length >= 3 || numbered ? STRONG_BEFORE.exec(before)?.[1] : undefined;
  if (strong) return { rule: `quoted, after the trigger verb ${strong}` };
  // A list inside one quote (“药、酒、盐、金”) needs more than a weak trigger.
  const weak = name.includes('、') || parallel ? undefined : WEAK_BEFORE.exec(before)?.[1];
  if (weak && (numbered || name.length >= 4)) return { rule: `quoted, after the trigger verb ${weak}` };
  return null;
}

/** A title in 《》 is a program when it is a document (方案, 意见, 条例…), not a paper, a book or a song. */
export function judgeTitle(inner: string, before: string): Verdict | null {
  const name = inner.replace(/\s+/g, '');
  if (name.length < 2 || name.length > 80) return null;
  // A title with a subtitle is judged by its main title: 《…管制计划协议：中华电力有限公司、…》.
  const main = name.split(/[：:]/)[0];
  const mainHead = main !== name && main.length >= 4 ? DOCUMENT_HEADS.exec(main)?.[1] : undefined;
  if (mainHead) return { rule: `document title in 《》 whose main title ends in ${mainHead}` };
  // A bracketed period or status after the head does not hide it: 《…实施方案（2023—2025年）》, 《…（试行）》.
  const docHead = DOCUMENT_HEADS.exec(name.replace(/[（(][^（）()]*[）)]$/, ''))?.[1];
  if (docHead) return { rule: `document title in 《》 ending in ${docHead}` };
  // the kind of document said right before the title: 发布的报告《…》, 白皮书《…》 (白皮书 is no 书, a book)
  const kind = DOCUMENT_KIND_BEFORE.exec(before)?.[1];
  if (kind && !MEDIA_TITLE.test(name)) return { rule: `title in 《》 after the document kind ${kind}` };
  if (MEDIA_TITLE.test(name) || WORK_BEFORE.test(before)) return null;
  const verb = DOCUMENT_VERBS.exec(before)?.[1];
  if (verb) return { rule: `title in 《》 after ${verb}` };
  const policy = POLICY_WORDS.exec(name)?.[0];
  if (policy && name.length >= 6) return { rule: `title in 《》 with the policy word ${policy}` };
  return null;
}
