// 一 + a measure word is most often the article "a" (一位同学, 建了一家工厂, 是一扇窗口). ANNOTATION.md asks for
// quantities, and the hand-made golds of national and real news (national, real3–real5) mark no figure there;
// PD1998's tagged corpus counts every one (a conflict, see the branch report). 一 still counts one thing when
// the text counts: 只有一名, 仅一家, 每村一名, or 一名…两名… in the same sentence.

/** Measure words of single things or persons that 一 turns into "a". Units of measure (元, 亩, 年, 人) are not here. */
const ARTICLE_MEASURES = new Set([
  ...'位名家座幢栋张项场方扇台件种条所部篇份封首则句段幅本辆只间片支株棵块把套起群颗枚盏艘架匹尊面堂门桩宗处副顶根串束朵道层',
  ...'款对双粒团股堆代丝声笔顿队员栏包',
]);

// words that make 一 a count: only one, at least one, one in all
const COUNTING_BEFORE = /(?:只有?|仅有?|仅仅|才|单|共有?|总共|合计|至少|最少|不到|不足|超过|多于|少于|增加|减少|新增|剩下?)$/;
// …and so does a share per unit in the same clause: 每个村配备一名网格员, 户均一台
const PER_UNIT = /(?:每(?![当逢])|各(?![种类自样])|户均|人均)[^，。；！？\n]*$/;

// 一次 counts after a verb (安排一次核酸检测, 每年开展一次); after 的 / 是 / 在 it is "a" (召开的一次重要会议, 这是一次
//考验, 在一次会议上), after 再 / 又 it is "again" (再一次证明), and 有一次， / 一次， opening a clause is "once"
const ARTICLE_CI_BEFORE = /[的是为在]$/;
const AGAIN_BEFORE = /[再又]$/;
const ONCE = /(?:^|[，。；：！？\n“]|(?<![只仅没还])有)$/;

/** True when the 一 at s with the measure word form (ending at end) reads as the article "a", not as a count. */
export function isArticleYi(text: string, s: number, form: string, end: number): boolean {
  const before = text.slice(Math.max(0, s - 4), s);
  if (form === '次') {
    if (AGAIN_BEFORE.test(before)) return true;
    if (ONCE.test(before) && /^[，,]/.test(text.slice(end, end + 1))) return true;
    return ARTICLE_CI_BEFORE.test(before) && /^[\u4e00-\u9fff]/.test(text.slice(end, end + 1));
  }
  if (!ARTICLE_MEASURES.has(form)) return false;
  // 一面摧毁…，一面控制: "while", two actions at once
  if (form === '面' && (/一面[^。！？\n]*$/.test(text.slice(Math.max(0, s - 30), s)) || /^[^。！？\n]*一面/.test(text.slice(end, end + 30)))) return true;
  if (COUNTING_BEFORE.test(before) || PER_UNIT.test(text.slice(Math.max(0, s - 20), s))) return false;
  return !countsSameMeasure(text, s, form);
}

// a numeral other than 一 right before the same measure word in the same sentence: 一名死亡、两名受伤
const NUMERAL = /[0-9０-９二两三四五六七八九十百千万]/;

function countsSameMeasure(text: string, s: number, form: string): boolean {
  const from = Math.max(0, s - 40);
  const to = Math.min(text.length, s + 40);
  let a = s;
  while (a > from && !/[。！？\n]/.test(text[a - 1])) a--;
  let b = s;
  while (b < to && !/[。！？\n]/.test(text[b])) b++;
  const sentence = text.slice(a, b);
  for (let k = sentence.indexOf(form); k >= 0; k = sentence.indexOf(form, k + 1)) {
    if (a + k === s + 1) continue; // the measure word of this 一
    // a count in quotes is a name (“两面政权”), not a count beside this one
    if (NUMERAL.test(sentence[k - 1] ?? '') && !/[“「『]/.test(sentence.slice(Math.max(0, k - 3), k - 1))) return true;
  }
  return false;
}
