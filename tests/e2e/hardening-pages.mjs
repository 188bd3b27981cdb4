// Pages for the hardening tests and the browser bench, served on 127.0.0.1: the e-paper
// sample, a real saved page, a seeded random DOM, a page that re-renders itself, a page
// whose text looks like markup or formulas, and a 1 MB / 50,000-node page.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { fixtureBlocks, samples } from '../../scripts/serve-samples.mjs';

// vendored with the test fixtures (MIT, tests/fixtures/pages/LICENSE), so a fresh clone serves it too
export const REAL_PAGE = fileURLToPath(new URL('../fixtures/pages/c4d032a1-45cd-4c77-a84e-90e2f8895039.html', import.meta.url));

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const page = (title, body, head = '') =>
  `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>${head}</head>\n<body>${body}</body></html>`;

/** Deterministic PRNG (mulberry32): the same seed gives the same page on every run. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentences = () =>
  fixtureBlocks()
    .flat()
    .join('')
    .split(/(?<=[。！？])/)
    .filter((s) => s.length > 4);

/** Nested elements of many kinds (inline, block, tables, lists, hidden, comments, entities) around news sentences. */
export function randomDom(seed) {
  const rnd = prng(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const text = sentences();
  const inline = ['span', 'b', 'i', 'a href="#x"', 'em', 'font color="red"', 'strong', 'sup', 'u'];
  const block = ['div', 'p', 'section', 'article', 'blockquote', 'h3', 'pre'];
  const piece = () => {
    const s = pick(text);
    const cut = Math.floor(rnd() * s.length);
    const spaces = pick(['', ' ', '\n  ', '&nbsp;', '\t']);
    return esc(s.slice(0, cut)) + spaces + esc(s.slice(cut));
  };
  const node = (depth) => {
    const r = rnd();
    if (depth > 4 || r < 0.3) return piece();
    if (r < 0.36) return `<!-- ${esc(pick(text).slice(0, 8))} -->${piece()}`;
    if (r < 0.4) return `<span style="display:none">${piece()}</span>${piece()}`;
    if (r < 0.44) return `<table><tr><td>${node(depth + 1)}</td><td>${node(depth + 1)}</td></tr></table>`;
    if (r < 0.48) return `<ul><li>${node(depth + 1)}</li><li>${node(depth + 1)}</li></ul>`;
    if (r < 0.5) return `${piece()}<br>${piece()}`;
    const tag = r < 0.75 ? pick(inline) : pick(block);
    const name = tag.split(' ')[0];
    const kids = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => node(depth + 1)).join('');
    return `<${tag} data-k="${Math.floor(rnd() * 1000)}">${kids}</${name}>`;
  };
  return page(`随机页面 ${seed}`, `<main id="main">${Array.from({ length: 40 }, () => node(0)).join('\n')}</main><form><input id="q" value="搜索"></form>`);
}

/**
 * A framework-free app that rebuilds its whole tree every 300 ms, as a React app with
 * changing keys would: new nodes each time, the same articles, a ticking counter, and a
 * button handled by delegation on the root.
 */
export function rerenderPage() {
  const articles = fixtureBlocks().slice(1, 5);
  const script = `
const articles = ${JSON.stringify(articles).replace(/</g, '\\u003c')};
window.__renders = 0; window.__clicks = 0;
const root = document.getElementById('app');
root.addEventListener('click', (e) => { if (e.target.closest('button.inc')) window.__clicks++; });
function el(tag, attrs, ...kids) { const n = document.createElement(tag); Object.assign(n, attrs); n.append(...kids); return n; }
function render() {
  window.__renders++;
  root.replaceChildren(
    el('header', {}, el('span', { className: 'tick' }, 'render ' + window.__renders), ' ', el('button', { className: 'inc' }, 'clicked ' + window.__clicks)),
    ...articles.map((a) => el('article', {}, el('h2', {}, a[0]), ...a.slice(1).map((l) => el('p', {}, l)))),
  );
}
render();
setInterval(render, 300);`;
  return page('重渲染', '<div id="app"></div>', `<script type="module">${script}</script>`);
}

/** The strings a hostile or careless page might hold, inside names, quotes and figures. */
export const HOSTILE = {
  img: '<img src=x onerror=alert(1)>',
  script: '"><script>alert(1)</script>',
  js: 'javascript:alert(1)',
  formula: '=HYPERLINK("http://x","y")',
  at: '@SUM(1)',
  rlo: '\u202E',
  zw: '\u200B',
};

export function hostilePage() {
  const h = HOSTILE;
  const lines = [
    `<h2>${esc(h.formula)}樟树市“${esc(h.js)}工程”开工</h2>`,
    `<p>本报讯 今年以来，樟树市实施“${esc(h.img)}三年行动计划”，投资3000万元建设园区。</p>`,
    `<p>${esc(h.script)}南昌市新增投资5亿元。</p>`,
    `<p>${h.js} 宜春市“${esc(h.js)}工程”累计完成投资2.5亿元。</p>`,
    `<p>${esc(h.formula)}+樟树市发放贷款6.39亿元。</p>`,
    `<p>${h.at}-九江市“${h.rlo}划计兴振\u202C”项目投资1.2亿元。</p>`,
    `<p>赣州市“乡村${h.zw}振兴\u200D示范工程”投资8${h.zw}000万元，赣${h.zw}州市新增就业1${h.rlo}23人。</p>`,
  ];
  return page('“<img src=x onerror=alert(1)>”', `<main><article>${lines.join('\n')}</article></main>`);
}

/**
 * About 1 MB of UTF-8 text in more than 50,000 nodes: the e-paper's articles repeated,
 * each line cut into short spans, in two long columns as a bound volume's pages are (the
 * middle of the page is where one column ends and the next begins). A heartbeat in the page
 * records its longest gap.
 */
export function hugePage(spanChars = 8) {
  const blocks = fixtureBlocks().slice(1);
  const parts = [];
  let bytes = 0;
  let nodes = 0;
  for (let copy = 0; bytes < 1_050_000 || nodes < 50_000; copy++) {
    for (const b of blocks) {
      const paras = b.map((line, i) => {
        const spans = line.match(new RegExp(`[\\s\\S]{1,${spanChars}}`, 'g')).map((s) => `<span>${esc(s)}</span>`);
        nodes += spans.length * 2 + 1;
        bytes += Buffer.byteLength(line);
        return i === 0 ? `<h2>${spans.join('')}</h2>` : `<p>${spans.join('')}</p>`;
      });
      parts.push(`<article>${paras.join('')}</article>`);
      nodes++;
    }
  }
  const half = Math.ceil(parts.length / 2);
  const columns = `<main><section>${parts.slice(0, half).join('\n')}</section>\n<section>${parts.slice(half).join('\n')}</section></main>`;
  nodes += 3;
  const heartbeat = `<script>window.__beat={last:performance.now(),maxGap:0,ticks:0};setInterval(()=>{const n=performance.now(),b=window.__beat;b.maxGap=Math.max(b.maxGap,n-b.last);b.last=n;b.ticks++;},20);</script>`;
  return { html: page('合订本 1MB', columns + heartbeat), bytes, nodes };
}

/**
 * A page that fights our overlay: it defines a custom element of our host's name (with a closed
 * shadow root of its own) and styles that name and every element with !important rules that
 * would hide, fade, shrink or move it.
 */
export function hostileCssPage() {
  const blocks = fixtureBlocks().slice(1, 3);
  const body = blocks.map((b) => `<article><h2>${esc(b[0])}</h2>${b.slice(1).map((l) => `<p>${esc(l)}</p>`).join('')}</article>`).join('\n');
  const head = `<style>
dianjing-reader, html > :not(head, body) { display: none !important; opacity: 0 !important; visibility: hidden !important; transform: scale(0) !important; position: static !important; z-index: -1 !important; }
</style>
<script>customElements.define('dianjing-reader', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }).textContent = 'taken'; window.__taken = (window.__taken ?? 0) + 1; } });</script>`;
  return page('敌意样式', `<main>${body}</main>`, head);
}

export function startHardeningServer() {
  const s = samples();
  const huge = hugePage();
  // the issue's own size: 1 MB of text in 50,000 nodes (the page above has twice as many)
  const huge50k = hugePage(16);
  const routes = {
    '/epaper.html': s.epaper,
    '/random.html': randomDom(20261126),
    '/rerender.html': rerenderPage(),
    '/hostile.html': hostilePage(),
    '/huge.html': huge.html,
    '/huge-50k.html': huge50k.html,
    '/hostile-css.html': hostileCssPage(),
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/real.html' && existsSync(REAL_PAGE)) {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end(readFileSync(REAL_PAGE));
    }
    const body = routes[path];
    if (!body) return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}`, huge: { bytes: huge.bytes, nodes: huge.nodes }, huge50k: { bytes: huge50k.bytes, nodes: huge50k.nodes } })),
  );
}
