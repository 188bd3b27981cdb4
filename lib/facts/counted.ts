// The noun phrase a count counts, read after it (45个村党组织 → 村党组织, 6万平方米的原原种 → 原原种; 两人死亡 for
// what happened to the counted).
import { getSegmenter, type TaggedToken } from '../text';
import { LINKING, PREDICATE, HARD_NOUN_TAGS, PLACE_WORD, INNER_STOP, MAX_TOKENS, MAX_CHARS, type Blocker, type SubjectContext, overlapsAny, isHan, nominal, verbal, tokensAfter, MONEY, isPlaceLike, cut, accept } from './tokens';

// a count's noun after 的, 内 or 多 (6万平方米的原原种, 48小时内核酸检测阴性证明)
const AFTER_COUNT_SKIP = /^(的|之|内|以内|之内|多)$/;

/** Verbs of a service done for people that jieba tags as nouns (办理/n): after the people counted, they start the predicate. */
const SERVICE_VERB = /^(?:办理|受理|申领|领取|发放)$/;

/** What a count 的 a frame counts in (20余人的情况下): a frame is no subject; the noun before the count is. */
export const FRAME = /^(?:情况|情况下|前提|前提下|背景|背景下|条件|条件下|基础|基础上)$/;

export function countedAfter(ctx: SubjectContext): Counted | undefined {
  const { figure, hi, blocked } = ctx;
  const after = tokensAfter(ctx);
  // a count described by what its members do (59个开通城轨线路的城市, 23座投运了有轨电车的城市): the noun after 的
  // (not a count of people, whose verb is what they did: 3万人购买了这家公司的理财产品; nor a count that is a verb's
  // object, which 的 joins to a later noun whole: 提供500余个就业岗位的企业)
  const before = ctx.tokens.filter((t) => t.end <= figure.start && t.start >= ctx.lo).pop();
  const object = !!before && verbal(before) && !LINKING.test(before.word);
  const described = !PEOPLE.test(figure.unit ?? '') && !object ? afterRelativeClause(after, hi, blocked) : undefined;
  if (described) return described;
  const counted = countedIn(after, hi, blocked, EVENT_COUNT.test(figure.unit ?? ''));
  if (counted && FRAME.test(counted.phrase)) return undefined;
  // money is spent on something, not counted in it: a verb phrase after an amount is its purpose (236万元|予以救助)
  // (after 的 the phrase is what the money is: 570亿美元的援助)
  if (counted && MONEY.test(figure.unit ?? '') && !ctx.text.startsWith('的', figure.end) && !hasHardNoun(counted.phrase)) return undefined;
  return counted;
}

/** Counts of people and their visits. */
const PEOPLE = /^(?:人|人次|名|位|户)$/;

/** A verb that makes a relative clause before 的 (not 是, 有 or a linking verb: 3家是龙头的企业 is no such clause). */
const clauseVerb = (t: TaggedToken, next?: TaggedToken) => (t.tag === 'v' || (t.tag === 'vn' && next?.word === '了')) && t.word.length >= 2 && !LINKING.test(t.word);

/**
 * The noun a count counts when a clause with a verb stands between them, ended by 的 (90多个发布规划的城市 → 城市):
 * within the count's clause, at most 14 characters, no punctuation; undefined when no verb is there (3个村的党员
 * counts 村).
 */
function afterRelativeClause(tokens: TaggedToken[], hi: number, blocked: Blocker[]): Counted | undefined {
  // the clause opens with its verb or an adverb (发布规划的, 正在学习的): a noun first is the counted itself, and what
  // follows it is its predicate (6个学生拿下了第一名的成绩)
  if (!tokens[0] || !(clauseVerb(tokens[0], tokens[1]) || /^(?:d|ad|vd)$/.test(tokens[0].tag))) return undefined;
  let j = 0;
  let chars = 0;
  let verb = false;
  for (; j < tokens.length && tokens[j].word !== '的'; j++) {
    const t = tokens[j];
    if (t.end > hi || !isHan(t) || INNER_STOP.test(t.word) || (chars += t.word.length) > 14) return undefined;
    verb ||= clauseVerb(t, tokens[j + 1]);
  }
  if (!verb || j === 0 || j >= tokens.length) return undefined;
  const noun = countedIn(tokens.slice(j + 1), hi, blocked, false);
  return noun && !noun.event && hasHardNoun(noun.phrase) ? noun : undefined;
}

/** One-character linking verbs that start the predicate right after a count (34座|是|私人投资建成的, 3家|为|龙头企业). */
const LINKS_PREDICATE = /^[是为有达占在将已仅由从到至]$/;

/** Whether the token after the k-th stands inside the clause and is a noun. */
const next0 = (tokens: TaggedToken[], k: number, hi: number) => !!tokens[k + 1] && tokens[k + 1].end <= hi && nominal(tokens[k + 1]);

/** Whether a phrase holds a real noun, read again from its tags (a phrase of verbs only is what is done). */
function hasHardNoun(phrase: string): boolean {
  const tags = getSegmenter()?.tag?.(phrase) ?? [];
  // (a distinguishing word before a verbal noun makes a noun of it: 总|投资, 净|收入)
  return tags.some((t) => HARD_NOUN_TAGS.test(t.tag) || t.tag === 'nr' || t.tag === 'ns') || (tags[0]?.tag === 'b' && tags[1]?.tag === 'vn');
}

/** Counts of people or occurrences, which the verb after them can say what happened to (两人死亡, 两场会谈). */
const EVENT_COUNT = /^(?:人|名|位|场|次|起|例|轮|户|家)$/;

interface Counted {
  phrase: string;
  /** The phrase is a verb saying what happened to the counted, not a noun. */
  event?: boolean;
}

export function countedIn(tokens: TaggedToken[], hi: number, blocked: Blocker[], events: boolean): Counted | undefined {
  let i = 0;
  if (!tokens.length) return undefined;
  // 8个多月大的女婴: a size or age said with an adjective and 的 stands between the count and its noun
  const skip = (k: number) => AFTER_COUNT_SKIP.test(tokens[k].word) || (/^a$/.test(tokens[k].tag) && tokens[k + 1]?.word === '的');
  while (i < tokens.length && tokens[i].end <= hi && skip(i)) i++;
  const run: TaggedToken[] = [];
  let hardNoun = false;
  for (; i < tokens.length && run.length < MAX_TOKENS; i++) {
    const t = tokens[i];
    // a quoted name right after the count modifies the noun after it (66条“万事好通”营商环境举措): the noun is counted
    if (!run.length && /^[“"]$/.test(t.word)) {
      let close = i + 1;
      while (close < tokens.length && close <= i + 8 && !/^[”"]$/.test(tokens[close].word)) close++;
      const after = tokens[close + 1];
      if (close < tokens.length && close <= i + 8 && after && after.end <= hi && (nominal(after) || isPlaceLike(after, blocked))) {
        i = close;
        continue;
      }
      // …and a quoted name that ends the clause is what is counted (评出5个“最美乡村”。)
      const inside = tokens.slice(i + 1, close).map((q) => q.word).join('');
      if (close < tokens.length && (!after || after.end > hi || /^[，。；：、！？]/.test(after.word)) && inside.length >= 2 && inside.length <= 8 && /^[\u3400-\u9fff]+$/.test(inside)) return { phrase: inside };
    }
    if (t.end > hi || !isHan(t) || INNER_STOP.test(t.word)) break;
    // a locative and a linking verb jieba does not know as a word end the noun (灯塔|中有, 企业|中为)
    if (run.length && t.tag === 'x' && /^[中内里][有是为]$/.test(t.word)) break;
    // jieba reads some modifiers as adverbs (三部|高速/d|电梯): right after the count and before a noun, one modifies it
    // (not an adverb of 是, which starts the predicate: 就是, 正是)
    if (!run.length && t.tag === 'd' && t.word.length === 2 && !t.word.endsWith('是') && next0(tokens, i, hi) && HARD_NOUN_TAGS.test(tokens[i + 1].tag)) {
      run.push({ ...t, tag: 'b' });
      continue;
    }
    // a locative after the noun says where (1公里范围|内|化工企业): the noun before it is what is counted
    if (run.length && /^(?:内|以内|之内|外|以外)$/.test(t.word)) break;
    const next = tokens[i + 1];
    const nextNominal = next && next.end <= hi && nominal(next);
    // a place or 当地 naming whose the counted people are (四名马里领导人, 21个当地法人) belongs to the phrase
    if (overlapsAny(t, blocked) || PLACE_WORD.test(t.word)) {
      // a place and 外 / 内 before a noun say where (省外|旅居史, 境内|企业): the noun is what is counted
      const third = tokens[i + 2];
      if (!run.length && isPlaceLike(t, blocked) && /^[外内]$/.test(next?.word ?? '') && third && third.end <= hi && nominal(third)) {
        i++;
        continue;
      }
      // …and a place and 的 say whose (一位莫斯科的科学家, 两家本地的企业): the noun after 的 is what is counted
      if (!run.length && isPlaceLike(t, blocked) && next?.word === '的' && third && third.end <= hi && nominal(third) && !overlapsAny(third, blocked)) {
        i++;
        continue;
      }
      if (run.length || !nextNominal || !isPlaceLike(t, blocked)) break;
      run.push(t);
      continue;
    }
    // nouns joined by 和, 及, 与 are one phrase (26个国家和地区), and so are a level and its noun over 以上 (省级以上科技进步奖)
    if (/^(?:和|及|与|以及|以上|以下)$/.test(t.word) && run.length && nominal(run[run.length - 1]) && nextNominal) {
      run.push(t);
      continue;
    }
    // a verb of doing after the counted noun starts the predicate, whatever its tag (老人|办理|高龄补贴)
    if (hardNoun && (PREDICATE.test(t.word) || SERVICE_VERB.test(t.word))) break;
    // a doubled character after a noun is two words' boundary that jieba read as one (行政|村村|集体经济 → 行政村)
    if (hardNoun && t.word.length >= 2 && t.word[0] === t.word[1] && /^n/.test(t.tag)) {
      run.push({ ...t, word: t.word[0], end: t.start + 1, tag: 'n' });
      break;
    }
    if (nominal(t)) {
      // a four-character word after a noun starts the predicate (村党组织|结成联盟)
      if (hardNoun && t.word.length >= 4 && startsWithVerb(t)) break;
      run.push(t);
      // (a Latin brand or model name modifies the noun after it like an adjective: SK-II|涉案|产品)
      if (HARD_NOUN_TAGS.test(t.tag) && t.tag !== 'eng') hardNoun = true;
    } else if (verbal(t) && (!hardNoun || /^a/.test(t.tag)) && nextNominal && (!LINKING.test(t.word) || (t.word.length === 1 && !(run.length === 0 && LINKS_PREDICATE.test(t.word))))) {
      // a verb or adjective modifying the noun after it (就业|岗位, 村庄|清洁|专项行动)
      run.push(t);
    } else if (events && !run.length && /^v/.test(t.tag) && t.word.length >= 2 && !LINKING.test(t.word) && !PREDICATE.test(t.word)) {
      // what happened to the counted, with nothing nominal after it (两人死亡, 两场会谈); a short quoted term after
      // the verb is what happened (26例发生“瘘”)
      const [open, term, close] = tokens.slice(i + 1, i + 4);
      if (open?.word === '“' && close?.word === '”' && close.end <= hi && term && /^[\u3400-\u9fff]{1,4}$/.test(term.word)) return { phrase: `${t.word}“${term.word}”`, event: true };
      return { phrase: t.word, event: true };
    } else break;
    if (run.map((r) => r.word).join('').length > MAX_CHARS) {
      run.pop();
      break;
    }
  }
  while (run.length && (!nominal(run[run.length - 1]) || overlapsAny(run[run.length - 1], blocked))) run.pop();
  // a single-character verb before the counted noun is what is done to it (7项|获|省级以上科技进步奖)
  // (not an adjective: 小|李; nor 超, which prefixes nouns: 超|发电|价)
  while (run.length > 1 && run[0].tag === 'v' && run[0].word.length === 1 && !LINKING.test(run[0].word)) run.shift();
  // a verb alone after the count, ending its clause, is what is counted (持有两点质疑。收到249件投诉，)
  if (!run.length && tokens[i] && tokens[i].tag === 'v' && tokens[i].word.length >= 2 && !LINKING.test(tokens[i].word) && !PREDICATE.test(tokens[i].word) && isHan(tokens[i])) {
    const next = tokens[i + 1];
    if (!next || /^[，。；：、！？,;:!?）)”]/.test(next.word)) return { phrase: tokens[i].word };
  }
  const phrase = accept(run);
  return phrase ? { phrase: phrase + rejoined(run, tokens) } : undefined;
}

/**
 * jieba may cut a compound and glue its last character to the next word (马里|总|统治|下 for 马里总统|治下): when the
 * phrase ends in one character that makes a noun with the next word's first, that character belongs to the phrase.
 */
function rejoined(run: TaggedToken[], tokens: TaggedToken[]): string {
  const last = run[run.length - 1];
  if (!last || last.word.length !== 1) return '';
  const next = tokens.find((t) => t.start === last.end);
  if (!next || next.word.length < 2 || !isHan(next)) return '';
  const joined = getSegmenter()?.tag?.(last.word + next.word[0]);
  return joined?.length === 1 && /^n$/.test(joined[0].tag) ? next.word[0] : '';
}

const ATTRIBUTE_TAIL = /^(?:速度|面积|规模|总量|数量|能力|水平|人数|金额|总额|幅度|比例|比重|效率|时间|时限|周期|成本|价格|产量|产值)$/;

/** 发放贷款, 结成联盟: a four-character word whose first half is a verb is a verb phrase, whatever its tag. */
export function startsWithVerb(t: TaggedToken): boolean {
  // …but a verb before a measured attribute is a compound noun (增长速度, 发电能力, 种植面积)
  if (ATTRIBUTE_TAIL.test(t.word.slice(2))) return false;
  // (an organization's or a trade's name, 新兴产业/nt, is a noun)
  if (t.tag !== 'n' && t.tag !== 'nz' && t.tag !== 'nt') return true;
  const head = getSegmenter()?.tag?.(t.word.slice(0, 2));
  return head?.length === 1 && head[0].tag === 'v';
}
