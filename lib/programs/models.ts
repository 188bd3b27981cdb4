// Working models named after the firm or place that made them, unquoted: 温州模式, 苏南模式, a firm's 某某模式.
// The name is one word before 模式 that the dictionary knows only as a place or not at all (a firm's name); a
// word of everyday vocabulary before it (发展模式, 商业模式, 新模式) makes a kind of model, not a name.
import { getSegmenter, type TaggedToken } from '../text';
import type { Found } from './unquoted';

const MODEL = /模式/g;
const NAME_TAG = /^(?:ns|nz|nt|x)$/;
const HAN_ONLY = /^[\u4e00-\u9fff]{2,3}$/;
// the word before the name must end a phrase, not carry on a longer one: 的, punctuation, a verb, a conjunction
const OPENS_AFTER = /^(?:uj|c|p|v|d|ad)$/;
const WINDOW = 8;

/** Unquoted models named after a firm or a place: 泰龙模式. */
export function findNamedModels(text: string): Found[] {
  const segmenter = getSegmenter();
  if (!segmenter?.tag) return [];
  const out: Found[] = [];
  MODEL.lastIndex = 0;
  for (let m = MODEL.exec(text); m; m = MODEL.exec(text)) {
    const headAt = m.index;
    const from = Math.max(0, headAt - WINDOW);
    const tokens: TaggedToken[] = segmenter.tag(text.slice(from, headAt + 4));
    const head = tokens.findIndex((t) => t.start === headAt - from);
    if (head < 1 || tokens[head].word !== '模式') continue;
    const name = tokens[head - 1];
    if (!isFirmOrPlace(name) || !opensName(tokens[head - 2], from)) continue;
    out.push({ start: from + name.start, end: headAt + 2, rule: 'unquoted model named after a firm or place' });
  }
  return out;
}

// words jieba tags as places (or not at all) that are kinds of place: 城市模式, 线上模式 are no names
const KIND_OF_PLACE = /^(?:线上|线下|网上|城市|城镇|城乡|农村|乡村|新区|古镇|湖区|山区|城区|社区|园区|景区|地方|当地|本地|海外|国内|国外|美丽|安宁)$/;
const isFirmOrPlace = (t: TaggedToken) => NAME_TAG.test(t.tag) && HAN_ONLY.test(t.word) && !KIND_OF_PLACE.test(t.word);

/** The word before the name ends a phrase: the text's start, a mark, 的, a verb, a conjunction, a preposition. */
function opensName(before: TaggedToken | undefined, from: number): boolean {
  if (!before) return from === 0;
  return !/[\u4e00-\u9fff]/.test(before.word) || OPENS_AFTER.test(before.tag);
}
