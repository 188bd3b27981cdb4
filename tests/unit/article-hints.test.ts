// The page's markup as evidence for the article split: heading elements (h1–h6) passed as hints.
import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../lib/articles';
import { extract } from '../../lib/extract';
import { extractChunks, mergeChunks } from '../../lib/chunked';
import type { HeadingHint } from '../../lib/types';

/** A page from lines, some of them marked as headings of a level: its text and the hints. */
function page(lines: (string | [string, number])[]): { text: string; headings: HeadingHint[] } {
  let text = '';
  const headings: HeadingHint[] = [];
  for (const line of lines) {
    if (text) text += '\n';
    if (Array.isArray(line)) headings.push({ start: text.length, level: line[1] });
    text += Array.isArray(line) ? line[0] : line;
  }
  return { text, headings };
}

const SPRING = '全省春耕生产有序推进，各地抢抓农时。';
const CHARGERS = '高速公路服务区新能源汽车充电桩实现全覆盖，县乡村三级充电网络建设取得明显成效';
// Two reports whose headlines the text alone does not tell from body: one ends in 。, one is too long.
const TWO_REPORTS = [
  ['要闻', 1],
  [SPRING, 2],
  '近日，记者从省农业农村厅获悉，全省已完成早稻育秧面积三百万亩，比去年同期增加百分之五。',
  '各地农技人员深入田间地头，指导农户科学施肥、防治病虫害，确保春耕生产顺利进行。',
  [CHARGERS, 2],
  '截至目前，全省高速公路服务区已建成充电桩一千二百个，实现服务区全覆盖，方便群众绿色出行。',
  '下一步，相关部门将继续推进县乡村充电设施建设，满足群众日益增长的充电需求。',
] as (string | [string, number])[];

describe('splitArticles with heading hints', () => {
  const { text, headings } = page(TWO_REPORTS);

  it('the text rules alone keep the two reports in one article', () => {
    expect(splitArticles(text)).toHaveLength(1);
  });

  it('starts an article at each h2 headline, even one ending in 。 or longer than a headline', () => {
    const articles = splitArticles(text, headings);
    expect(articles.map((a) => a.headline?.text)).toEqual([SPRING, CHARGERS]);
    expect(articles[1].start).toBe(text.indexOf(CHARGERS));
  });

  it('a section title in an h1 over the first h2 makes no article of its own', () => {
    const articles = splitArticles(text, headings);
    expect(articles[0].start).toBe(0);
    expect(articles[0].headline?.text).toBe(SPRING);
  });

  it('a one-word section heading between reports joins the report under it: no empty article', () => {
    const withSection = page([...TWO_REPORTS.slice(0, 4), ['图片新闻', 2], ...TWO_REPORTS.slice(4)]);
    const articles = splitArticles(withSection.text, withSection.headings);
    expect(articles).toHaveLength(2);
    for (const a of articles) expect(withSection.text.slice(a.start, a.end).split('\n').length).toBeGreaterThan(2);
  });

  it('an intertitle deeper than the title (h3 under an h1) stays inside the article', () => {
    const feature = page([
      [SPRING, 1],
      '近日，记者从省农业农村厅获悉，全省已完成早稻育秧面积三百万亩，比去年同期增加百分之五。',
      ['育秧工厂里的新变化。', 3],
      '各地农技人员深入田间地头，指导农户科学施肥、防治病虫害，确保春耕生产顺利进行。',
    ]);
    expect(splitArticles(feature.text, feature.headings)).toHaveLength(1);
  });

  it("under a site's h1 logo with only menus below it, an h2 report still opens an article", () => {
    const site = page([['江西新闻网', 1], '时政 | 民生 | 社会 | 财经', '2024年3月5日 星期二', ...TWO_REPORTS.slice(1)]);
    const articles = splitArticles(site.text, site.headings);
    expect(articles.map((a) => a.headline?.text)).toEqual(['江西新闻网', SPRING, CHARGERS]);
    // on a web page (首页 menu) a row of links is no paragraph: the h2 under it is no intertitle
    const web = page([['江西新闻网', 1], '首页 | 时政 | 民生 | 社会', TWO_REPORTS[1], TWO_REPORTS[2]]);
    expect(splitArticles(web.text, web.headings).map((a) => a.headline?.text)).toEqual(['江西新闻网', SPRING]);
  });

  it("an article the text rules open under an h1 page keeps the page's h2 sections inside it", () => {
    const signed = '近日，记者从省农业农村厅获悉，全省已完成早稻育秧面积三百万亩，比去年同期增加百分之五。（周金宇）';
    const brief = '各地农技人员深入田间地头，指导农户科学施肥、防治病虫害，确保春耕生产顺利进行，全省春耕生产进展顺利。';
    const wiki = page([[SPRING, 1], signed, brief, ['经历', 2], brief]);
    const articles = splitArticles(wiki.text, wiki.headings);
    // the signed paragraph ends the first article by the text rules; the h2 under the h1 does not end the second
    expect(articles.map((a) => a.start)).toEqual([0, wiki.text.indexOf(brief)]);
  });

  it('extract() and the chunked reading pass the hints on with the same offsets', () => {
    const starts = splitArticles(text, headings).map((a) => a.start);
    expect(extract(text, { headings }).articles.map((a) => a.start)).toEqual(starts);
    const chunked = mergeChunks(extractChunks(text, { headings }, 60));
    expect(chunked.map((a) => a.start)).toEqual(starts);
  });
});
