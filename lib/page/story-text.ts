// The story as plain text, the way `dianjing read` prints it: per story its headline line, a byline
// line and a date line where present, then the body one paragraph per line; stories apart by a blank line.
import type { BlockHint, BlockRole } from '../types';

const HEAD_ORDER: BlockRole[] = ['kicker', 'headline', 'subheadline'];
const PRINTED = new Set<BlockRole>(['byline', 'date', 'body', 'caption']);

/** Plain text of the page's stories; on a page with no story, its main text. */
export function storyText(text: string, blocks: readonly BlockHint[]): string {
  const stories = new Map<number, BlockHint[]>();
  for (const b of blocks) {
    if (b.story === undefined) continue;
    let list = stories.get(b.story);
    if (!list) stories.set(b.story, (list = []));
    list.push(b);
  }
  // a page that is no story still shows its main text (its body lines without a story number)
  if (!stories.size) stories.set(0, blocks.filter((b) => b.role === 'body' || b.role === 'headline'));
  const out: string[] = [];
  for (const [, list] of [...stories].sort((a, b) => a[0] - b[0])) {
    const line = (b: BlockHint) => text.slice(b.start, b.end).trim();
    // the head first (its kicker, headline, sub-headline), then the rest as the page has it: byline and
    // date lines sit under the headline on nearly every page, and a caption where its picture was
    const lead = HEAD_ORDER.flatMap((role) => list.filter((b) => b.role === role));
    const rest = list.filter((b) => !lead.includes(b) && PRINTED.has(b.role)).sort((a, b) => a.start - b.start);
    out.push([...lead, ...rest].map(line).filter(Boolean).join('\n'));
  }
  return out.join('\n\n');
}
