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

  it('takes the story\'s other sections when the best block is one section under its own heading', () => {
    const section = (title: string, body: string[]) => `<div class="part"><h3>${title}</h3><span><a href="/more">更多</a></span><div>${body.map(p).join('')}</div></div>`;
    const html = `<html><body><div class="menu"><a href="/">首页</a> <a href="/poems">诗词</a></div>
<div class="main"><div class="entry"><h1>夜雨</h1>
${section('译文', BODY)}
${section('背景', [BODY[0].replace('法国', '德国')])}
${section('赏析', [BODY[1].replace('俄罗斯', '白俄罗斯')])}
</div><div class="side"><a href="/a">白居易</a> <a href="/b">杜甫</a></div></div></body></html>`;
    const story = storyOf(html);
    expect(story).toEqual(expect.arrayContaining([...BODY, BODY[0].replace('法国', '德国'), BODY[1].replace('俄罗斯', '白俄罗斯')]));
    expect(story.join('\n')).not.toContain('杜甫');
  });

  it('does not grow a lone story block over a list of teasers one level up', () => {
    const teaser = (t: string) => `<li><a href="/t">${t.slice(0, 12)}</a><p>${t}【详细】</p></li>`;
    const html = `<html><body><div class="page"><div class="wrap"><h1>马克龙访问莫斯科</h1><div class="editor">${BODY.map(p).join('')}</div></div>
<div class="list"><ul>${BODY.map((b) => teaser(b.replace('马克龙', '总统'))).join('')}</ul></div></div></body></html>`;
    const story = storyOf(html);
    expect(story).toEqual(['马克龙访问莫斯科', ...BODY]);
  });
});
