// The saved real web pages (../shared/data/pages beside the repo, MIT) read through the command line's reader
// and the article splitter, against their hand-made gold. Thresholds are the measured totals
// (npm run eval:pages: line recall 98.6%, body in one article 59/69, date 44/51, headline in <title> 32/56) less a small margin.
// A clone with nothing beside it skips them with one line; CI, which has ../shared, runs them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeHtml, readInput } from '../../cli/read-input';
import { splitArticles } from '../../lib/articles';
// @ts-expect-error plain JS helper shared with the eval script
import { bodyScore, goldDay, goldLines, headlineMatches, pageTitle } from '../../scripts/eval-pages.mjs';

const root = fileURLToPath(new URL('../../../shared/data/pages/', import.meta.url));
const present = existsSync(`${root}original`);
if (!present) console.log('pages.test.ts: skipped: the saved real pages (../shared/data/pages beside the repository) are not here');
const ids = (present ? readdirSync(`${root}original`) : [])
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -5))
  .sort();
const gold = (dir: string, id: string) => readFileSync(`${root}${dir}/${id}.txt`, 'utf8').replace(/^\uFEFF/, '').trim();
const isUtf8 = (bytes: Buffer) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const pages = ids.map((id) => {
  const path = `${root}original/${id}.html`;
  const text = readInput(path);
  const articles = splitArticles(text);
  const lines: string[] = goldLines(gold('cleaned', id));
  return { id, bytes: readFileSync(path), text, articles, lines, score: bodyScore(text, lines, articles), day: goldDay(gold('date', id)) };
});

describe.skipIf(!present)('real web pages', () => {
  it('are all there and all readable', () => {
    expect(pages.length).toBe(69);
    for (const p of pages) expect(p.text.length, p.id).toBeGreaterThan(500);
  });

  it('keep nearly every gold body line in the visible text', () => {
    const found = pages.reduce((n, p) => n + p.score.found, 0);
    const all = pages.reduce((n, p) => n + p.lines.length, 0);
    expect(found / all).toBeGreaterThanOrEqual(0.97);
    // No page loses most of its body (a wrong charset or a hidden container would).
    for (const p of pages) expect(p.score.found / p.lines.length, p.id).toBeGreaterThanOrEqual(0.8);
  });

  it('decode every GBK page without a replacement character, its body in Han text', () => {
    const gbk = pages.filter((p) => !isUtf8(p.bytes));
    expect(gbk.length).toBeGreaterThanOrEqual(35);
    for (const p of gbk) {
      expect(p.text.includes('\uFFFD'), p.id).toBe(false);
      expect(p.score.found, p.id).toBeGreaterThanOrEqual(0.8 * p.lines.length);
    }
  });

  it('read the two files that are no HTML documents (a <text> wrapper, control bytes) as page text', () => {
    // eslint-disable-next-line no-control-regex
    const odd = pages.filter((p) => /[\x01-\x08]/.test(p.bytes.toString('latin1')));
    expect(odd.map((p) => p.id.slice(0, 8))).toEqual(['2bac7fb2', 'c268c1b4']);
    for (const p of odd) {
      expect(p.text).not.toMatch(/<text|<html|info_insertion|[\x00-\x08]/);
      expect(p.score.found, p.id).toBe(p.lines.length);
    }
  });

  it('keep the body in one article on most pages', () => {
    const whole = pages.filter((p) => p.score.whole);
    expect(whole.length).toBeGreaterThanOrEqual(56);
  });

  it('date the body article by the page’s date line', () => {
    const dated = pages.filter((p) => p.day);
    const right = dated.filter((p) => p.score.article?.date === p.day);
    expect(dated.length).toBe(51);
    expect(right.length).toBeGreaterThanOrEqual(42);
  });

  it('head the body article with the page’s own headline (the one its <title> repeats)', () => {
    const titled = pages.filter((p) => pageTitle(decodeHtml(p.bytes)) !== undefined);
    const headed = titled.filter((p) => headlineMatches(p.score.article?.headline?.text, pageTitle(decodeHtml(p.bytes))));
    expect(titled.length).toBe(56);
    expect(headed.length).toBeGreaterThanOrEqual(29);
  });

  it('read the date line in its several forms', () => {
    const dateOf = (id: string) => pages.find((q) => q.id.startsWith(id))!.score.article?.date;
    expect(dateOf('9890f458')).toBe('2022-02-13'); // 发布时间：2022-02-13 04:22:18   来源：云南日报
    expect(dateOf('47f387e6')).toBe('2021-01-29'); // 报纸网 |发布: 2021-1-29 13:18|点击: 313
    expect(dateOf('0d931936')).toBe('2005-03-21'); // http://www.sina.net 2005年03月21日 11:21  《理财周刊》
    expect(dateOf('91bdf33e')).toBe('2022-01-20'); // 2022.01.20 16:31 来源：河南日报客户端
  });
});
