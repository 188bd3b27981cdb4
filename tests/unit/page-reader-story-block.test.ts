// Which blocks the page reader takes for the story: the best block of prose and what beside it belongs
// to the story too. Small made-up pages, one rule each.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../cli/read-input';
import { storyText } from '../../lib/page/story-text';

const BODY = [
  '法国星期天报说，马克龙对莫斯科和基辅的访问是在与欧盟伙伴国家协商的情况下进行的，此前他已三次与普京通话。',
  '几个月来，俄罗斯在与乌克兰交界处部署了成千上万名军人，基辅担心俄罗斯入侵，莫斯科则否认有此打算。',
  '多年来，巴黎和柏林充当乌克兰和俄罗斯之间的调停方，但调停行动几个月前陷入僵局，直到今年一月才重新启动。',
  '与此同时，美国指责莫斯科准备拍摄一场假袭击行动的影片，以此为借口入侵乌克兰，克里姆林宫予以否认。',
];
const LEAD = '各位好，欢迎收听法国报纸摘要。法国总统马克龙下星期访问莫斯科和基辅，先见普京，再见泽连斯基。';
const p = (s: string) => `<p>${s}</p>`;

const storyOf = (html: string) => {
  const page = readHtml(html);
  return storyText(page.text, page.blocks).split('\n');
};

describe('page reader: the story block and its siblings', () => {
  it('takes the standfirst paragraph beside the body block, even under a <body> whose class names a menu', () => {
    const html = `<html><head><title>马克龙访问莫斯科</title></head><body class="u-has-nav-bar">
<div class="menu"><a href="/">首页</a> <a href="/intl">国际</a></div>
<article><h1>马克龙访问莫斯科</h1><p class="chapo">${LEAD}</p>
<div class="body">${BODY.map(p).join('')}</div>
<p>延伸阅读：<a href="/1">马克龙与普京通话，双方讨论了乌克兰局势与欧洲安全。</a></p></article>
<footer>版权所有</footer></body></html>`;
    const story = storyOf(html);
    expect(story).toEqual(['马克龙访问莫斯科', LEAD, ...BODY]);
  });

  it('leaves out a sibling paragraph with a link in it, and one with no sentence end', () => {
    const html = `<html><body><article><h1>马克龙访问莫斯科</h1>
<p>编者按 法国总统马克龙下星期访问莫斯科和基辅先见普京再见泽连斯基</p>
<div class="body">${BODY.map(p).join('')}</div>
<p>相关：<a href="/1">马克龙与普京通话，双方讨论了乌克兰局势与欧洲安全。</a></p></article></body></html>`;
    expect(storyOf(html)).toEqual(['马克龙访问莫斯科', ...BODY]);
  });
});
