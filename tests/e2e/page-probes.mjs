// Page-side probes shared by the Chromium and Firefox hardening tests: functions handed to
// page.evaluate (Playwright and puppeteer both take them), so both browsers check the same things.

/** Focus, selection, scroll, a click counter, and a highlight and stylesheet of the page's own, set up before we run. */
export function instrumentPage() {
  window.__clicks = 0;
  document.body.addEventListener('click', () => window.__clicks++);
  const focusable = document.querySelector('input:not([type=hidden]), textarea, a[href]');
  focusable?.focus({ preventScroll: true });
  window.__focused = focusable ?? document.body;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n;
  while ((n = walker.nextNode())) if (/[\u4e00-\u9fff]{6}/.test(n.data) && n.parentElement.offsetParent) break;
  if (n) getSelection().setBaseAndExtent(n, 1, n, 5);
  // the page's own highlight and constructed stylesheet, which ours must leave alone
  const own = new Range();
  own.setStart(n, 0);
  own.setEnd(n, 2);
  CSS.highlights.set('page-own', new Highlight(own));
  window.__sheet = new CSSStyleSheet();
  window.__sheet.replaceSync('::highlight(page-own) { background: yellow; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, window.__sheet];
  window.scrollTo(0, Math.min(600, document.documentElement.scrollHeight - innerHeight));
}

/** What must survive our highlighting: the serialized DOM, the page's own highlight and sheet, selection, focus, scroll. */
export function readPageState() {
  const s = getSelection();
  return {
    body: document.body.outerHTML,
    html: document.documentElement.outerHTML,
    sheets: document.adoptedStyleSheets.length,
    own: CSS.highlights.get('page-own')?.size === 1 && document.adoptedStyleSheets.includes(window.__sheet),
    ours: [...CSS.highlights.keys()].filter((k) => k.startsWith('dj-')).length,
    selection: [s.toString(), s.anchorOffset, s.focusOffset, s.anchorNode?.data],
    focused: document.activeElement === window.__focused,
    scroll: [scrollX, scrollY],
  };
}

/** Where our legend stands on a page that fights it: our hosts, the legend's size, whether it is on top. */
export function readLegendPlacement() {
  const hosts = [...document.documentElement.children].filter((e) => e.shadowRoot?.querySelector('.legend'));
  if (hosts.length !== 1) return { hosts: hosts.length };
  const box = hosts[0].shadowRoot.querySelector('.legend').getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return { hosts: 1, width: box.width, height: box.height, onTop: hit === hosts[0], taken: window.__taken ?? 0 };
}

/** Centre of the n-th range of highlight `name`, in viewport coordinates, after scrolling to it; and its text. */
export function highlightPoint({ name, n }) {
  const range = [...CSS.highlights.get(name)][n];
  range.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const r = range.getClientRects()[0];
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, text: range.toString() };
}
