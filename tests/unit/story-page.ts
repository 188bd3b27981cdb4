// A one-story news page built for the page reader's head tests (byline, date), in the shape of the saved real pages:
// a menu, the story block (h1, info lines, body), a footer. Shared so each test file says only what it changes.
import { readHtml } from '../../cli/read-input';
import { CHROME_INDEX, planFromBlocks } from '../../lib/page/block-articles';

export const BODY = [
  '江西省樟树市今年新建高标准农田3.2万亩，惠及农户1.5万户，亩均增收约400元。',
  '据介绍，樟树市把高标准农田建设作为乡村振兴的重要抓手，统筹整合各类资金，完善灌溉、道路等设施。',
  '下一步，该市将继续加大投入，力争到2025年全市高标准农田占比超过八成。',
];
export const TITLE = '樟树新建高标准农田3.2万亩';

export interface StoryPageParts {
  /** Markup in <head> after the title. */
  meta?: string;
  /** Markup between the menu and the story block. */
  above?: string;
  /** Info lines under the h1. */
  head?: string[];
  body?: string[];
  /** Paragraphs after the body. */
  tail?: string[];
  /** Markup after the story block. */
  after?: string;
}

export function storyPage(parts: StoryPageParts = {}): string {
  const p = (s: string) => `<p>${s}</p>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${TITLE}_江西新闻网</title>${parts.meta ?? ''}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/gn">国内</a> <a href="/sh">社会</a></div>
${parts.above ?? ''}
<div class="article"><h1>${TITLE}</h1>
${(parts.head ?? []).map((h) => `<div class="info">${h}</div>`).join('\n')}
<div class="content">${(parts.body ?? BODY).map(p).join('')}${(parts.tail ?? []).map(p).join('')}</div></div>
${parts.after ?? ''}
<div class="footer">版权所有 江西新闻网</div></body></html>`;
}

/** The one story's byline and date as the engine gets them from the reader's blocks. */
export function headOf(html: string): { byline?: string; date?: string } {
  const read = readHtml(html);
  const plan = planFromBlocks(read.text, { blocks: read.blocks, kind: read.kind, meta: read.meta });
  const story = plan?.articles.find((a) => a.index !== CHROME_INDEX);
  return { byline: story?.byline?.text, date: story?.date };
}
