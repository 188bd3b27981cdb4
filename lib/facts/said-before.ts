// The phrase a figure is said of, read before it over the linking words between (蜜桔种植面积稳定在70万亩 →
// 蜜桔种植面积; 累计放贷6.39亿元 → 放贷).
import { getSegmenter, type TaggedToken } from '../text';
import { startsWithVerb } from './counted';
import { COUNTING_UNIT, RELATIVE_UNITS, LINKING, PREDICATE, PLACE_WORD, INNER_STOP, MAX_TOKENS, MAX_CHARS, type SubjectContext, overlapsAny, isHan, nominal, verbal, cut, MODAL, accept } from './tokens';

/** A change or a share that is itself what a figure measures when a linking verb follows it (消费增长|也|达到14%, 降幅|为,
 * 首次贷款企业占比|达86.4%: ANNOTATION.md's own example). */
const CHANGE_NOUN = /^(?:增长|增幅|下降|降幅|涨幅|占比|比重)$/;

/** The phrase before the figure, over linking words: 种植面积|达|1.2万亩; 累计|放贷|6.39亿元; 为纳税人|减负|180亿元. */
/** nounOnly: give nothing unless the phrase ends in a noun (for a count whose verb after it is the fallback). */
export function saidOfBefore(ctx: SubjectContext, nounOnly = false): string | undefined {
  const { tokens, figure, lo, blocked } = ctx;
  // the word crossing the figure's start (麻鸡超|5000万羽) keeps its part before the figure
  const own = tokens.filter((t) => t.start < figure.start && t.start >= lo).map((t) => (t.end > figure.start ? cut(t, figure.start) : t));
  // jieba glues a linking character to the word before it (超发电价|将 read as 价将): split it off
  for (let k = own.length - 1; k >= 0; k--) {
    const t = own[k];
    // (a locative and 有 / 是 glued the same way end the phrase: 灯塔|中有)
    if (t.tag === 'x' && /^[中内里][有是为]$/.test(t.word)) {
      own[k] = { ...t, tag: 'f' };
      continue;
    }
    if (t.tag === 'x' && t.word.length === 2 && /[将已达为超约共均再又并]$/.test(t.word)) {
      own.splice(k, 1, { word: t.word[0], tag: 'x', start: t.start, end: t.start + 1 }, { word: t.word[1], tag: 'd', start: t.start + 1, end: t.end });
    }
  }
  let i = own.length - 1;
  // a per-unit before the figure (每兆瓦时280元, 每千瓦时0.375元) is the figure's unit, not its subject
  for (let k = i; k >= Math.max(0, i - 3); k--) {
    // (jieba may read 每 and its measure word as one word: 每斤 right before the figure is its unit, 每斤售价 is not)
    if (own[k].word === '每' || own[k].word === '每个' || (k === i && /^每[\u3400-\u9fff]{1,2}$/.test(own[k].word))) {
      i = k - 1;
      break;
    }
  }
  // a comparison stands between the subject and its change (能耗|比2023年|下降12%, 增速|较前三季度|提高): go over it
  for (let k = i; k >= 0; k--) if (COMPARISON.test(own[k].word) || (/^[比较]/.test(own[k].word) && own[k].word.length === 2 && own[k].tag === 'x')) i = k - 1;
  // a share or multiple of a base (调整为现行标准的80%, 按照现行适用税额的50%): the base is no subject, go over it
  if (RELATIVE_UNITS.test(figure.unit ?? '') && own[i]?.word === '的') {
    let k = i - 1;
    // (the base may name its place: 占全国总人口的10%)
    while (k >= 0 && own[k].start >= lo && (nominal(own[k]) || verbal(own[k]) || PLACE_WORD.test(own[k].word) || overlapsAny(own[k], blocked)) && !BASE_BEFORE.test(own[k].word)) k--;
    if (k >= 0 && BASE_BEFORE.test(own[k].word)) i = k;
  }
  // a phrase of 的 is the subject before 有 / 达 / 为 (即将面世的有近30种, 受益的达5000户): those who do it are counted
  if (/^(?:有|达|达到|为|是|超过)$/.test(own[i]?.word ?? '') && own[i - 1]?.word === '的') {
    const doers: TaggedToken[] = [];
    for (let k = i - 2; k >= 0 && doers.length < 4 && isHan(own[k]) && !overlapsAny(own[k], blocked) && (verbal(own[k]) || nominal(own[k]) || own[k].tag === 'd'); k--) doers.unshift(own[k]);
    // (what acts: a verb, or a word jieba tags as a noun in the sentence and as a verb alone: 面世)
    const acts = (t: TaggedToken) => verbal(t) || /^v/.test(t.tag) || /^v/.test(getSegmenter()?.tag?.(t.word)?.[0]?.tag ?? '');
    // (an adverb before the words marks them as a predicate too: 即将|面世)
    if (doers.some(acts) || (doers.length > 1 && doers[0].tag === 'd')) return `${doers.map((t) => t.word).join('')}的`;
  }
  // linking words, adverbs and per-units between the phrase and the figure stay out (达, 同比增长, 平均每立方厘米)
  let skipped = 0;
  // …and the time a figure is of (收入从2019年的不足5万元增加到…)
  while (i >= 0 && skipped < 6 && !changeAsNoun(own, i) && (skippable(own, i) || blocked.some((b) => b.type === 'time' && b.start <= own[i].start && own[i].end <= b.end))) {
    // an aside in brackets after the subject explains it (超发电价（超过…执行的电价）由…): the subject stands before it
    if (/^[）)]$/.test(own[i].word)) {
      let open = i - 1;
      while (open > 0 && !/^[（(]$/.test(own[open].word)) open--;
      if (open > 0) i = open;
    }
    i--;
    skipped++;
  }
  const run: TaggedToken[] = [];
  for (; i >= 0 && run.length < MAX_TOKENS; i--) {
    const t = own[i];
    // 亩均, 户均 (a measure word and 均) belong to the phrase; 均 alone is "all" (增速均超过10%); so do 年 and
    // 以上 between nouns (户均年增收, 规模以上企业)
    const perUnit =
      run.length > 0 && ((t.word === '均' && i > 0 && own[i - 1].word.length === 1) || /^[年日月]$/.test(t.word) || (/^(?:以上|以下)$/.test(t.word) && i > 0 && nominal(own[i - 1])));
    if (overlapsAny(t, blocked) || !isHan(t) || PLACE_WORD.test(t.word) || (INNER_STOP.test(t.word) && !perUnit)) break;
    // the head of a phrase may be a measure word after its verb (脱贫|户)
    const head = t.tag === 'q' && !run.length && i > 0 && (verbal(own[i - 1]) || nominal(own[i - 1]));
    // a position word at the head of a phrase that opens its clause or list item is part of it (（上|刀口, 、中|长期贷款)
    if (run.length && t.tag === 'f' && /^[上下中前后左右]$/.test(t.word) && (i === 0 || own[i - 1].start < lo || !isHan(own[i - 1]))) {
      run.unshift(t);
      break;
    }
    // a word of "after X" jieba tags as a time (术后, 产后) heads the noun it qualifies (术后|疼痛)
    const afterEvent = run.length > 0 && t.tag === 't' && /^[^今此之以最然随事前]后$/.test(t.word) && !overlapsAny(t, blocked);
    if (!perUnit && !head && !afterEvent && !nominal(t) && !verbal(t) && !changeAsNoun(own, i)) break;
    // 超 before a noun in the phrase is its prefix (超|发电|价, 超|高压): it starts the phrase
    if (prefixesNoun(own, i) && run.length) {
      run.unshift(t);
      break;
    }
    // a linking verb inside (占, 为) ends the phrase it links; 可 before a verb is part of it (可|支配|收入)
    if (LINKING.test(t.word) && run.length && !(t.word === '可' && /^v/.test(run[0].tag))) break;
    run.unshift(t);
    // 亩|均 纯利润, 户|均: a measure word and 均 read as one word
    if (t.word === '均' && i > 0 && own[i - 1].word.length === 1) run.unshift(own[--i]);
    if (run.map((r) => r.word).join('').length > MAX_CHARS) {
      run.shift();
      break;
    }
  }
  // a phrase starts with its content, not a linking word, a single-character verb (建|成) or the verb that does it (建成|示范点)
  // (可 before a verb and its noun makes one term: 可|转换|债券, 可|支配|收入)
  const termPrefix = (r: TaggedToken[]) => r[0].word === '可' && r.length > 2 && /^v/.test(r[1].tag) && nominal(r[r.length - 1]);
  while (run.length > 1 && !prefixesNoun(run, 0) && !termPrefix(run) && (LINKING.test(run[0].word) || PREDICATE.test(run[0].word) || (verbal(run[0]) && run[0].word.length === 1))) run.shift();
  // a region named by direction (中西部地区|进出口, 东部|地区) is where, not what, the figure measures
  if (run.length > 1 && (REGION.test(run[0].word) || run[0].word === '地区')) {
    let k = 0;
    while (k < run.length - 1 && (REGION.test(run[k].word) || run[k].word === '地区')) k++;
    if (k < run.length && k > 0 && run.slice(0, k).some((t) => t.word === '地区' || t.word.endsWith('地区'))) run.splice(0, k);
  }
  if (nounOnly && !(run.length && (nominal(run[run.length - 1]) || run[run.length - 1].tag === 'q'))) return undefined;
  // 价格, 温度: a generic measure says what it measures only with its owner (超发电价的价格, GDP的温度)
  if (run.length === 1 && GENERIC_HEAD.test(run[0].word) && own[i]?.word === '的') {
    const owner: TaggedToken[] = [];
    for (let k = i - 1; k >= 0 && (nominal(own[k]) || prefixesNoun(own, k)) && !overlapsAny(own[k], blocked) && own[k].start >= lo; k--) {
      owner.unshift(own[k]);
      if (prefixesNoun(own, k)) break;
    }
    // a share's owner may be those who do something (不赞成的比例, 达标的比例): a verb and its negation
    if (!owner.length && SHARE_HEAD.test(run[0].word)) {
      for (let k = i - 1; k >= 0 && owner.length < 3 && own[k].start >= lo && (verbal(own[k]) || /^(?:不|未|没有)$/.test(own[k].word)) && !LINKING.test(own[k].word); k--) owner.unshift(own[k]);
      if (owner.length && !verbal(owner[owner.length - 1])) owner.length = 0;
    }
    const name = owner.map((t) => t.word).join('');
    if (name.length >= 2 && name.length <= 6) return `${name}的${run[0].word}`;
  }
  return accept(withoutAgent(atVerb(run), figure.unit));
}

/** Who acts: a person's or an organization's name (八一电影制片厂, 耐克公司, 县政府). */
const AGENT_TAG = /^(?:nr|nrfg|nrt|nt)$/;
const AGENT_END = /(?:公司|集团|厂|政府|银行|企业|医院|学校|大学)$/;

/**
 * 八一电影制片厂|投入|五千万元: an amount after an act is the act's (ANNOTATION.md: 累计放贷6.39亿元 → 放贷); a person or
 * an organization before the act is who did it, not part of what is measured. A count is never of the act, so a
 * count's phrase is left as it is.
 */
function withoutAgent(run: TaggedToken[], unit: string | undefined): TaggedToken[] {
  const last = run[run.length - 1];
  const agent = run[run.length - 2];
  if (!last || !agent || COUNTING_UNIT.test(unit ?? '') || RELATIVE_UNITS.test(unit ?? '')) return run;
  if (last.tag !== 'v' || last.word.length < 2 || LINKING.test(last.word)) return run;
  return AGENT_TAG.test(agent.tag) || AGENT_END.test(agent.word) ? [last] : run;
}

/** 超 as a prefix: right before a noun inside a phrase (超|发电|价), not the verb 超 that links a figure (利润超|7000元). */
const prefixesNoun = (tokens: TaggedToken[], k: number) => tokens[k].word === '超' && /^(?:n|vn|nz)$/.test(tokens[k + 1]?.tag ?? '');

const REGION = /^(?:东|西|南|北|中|中西|东中|东北|西北|西南|东南|中东|沿海|内陆)部?(?:地区)?$/;
const SHARE_HEAD = /^(?:比例|份额)$/;
const GENERIC_HEAD = /^(?:价格|数量|总量|规模|比例|温度|热度|水平|数值|金额|总额|份额|价值)$/;

/** 消费|增长|也|达到: a change word followed (over adverbs) by a linking verb is the noun the figure measures. */
function changeAsNoun(tokens: TaggedToken[], i: number): boolean {
  // (the base a share is of may stand before it, closed by 中: 在所有城市轨道交通线路中|占比|下滑至5.15%)
  // (a share may be of what is done: 国家|成交|占比)
  const share = /^(?:占比|比重)$/.test(tokens[i]?.word ?? '');
  if (!CHANGE_NOUN.test(tokens[i].word) || i === 0 || !(nominal(tokens[i - 1]) || tokens[i - 1].word === '中' || (share && verbal(tokens[i - 1])))) return false;
  let k = i + 1;
  while (k < tokens.length && /^(?:也|还|已|已经|都|均|则|仅|只|首次|约|近|将)$/.test(tokens[k].word)) k++;
  const verb = tokens[k]?.word ?? '';
  // a figure right after the adverbs, a link, or a verb of change to a value (下滑|至)
  // (a change right before its figure is the verb: 利润增长一倍 → 利润; a share is a noun: 占比仅2%)
  return (k === tokens.length && share) || /^(?:达到|达|为|超过|突破|超|降至|升至|增至)$/.test(verb) || (k < tokens.length && verbal(tokens[k]) && /^(?:至|到)$/.test(tokens[k + 1]?.word ?? ''));
}

/** What introduces the base of a share (为现行标准的80%, 是原来的3倍, 按照…的50%). */
const BASE_BEFORE = /^(?:为|是|按照|按|相当于|调整为|降为|降至|占)$/;
const COMPARISON = /^(?:比|较|相比|高于|低于|好于|快于|慢于)$/;

/** 桔企和合作社|发放贷款: a noun before a verb that takes a noun object is who acts, not part of the phrase. */
function atVerb(run: TaggedToken[]): TaggedToken[] {
  for (let k = run.length - 1; k > 0; k--) {
    if (!nominal(run[k - 1])) continue;
    if (run[k].tag === 'v' && run[k].word.length >= 2 && k + 1 < run.length && nominal(run[k + 1])) return run.slice(k);
    // 发放贷款 tagged as one noun is still a verb and its object
    if (run[k].word.length === 4 && startsWithVerb(run[k])) return run.slice(k);
  }
  return run;
}

/** Between a phrase and its figure: linking verbs, adverbs, prepositions, per-units (每立方厘米), 的. */
function skippable(tokens: TaggedToken[], i: number): boolean {
  const t = tokens[i];
  if (LINKING.test(t.word) || INNER_STOP.test(t.word) || /^(?:首次|首度|平均|每|每年|每月|每天|每日|每季度|逐年|年均|分别|同比|环比)$/.test(t.word) || MODAL.test(t.word)) return true;
  // a verb of state before 在 / 至 links like 达 (稳定在70万亩, 提升至97.6%)
  if ((verbal(t) || t.tag === 'vn') && /^(?:在|至|到|于|为)$/.test(tokens[i + 1]?.word ?? '')) return true;
  // a measure word is skipped only as a per-unit (每|亩); else it heads the phrase (脱贫|户)
  if (t.tag === 'q') return i > 0 && /^(?:每|平均|m)$/.test(tokens[i - 1].word.length === 1 && tokens[i - 1].tag === 'm' ? 'm' : tokens[i - 1].word);
  // time words (目前, 现在) are no more part of a subject than the figure's own time
  // (and adverbs of manner before the link: 搜索结果|迅速|变为)
  return /^(d|ad|p|u|uj|ul|c|f|t)$/.test(t.tag) || !isHan(t);
}
