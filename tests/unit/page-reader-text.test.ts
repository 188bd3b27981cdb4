import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeHtml, readHtml } from '../../cli/read-input';

// the page reader's text as the command line reads it (linkedom's DOM): what cli/html-text.ts gave
const htmlToPage = (html: string) => readHtml(html);
const htmlToText = (html: string) => readHtml(html).text;

describe('page reader text (linkedom DOM)', () => {
  it('ends lines at blocks and keeps inline text together', () => {
    expect(htmlToText('<div><p>第一段<b>加粗</b>文字</p><p>第二段</p></div>')).toBe('第一段加粗文字\n第二段');
  });

  it('survives broken HTML and decodes entities as text', () => {
    expect(htmlToText('<p>甲<span>乙<p>丙 &lt;img src=x onerror=alert(1)&gt;')).toBe('甲乙\n丙 <img src=x onerror=alert(1)>');
  });

  it('skips form fields, hidden and aria-hidden nodes', () => {
    expect(htmlToText('<p>看得见</p><textarea>输入</textarea><p hidden>藏</p><span aria-hidden="true">藏</span>')).toBe('看得见');
  });

  it('reads a story held invisible until a script shows it, but no other visibility:hidden box', () => {
    const story = ['第一句。', '第二句。', '第三句。', '第四句！', '第五句？'].map((s) => `<p>${s}</p>`).join('');
    expect(htmlToText(`<h1>标题</h1><div id="content" style="visibility: hidden;">${story}</div>`)).toBe('标题\n第一句。\n第二句。\n第三句。\n第四句！\n第五句？');
    // four sentences are no story's worth: a hidden tooltip or notice stays hidden, and display:none always does
    const notice = ['一句。', '二句。', '三句。', '四句。'].map((s) => `<p>${s}</p>`).join('');
    expect(htmlToText(`<p>看得见</p><div style="visibility:hidden">${notice}</div>`)).toBe('看得见');
    expect(htmlToText(`<p>看得见</p><div style="display:none;visibility:hidden">${story}</div>`)).toBe('看得见');
  });
});

describe('decodeHtml', () => {
  const gbk = (s: string) => iconv.encode(s, 'gb18030');

  it('reads an undeclared GBK page as GBK and drops a half character', () => {
    const bytes = Buffer.concat([gbk('<p>人们开始'), Buffer.from([0xb0, 0x20]), gbk('“形式”</p>')]);
    expect(htmlToText(decodeHtml(bytes))).toBe('人们开始 “形式”');
  });

  it('trusts valid UTF-8 over a stale gb2312 declaration', () => {
    const bytes = Buffer.from('<meta charset="gb2312"><p>发布时间：2022-02-13</p>', 'utf8');
    expect(htmlToText(decodeHtml(bytes))).toBe('发布时间：2022-02-13');
  });

  it('follows a declared GBK charset and drops control bytes', () => {
    const bytes = Buffer.concat([gbk('<meta http-equiv="content-type" content="text/html; charset=gb2312"><p>江西\x02日报</p>')]);
    expect(htmlToText(decodeHtml(bytes))).toBe('江西日报');
  });
});

describe('page reader heading hints', () => {
  it('marks where h1–h6 and role=heading lines start, with their level; not empty or hidden headings, not one inside a line', () => {
    const page = htmlToPage(
      '<h1>要闻</h1><div><h2> 标题一。</h2><p>正文</p><h2></h2><p>无标题</p><h3><p>内层</p></h3>' +
        '<div role="heading" aria-level="4">角色</div><h5 style="display:none">藏</h5><p>行中<span role="heading">不算</span></p>' +
        '<h2><script>1</script></h2><p>末段</p></div>',
    );
    expect(page.text).toBe('要闻\n标题一。\n正文\n无标题\n内层\n角色\n行中不算\n末段');
    expect(page.headings.map((h) => [page.text.slice(h.start).split('\n')[0], h.level])).toEqual([
      ['要闻', 1],
      ['标题一。', 2],
      ['内层', 3],
      ['角色', 4],
    ]);
    expect(htmlToText('<h2>甲</h2><p>乙</p>')).toBe('甲\n乙');
  });
});
