// Rivers the gazetteer does not hold (北潦河, 袁河, 泸溪河): a segmenter word ending in 河 / 江 / 溪 counts as a
// place only where the text talks about it as a river (水质, 流域, 两岸, 上游…), so 运河 or 护城河 in other
// senses and people's names stay out.
import type { Boundaries } from './boundaries';
import { getSegmenter } from '../text';
import { GENERIC_RIVERS } from './data/rule-words';

/** What a text says right after a river's name. */
const RIVER_CONTEXT = /[河江溪](?=水质|流域|两岸|沿岸|上游|中游|下游|干流|支流|河段|沿线|河道|水系|水位|岸边|畔|入江口|入湖口)/g;

/** Words ending like a river that name no one river: 江河, 内河, 运河. */
const GENERIC_RIVER = new Set(GENERIC_RIVERS);

/** Characters that start no river name but that a guessed word may begin with. */
const LEADING_FUNCTION = /[好在的了和与及是把被将对向从到给让使为也都还又很最更已再就]/;

/** Spans [start, end) of river names told by their context; `covered` marks characters already in a place. */
export function riverSpans(text: string, b: Boundaries | null, covered: Uint8Array): Array<[number, number]> {
  const tag = b ? getSegmenter()?.tag : undefined;
  if (!tag) return [];
  const out: Array<[number, number]> = [];
  RIVER_CONTEXT.lastIndex = 0;
  for (let m = RIVER_CONTEXT.exec(text); m; m = RIVER_CONTEXT.exec(text)) {
    const end = m.index + 1;
    if (covered[m.index]) continue;
    // the clause before the river, back to a mark or a place already found, read by the tagger with its
    // guesser on (the boundaries split an unknown name like 北潦河 into single characters)
    let from = m.index;
    while (from > 0 && end - from < 8 && !covered[from - 1] && /[\u4e00-\u9fff]/.test(text[from - 1])) from--;
    const tokens = tag(text.slice(from, end));
    const last = tokens[tokens.length - 1];
    if (!last || last.end !== end - from) continue;
    let start = last.start;
    let tagged = last.tag;
    // 泸溪 + 河: a place word and the river character the tagger left apart
    const prev = tokens[tokens.length - 2];
    if (last.word.length === 1 && prev && prev.tag === 'ns' && prev.word.length <= 3) [start, tagged] = [prev.start, 'ns'];
    // a guessed word may have swallowed a particle or an adverb before the name (保护好潦河)
    if (tagged === 'x' && last.word.length >= 3 && LEADING_FUNCTION.test(text[from + start])) start++;
    const word = text.slice(from + start, end);
    if (word.length < 2 || word.length > 4 || GENERIC_RIVER.has(word) || !/^(?:ns|x)$/.test(tagged)) continue;
    out.push([from + start, end]);
  }
  return out;
}
