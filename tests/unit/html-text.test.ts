import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../cli/html-text';

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
