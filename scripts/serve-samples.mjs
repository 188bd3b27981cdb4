#!/usr/bin/env node
// Serves the sample pages the e2e tests and `npm start` open: an e-paper page built from
// tests/fixtures/epaper-jiangxi.txt, a single article, a list, a late-loading SPA, a page
// under a strict CSP, and a real GBK page. Localhost only.
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE = join(root, 'tests/fixtures/epaper-jiangxi.txt');
// a real GBK page vendored with the fixtures (MIT, tests/fixtures/pages/LICENSE), so a fresh clone serves it too
const GBK_PAGE = join(root, 'tests/fixtures/pages/33a95b71-b49b-42c1-9c0a-ab8e3feba3cf.html');

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The fixture as blocks: the masthead, then one block per article (blank line between). */
export function fixtureBlocks() {
  const text = readFileSync(FIXTURE, 'utf8').replace(/\r\n/g, '\n');
  return text.split(/\n\s*\n/).map((b) => b.split('\n').filter((l) => l.trim()));
}

/** A headline line is short and has no full stop; a body line may be hard-wrapped. */
function articleHtml(lines) {
  if (lines.length === 1) return `<figure><figcaption>${esc(lines[0])}</figcaption></figure>`;
  const [head, ...rest] = lines;
  const sub = rest.length > 1 && rest[0].length < 30 && !/[。！？]/.test(rest[0]) ? rest.shift() : null;
  // a line that ends without punctuation continues in the next (the paper's own wrap)
  const paras = [];
  for (const l of rest) {
    if (paras.length && !/[。！？”」）)]$/.test(paras[paras.length - 1])) paras[paras.length - 1] += '\n' + l;
    else paras.push(l);
  }
  return `<article class="story"><h2>${esc(head)}</h2>${sub ? `<h3>${esc(sub)}</h3>` : ''}${paras.map((p) => `<p>${esc(p)}</p>`).join('')}</article>`;
}

const page = (title, body, head = '') => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>${head}
<style>body{font:16px/1.8 "Noto Serif CJK SC",serif;max-width:980px;margin:0 auto;padding:12px;color:#222}
.paper{column-count:2;column-gap:28px}.story{break-inside:avoid;margin-bottom:16px}h2{font-size:20px;margin:4px 0}
h3{font-size:15px;color:#555;margin:0}.masthead{border-bottom:3px double #900;font-weight:700;color:#900}
nav a{margin-right:10px}.hidden{display:none}</style></head>
<body>${body}</body></html>`;

const NAV = '<nav><a href="/epaper.html">电子报</a><a href="/list.html">要闻</a><a href="/article.html">县域经济</a></nav>';
const HIDDEN =
  '<div class="hidden">隐藏内容：南昌市投资50亿元建设不存在的项目。</div><script>var note = "脚本里的上海市100万元";</script>' +
  '<div contenteditable="true">编辑区：九江市500万元</div><div style="visibility:hidden">看不见：赣州市8亿元</div><template>模板：吉安市</template>';
const FORM = '<form><input name="q" value="搜索：北京市3000万元"><textarea>评论：深圳市200亿元</textarea></form>';

export function samples() {
  const blocks = existsSync(FIXTURE) ? fixtureBlocks() : [['示例日报'], ['江西省樟树市投资6.39亿元', '本报讯 江西省樟树市今年投资6.39亿元建设园区。']];
  const [masthead, ...articles] = blocks;
  const first = articles.find((a) => a.length > 2) ?? articles[0];
  const epaper = page(masthead[0], `${NAV}<header class="masthead">${esc(masthead.join(' '))}</header>${HIDDEN}<div class="paper">${articles.map(articleHtml).join('')}</div>${FORM}`);
  const article = page(first[0], `${NAV}<main>${articleHtml(first)}</main><footer>版权所有 © 宜春日报社</footer>`, '<meta name="publishdate" content="2023-11-08">');
  const list = page(
    '要闻列表',
    `${NAV}<h1>要闻</h1><ul class="list">${articles
      .filter((a) => a.length > 1)
      .map((a, i) => `<li><a href="/article.html?i=${i}">${esc(a[0])}</a> <span class="date">2023-11-0${(i % 8) + 1}</span></li>`)
      .join('')}</ul>`,
  );
  // the article arrives after the first read, as on a single-page app
  const late = JSON.stringify(articleHtml(articles.filter((a) => a.length > 2)[1] ?? first));
  const spa = page(
    'SPA',
    `${NAV}<div id="root"><p>加载中…</p></div><script>setTimeout(function(){document.getElementById('root').innerHTML=${late.replace(/</g, '\\u003c')};}, Number(new URLSearchParams(location.search).get('delay')||1500));</script>`,
  );
  const strict = page(first[0], `<main>${articleHtml(first)}</main>`).replace(/<style>[\s\S]*?<\/style>/, '');
  // a long page (~75,000 characters), read in chunks with progress
  const big = page('合订本', Array.from({ length: 45 }, () => `<section class="paper">${articles.map(articleHtml).join('')}</section>`).join(''));
  // names and numbers cut by inline markup, and page text that looks like markup
  const inline = page(
    '樟树新闻',
    `<main><h2>樟树市园区建设提速</h2><p>本报讯 今年以来，<b>江西省</b>樟树<i>市</i>累计为园区企业发放贷款<span class="num">6.39</span>亿元，` +
      `企业融资成本下降1.2个百分点。</p><p>网友留言写道：“&lt;b&gt;樟树市&lt;/b&gt;新增投资&lt;img src=x onerror=alert(1)&gt;3000万元。”</p></main>`,
  );
  // articles inside web components: one in an open shadow root, one slotted into it, one in a closed root (unreadable)
  const second = articles.filter((a) => a.length > 2)[1] ?? first;
  const shadow = page(
    '组件新闻',
    `<main><news-card><p slot="lead">${esc(second[1] ?? '')}</p></news-card><sealed-card></sealed-card></main><script>
customElements.define('news-card', class extends HTMLElement { constructor() { super(); const r = this.attachShadow({ mode: 'open' });
  r.innerHTML = ${JSON.stringify(`<style>h2{color:#900}</style>${articleHtml(first)}<section><slot name="lead"></slot></section>`).replace(/</g, '\\u003c')}; } });
customElements.define('sealed-card', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }).textContent = '封闭组件：抚州市投资9亿元。'; } });
</script>`,
  );
  // a page with frames: a same-origin <iframe src>, a srcdoc frame; the reader reads the top document only
  const frames = page(
    '框架页',
    `<main>${articleHtml(first)}</main><iframe src="/article.html?in=frame" width="600" height="200"></iframe>` +
      `<iframe srcdoc="${esc('<p>框架内：九江市投资9亿元。</p>')}" width="600" height="80"></iframe>`,
  );
  return { epaper, article, list, spa, strict, big, inline, frames, shadow };
}

/**
 * Reports told apart only by their <h2> headlines: one ends in 。, one is longer than a headline, none has a
 * dateline or byline, so the text alone reads them as one. An <h1> section title sits above, an <h3> intertitle
 * inside one report.
 */
export const HEADINGS_REPORTS = [
  ['全省春耕生产有序推进，各地抢抓农时。', '近日，记者从省农业农村厅获悉，全省已完成早稻育秧面积三百万亩，比去年同期增加百分之五。', '各地农技人员深入田间地头，指导农户科学施肥、防治病虫害，确保春耕生产顺利进行。'],
  ['高速公路服务区新能源汽车充电桩实现全覆盖，县乡村三级充电网络建设取得明显成效', '截至目前，全省高速公路服务区已建成充电桩一千二百个，实现服务区全覆盖，方便群众绿色出行。', ['充电更方便了'], '下一步，相关部门将继续推进县乡村充电设施建设，满足群众日益增长的充电需求。'],
  ['樟树市投资6.39亿元建设中药材产业园，带动三千农户增收。', '樟树市今年投资6.39亿元建设中药材产业园，园区已引进企业二十家，带动周边三千农户种植药材。'],
];
function headingsPage() {
  const report = ([head, ...rest]) => `<div class="story"><h2>${esc(head)}</h2>${rest.map((p) => (Array.isArray(p) ? `<h3>${esc(p[0])}</h3>` : `<p>${esc(p)}</p>`)).join('')}</div>`;
  return page('要闻', `<h1>要闻</h1>${HEADINGS_REPORTS.map(report).join('')}`);
}

export function startServer(port = 0) {
  const s = samples();
  const routes = {
    '/epaper.html': [s.epaper, {}],
    '/article.html': [s.article, {}],
    '/list.html': [s.list, {}],
    '/spa.html': [s.spa, {}],
    '/big.html': [s.big, {}],
    '/inline.html': [s.inline, {}],
    '/shadow.html': [s.shadow, {}],
    '/frames.html': [s.frames, {}],
    '/headings.html': [headingsPage(), {}],
    '/csp.html': [s.strict, { 'Content-Security-Policy': "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'" }],
    '/plain.html': [page('English', '<p>This page has no Chinese news at all, only English words.</p>'), {}],
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/gbk.html') {
      const file = GBK_PAGE;
      if (!existsSync(file)) return res.writeHead(404).end();
      // the page's own <meta charset=gb2312> decides, as on the real site
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end(readFileSync(file));
    }
    const route = routes[path === '/' ? '/epaper.html' : path];
    if (!route) return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...route[1] });
    res.end(route[0]);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin } = await startServer(Number(process.env.PORT ?? 8123));
  console.log(`samples on ${origin}/epaper.html (also article, list, spa, csp, gbk)`);
}
