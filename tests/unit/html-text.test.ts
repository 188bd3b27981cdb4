import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { htmlToText } from '../../cli/html-text';
import { decodeHtml } from '../../cli/read-input';

describe('htmlToText', () => {
  it('ends lines at blocks and keeps inline text together', () => {
    expect(htmlToText('<div><p>第一段<b>加粗</b>文字</p><p>第二段</p></div>')).toBe('第一段加粗文字\n第二段');
  });

  it('survives broken HTML and decodes entities as text', () => {
    expect(htmlToText('<p>甲<span>乙<p>丙 &lt;img src=x onerror=alert(1)&gt;')).toBe('甲乙\n丙 <img src=x onerror=alert(1)>');
  });

  it('skips form fields, hidden and aria-hidden nodes', () => {
    expect(htmlToText('<p>看得见</p><textarea>输入</textarea><p hidden>藏</p><span aria-hidden="true">藏</span>')).toBe('看得见');
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
