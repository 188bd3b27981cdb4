// The page's markup as evidence for the splitter: a line that starts a heading element (h1–h6,
// role=heading) is a headline even when its text alone would not say so (it ends in 。, it is long).
import type { PageLine } from './lines';
import type { HeadingHint } from '../types';

// Past this a heading element holds a paragraph (some sites set a lead in <h3>), not a headline.
const HINTED_HEADLINE_MAX = 80;

/**
 * The heading level of an element, or 0: h1–h6, or role=heading with its aria-level (2 when it has
 * none). Shared by the extension's DOM walk and the command line's HTML parser, so both hint alike.
 */
export function headingLevel(tagName: string, role: string | null | undefined, ariaLevel: string | null | undefined): number {
  if (/^h[1-6]$/i.test(tagName)) return Number(tagName[1]);
  if (role !== 'heading') return 0;
  const level = Number(ariaLevel);
  return Number.isInteger(level) && level >= 1 ? Math.min(level, 6) : 2;
}

/** Marks the lines whose first character a heading hint falls on (or in the blanks just before). */
export function markHeadings(lines: PageLine[], hints: readonly HeadingHint[] | undefined): void {
  if (!hints?.length) return;
  let h = 0;
  let lineFrom = 0; // where the blanks before this line's ink begin
  for (const line of lines) {
    while (h < hints.length && hints[h].start < lineFrom) h++;
    if (h < hints.length && hints[h].start < line.end) {
      // a hint in the line's ink past its first character is a heading inside a line: no line of its own
      if (hints[h].start <= line.start) {
        line.heading = hints[h].level;
        if (line.kind === 'body' && line.text.length <= HINTED_HEADLINE_MAX) line.kind = 'headline';
      }
      while (h < hints.length && hints[h].start < line.end) h++;
    }
    lineFrom = line.end;
  }
}
