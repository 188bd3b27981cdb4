// A distance is measured from somewhere: 震中距伽师县92公里 measures 距伽师县, the way to that place, and the
// place (or point) after 距 is what tells one distance from the next (距阿图什市98公里、距喀什市128公里).
import type { SubjectContext } from './tokens';

/** Units of length. */
const LENGTH = /^(?:公里|千米|米|海里|里|英里|光年)$/;
/** The words between the point and the length: adverbs and linking verbs (还有, 约, 仅). */
const BETWEEN = /(?:还有|还|约|約|大约|大概|有|仅|只有|只|达|为|约为|不到|不足|超过|足有)+$/;
/** A length that bounds an area around the point (15米范围内, 5公里以内) counts that area, not the way. */
const AREA_AFTER = /^(?:的)?(?:范围|以内|之内|内|半径|左右范围)/;

/** 距X for a length after 距X, else undefined. */
export function distanceFrom(ctx: SubjectContext): string | undefined {
  const { text, figure, tokens, lo } = ctx;
  if (!LENGTH.test(figure.unit ?? '') || AREA_AFTER.test(text.slice(figure.end, figure.end + 4))) return undefined;
  // 距 / 距离 / 离 as a word of its own (not 间距, 离开), the last in the clause before the figure
  const from = tokens.filter((t) => t.start >= lo && t.end <= figure.start && /^(?:距|距离|离)$/.test(t.word)).pop();
  if (!from) return undefined;
  const point = text.slice(from.end, figure.start).replace(BETWEEN, '');
  if (!/^[^，。；、：,;:!?！？\s（）()]{1,14}$/.test(point)) return undefined;
  return from.word + point;
}
