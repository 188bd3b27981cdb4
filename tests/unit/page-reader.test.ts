// The page reader (lib/page) on small pages built here: a news page with its chrome, an e-paper page with
// a masthead, a list of titles and a kicker, a page of no story, frames, metadata, broken and huge markup.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readHtml, readPage } from '../../cli/read-input';
import { extract } from '../../lib/extract';
import { storyText } from '../../lib/page/story-text';
import type { BlockHint } from '../../lib/types';

const para = (s: string) => `<p>${s}</p>`;
const BODY = [
  '本报讯 江西省樟树市今年新建高标准农田3.2万亩，惠及农户1.5万户，亩均增收约400元。',
  '据介绍，樟树市把高标准农田建设作为乡村振兴的重要抓手，统筹整合各类资金，完善灌溉、道路等设施。',
  '下一步，该市将继续加大投入，力争到2025年全市高标准农田占比超过八成。',
];

const newsPage = `<!doctype html><html><head><meta charset="utf-8"><title>樟树新建高标准农田3.2万亩_江西新闻网</title>
<meta property="og:title" content="樟树新建高标准农田3.2万亩">
<meta property="article:published_time" content="2024-03-05T08:00:00+08:00"></head><body>
<nav><ul><li><a href="/">首页</a></li><li><a href="/gn">国内</a></li><li><a href="/js">南昌新闻</a></li></ul></nav>
<div class="header"><a href="/">江西新闻网</a></div>
<main><div class="article">
<h1>樟树新建高标准农田3.2万亩</h1>
<div class="info"><span>2024-03-05 08:00</span> <span>来源：江西日报</span></div>
<div class="share"><a href="#">分享到微信</a> <a href="#">微博</a></div>
<div class="content">${BODY.map(para).join('')}</div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/1">九江市建成高标准农田五十万亩</a></li><li><a href="/2">赣州市推进农田水利建设</a></li><li><a href="/3">九江市新增农田2万亩</a></li></ul></div>
</div></main>
<footer><p>版权所有 江西新闻网 赣ICP备12345678号</p></footer>
</body></html>`;

const lineOf = (text: string, blocks: BlockHint[], role: string) => blocks.filter((b) => b.role === role).map((b) => text.slice(b.start, b.end).trim());

describe('page reader: a news page with its chrome', () => {
  const page = readHtml(newsPage);

  it('finds the one story, its headline, date and byline, and its body paragraphs', () => {
    expect(page.kind).toBe('story');
    expect(lineOf(page.text, page.blocks, 'headline')).toEqual(['樟树新建高标准农田3.2万亩']);
    expect(lineOf(page.text, page.blocks, 'date')).toEqual(['2024-03-05 08:00 来源：江西日报']);
    expect(lineOf(page.text, page.blocks, 'body')).toEqual(BODY);
    expect(page.meta).toMatchObject({ headline: '樟树新建高标准农田3.2万亩', date: '2024-03-05', siteName: '江西新闻网' });
  });

  it('gives the menu, the share bar, the related list and the footer chrome roles with no story', () => {
    const role = (s: string) => page.blocks.find((b) => page.text.slice(b.start, b.end).includes(s))!;
    expect(role('南昌新闻').role).toBe('nav');
    expect(role('分享到微信').role).toBe('controls');
    expect(role('九江市建成').role).toBe('related');
    expect(role('赣ICP备').role).toBe('footer');
    for (const s of ['南昌新闻', '分享到微信', '九江市建成', '赣ICP备']) expect(role(s).story).toBeUndefined();
  });

  it('prints the story as dianjing read does: headline, date line, then the body', () => {
    expect(storyText(page.text, page.blocks)).toBe(['樟树新建高标准农田3.2万亩', '2024-03-05 08:00 来源：江西日报', ...BODY].join('\n'));
  });

  it('makes one article for the engine, its facts from the body only, the chrome places apart', () => {
    const result = extract(page.text, { blocks: page.blocks, meta: page.meta, kind: page.kind, headings: page.headings });
    expect(result.kind).toBe('story');
    expect(result.articles).toHaveLength(1);
    const [article] = result.articles;
    expect(article.headline?.text).toBe('樟树新建高标准农田3.2万亩');
    expect(article.date).toBe('2024-03-05');
    expect(article.facts.length).toBeGreaterThan(0);
    const storyBlock = (at: number) => page.blocks.find((b) => b.start <= at && at < b.end && b.story === 0);
    for (const f of article.facts) expect(storyBlock(f.figure.start)?.role, f.figure.text).toMatch(/^(headline|body)$/);
    const chromePlaces = (result.chrome ?? []).filter((e) => e.type === 'place').map((e) => e.text);
    expect(chromePlaces).toEqual(expect.arrayContaining(['九江市', '赣州市']));
    expect(article.entities.some((e) => e.text === '九江市')).toBe(false);
  });
});

const STORIES = [
  { title: '全省春耕生产全面展开', body: '本报讯 记者李明报道：连日来，全省各地抢抓农时，春耕生产全面展开，已完成早稻育秧面积两百万亩。各地农业部门组织技术人员深入田间，指导农户科学育秧。' },
  { title: '南昌地铁四号线开通运营', body: '本报讯 记者王芳报道：南昌地铁四号线于昨日正式开通运营，全长三十九点六公里，设车站二十九座。线路开通后，市民出行更加便捷，沿线居民纷纷点赞。' },
  { title: '景德镇陶瓷文化周开幕', body: '本报讯 记者赵强报道：第十届景德镇陶瓷文化周昨日开幕，来自海内外的两千余名陶瓷艺术家参加活动。本届文化周为期七天，将举办展览、论坛等二十余场活动。' },
];
const epaperPage = `<!doctype html><html><head><meta charset="utf-8"><title>江西日报-第3版：要闻</title></head><body>
<h1>江西日报</h1>
<div class="nav"><ul>${STORIES.map((s, i) => `<li><a href="/c${i}.htm">${s.title}</a></li>`).join('')}</ul></div>
<article>
${STORIES.map((s, i) => `<h2>${s.title}</h2><p>${s.body}</p>${i === 0 ? '<p>【民生】</p>' : ''}`).join('\n')}
</article>
<div class="footer">版权所有 江西日报社</div>
</body></html>`;

describe('page reader: an e-paper page with a masthead, a list of titles and a kicker', () => {
  const page = readHtml(epaperPage);

  it('reads many stories, one per <h2>, the masthead as the site and the kicker with the story it heads', () => {
    expect(page.kind).toBe('stories');
    expect(lineOf(page.text, page.blocks, 'headline')).toEqual(STORIES.map((s) => s.title));
    expect(lineOf(page.text, page.blocks, 'site')).toEqual(['江西日报']);
    const kicker = page.blocks.find((b) => b.role === 'kicker');
    expect(kicker && page.text.slice(kicker.start, kicker.end)).toBe('【民生】');
    expect(kicker?.story).toBe(1);
    // the list of titles is navigation, not three more headlines
    const navTitles = page.blocks.filter((b) => b.role === 'nav').length;
    expect(navTitles).toBe(3);
  });

  it('gives the engine one article per story, headed by its own title (never the masthead or the kicker)', () => {
    const result = extract(page.text, { blocks: page.blocks, meta: page.meta, kind: page.kind, headings: page.headings });
    expect(result.kind).toBe('stories');
    expect(result.articles.map((a) => a.headline?.text)).toEqual(STORIES.map((s) => s.title));
    expect(result.articles.map((a) => a.datelinePlace ?? null)).toEqual([null, null, null]);
    for (const a of result.articles) expect(a.byline?.text).toMatch(/^本报讯/);
  });

  it('prints each story in turn, a blank line between them', () => {
    const printed = storyText(page.text, page.blocks).split('\n\n');
    expect(printed).toHaveLength(3);
    expect(printed[0].split('\n')[0]).toBe(STORIES[0].title);
    expect(printed[1].split('\n').slice(0, 2)).toEqual(['【民生】', STORIES[1].title]);
  });
});

describe('page reader: pages of no story', () => {
  it('calls a list of links a page of no story, and gives the engine no story from it', () => {
    const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/n${i}">第${i}条新闻标题在这里显示</a><span>2024-03-0${(i % 9) + 1}</span></li>`).join('');
    const page = readHtml(`<html><head><title>新闻列表</title></head><body><h1>新闻列表</h1><ul>${items}</ul></body></html>`);
    expect(page.kind).toBe('no-story');
    expect(page.blocks.every((b) => b.story === undefined)).toBe(true);
    const result = extract(page.text, { blocks: page.blocks, meta: page.meta, kind: page.kind });
    expect(result.kind).toBe('no-story');
  });
});

describe('page reader: home pages and reference entries are no story', () => {
  it('calls a home page of link lists with a teaser paragraph a page of no story', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/n${i}">江西各地新闻标题第${i}条</a></li>`).join('');
    const page = readHtml(`<html><head><title>江西新闻网</title></head><body><ul>${links}</ul><div><p>今日导读：全省春耕生产全面展开，各地抢抓农时。</p></div><ul>${links}</ul></body></html>`);
    expect(page.kind).toBe('no-story');
  });

  it('calls an encyclopedia entry (sections under short headings, no date line) a page of no story, and a dated story with intertitles a story', () => {
    const section = (h: string) => `<h2>${h}</h2><p>${BODY[0]}${BODY[1]}</p>`;
    const entry = readHtml(`<html><head><title>樟树市 - 百科</title></head><body><h1>樟树市</h1>${['简介', '历史', '地理', '经济'].map(section).join('')}</body></html>`);
    expect(entry.kind).toBe('no-story');
    const story = readHtml(`<html><head><title>樟树市农田建设</title></head><body><h1>樟树市农田建设</h1><p>2024-03-05 来源：江西日报</p><p>${BODY[2]}</p>${['简介', '历史', '地理', '经济'].map(section).join('')}</body></html>`);
    expect(story.kind).toBe('story');
  });
});

describe('page reader: a list of posts', () => {
  it('takes the first of several dated posts of one shape as the story, not the longest', () => {
    const post = (title: string, day: number, paras: string[]) =>
      `<div class="post"><div class="post-title">${title}</div><div class="post-date">2005-03-${day} 01:20:44</div><div class="post-body">${paras.map(para).join('')}</div></div>`;
    const page = readHtml(`<html><body><div class="posts">${post('樟树新建高标准农田', 21, [BODY[0], BODY[2]])}${post('南昌地铁四号线开通', 18, [BODY[1], BODY[2], BODY[1]])}${post('景德镇陶瓷文化周', 15, [BODY[2]])}</div></body></html>`);
    expect(lineOf(page.text, page.blocks, 'body')).toEqual([BODY[0], BODY[2]]);
    expect(lineOf(page.text, page.blocks, 'headline')).toEqual(['樟树新建高标准农田']);
    expect(lineOf(page.text, page.blocks, 'date')).toEqual(['2005-03-21 01:20:44']);
  });
});

describe('page reader: metadata', () => {
  it('reads JSON-LD NewsArticle before og:title and <title>, and strips the site from the title', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '标题甲', datePublished: '2024-05-06T10:00:00+08:00', author: [{ '@type': 'Person', name: '张三' }] });
    const page = readHtml(`<html><head><title>标题丙 - 人民网</title><meta property="og:title" content="标题乙"><script type="application/ld+json">${ld}</script></head><body><p>正文。</p></body></html>`);
    expect(page.meta).toMatchObject({ headline: '标题甲', date: '2024-05-06', byline: '张三', siteName: '人民网' });
    const plain = readHtml('<html><head><title>标题丙 - 人民网</title><script type="application/ld+json">{broken</script></head><body><p>正文。</p><time datetime="2024-01-02">一月二日</time></body></html>');
    expect(plain.meta).toMatchObject({ headline: '标题丙', date: '2024-01-02' });
  });
});

describe('page reader: frames, broken and hostile markup', () => {
  it('reads a srcdoc frame as part of the page and reports a frame it cannot read', () => {
    const frame = '<p>框内的正文：樟树市新建农田。</p>';
    const page = readHtml(`<html><body><p>框外。</p><iframe srcdoc="${frame.replace(/"/g, '&quot;')}"></iframe><iframe src="https://other.example/x.html"></iframe></body></html>`);
    expect(page.text).toBe('框外。\n框内的正文：樟树市新建农田。');
    expect(page.framesNotRead).toEqual(['https://other.example/x.html']);
  });

  it('reads broken HTML without losing text', () => {
    const page = readHtml(`<html><body><div><p>${BODY[0]}<div></span><p>${BODY[1]}</td></tr><p>${BODY[2]}<b>`);
    expect(page.text.split('\n')).toEqual(BODY);
    expect(page.kind).toBe('story');
  });

  it('survives a page nested 20,000 deep and a line of a million characters', () => {
    const deep = readHtml(`<html><body>${'<div>'.repeat(20000)}<p>深处的正文。</p>${'</div>'.repeat(20000)}</body></html>`);
    expect(deep.text).toBe('深处的正文。');
    const long = readHtml(`<html><body><p>${'长'.repeat(1_000_000)}</p></body></html>`);
    expect(long.text.length).toBe(1_000_000);
    expect(long.blocks).toHaveLength(1);
  });

  it('keeps the way back from every character to its text node', () => {
    const page = readHtml(newsPage);
    for (let i = 0; i < page.text.length; i++) {
      const n = page.charNode[i];
      if (n < 0) expect(page.text[i]).toBe('\n');
      else if (page.text[i] !== ' ') expect(page.nodes[n].data[page.charOffset[i]]).toBe(page.text[i]);
    }
  });
});

describe('page reader from a file', () => {
  it('decodes a GBK page and reads its story and roles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dj-reader-'));
    const path = join(dir, 'gbk.html');
    writeFileSync(path, iconv.encode(newsPage.replace('charset="utf-8"', 'charset="gbk"'), 'gbk'));
    const page = readPage(path);
    expect(page.kind).toBe('story');
    expect(page.blocks?.filter((b) => b.role === 'body').map((b) => page.text.slice(b.start, b.end))).toEqual(BODY);
    expect(page.meta?.headline).toBe('樟树新建高标准农田3.2万亩');
  });
});
