// End-to-end tests of the extension in Chromium: highlights, card, keyboard, popup,
// copy-out, undo, SPA, strict CSP, GBK. Expected values come from the engine itself.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { figureValue, oneLine } from '../../components/describe.ts';
import { factRows, toTable } from '../../lib/export.ts';
import { startServer } from '../../scripts/serve-samples.mjs';
import { clickOverlay, hideHighlightApi, highlightSizes, launchChromium, openPopupFor, overlayText, pointOfHighlight, sendToReader, tabIdOf } from './chromium-harness.mjs';
import { engineCounts, engineOnRead, headingHints, resultCounts } from './engine.mjs';

let server, origin, browser;

before(async () => {
  ({ server, origin } = await startServer());
  browser = await launchChromium();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // English UI, so assertions on labels do not depend on the machine's locale
  await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { lang: 'en' } }));
});
after(async () => {
  await browser?.close();
  server?.close();
});

let opened = 0;
/** Each page gets its own URL, so the tab found by URL is this test's. */
async function open(path) {
  const page = await browser.context.newPage();
  await page.goto(`${origin}${path}${path.includes('?') ? '&' : '?'}n=${++opened}`, { waitUntil: 'domcontentloaded' });
  return page;
}

async function run(page) {
  const state = await sendToReader(browser.worker, page, { type: 'dj:run' });
  assert.ok(!state.error, state.error);
  return state;
}

const readerState = (page) => sendToReader(browser.worker, page, { type: 'dj:state' });

/** The page's highlights agree with the extension's result and with the engine in Node given the reader's input. */
async function assertHighlightsMatchEngine(page, state) {
  const read = await readerState(page);
  const { text } = read;
  const { counts } = engineOnRead(read);
  assert.deepEqual(state.counts, resultCounts(state.result), 'every entity found is drawn');
  assert.deepEqual(state.counts, counts, 'same as the engine in Node on the same text');
  const sizes = await highlightSizes(page);
  for (const kind of ['place', 'program', 'figure']) assert.equal(sizes[`dj-${kind}`] ?? 0, counts[kind], kind);
  return text;
}

test('e-paper page: visible text only, highlights per kind match the engine', async () => {
  const page = await open('/epaper.html');
  const state = await run(page);
  const text = await assertHighlightsMatchEngine(page, state);
  assert.ok(text.includes('樟树市“财园信贷通”累计放贷6.39亿元'), 'headline collected');
  assert.ok(!text.includes('隐藏内容'), 'display:none text skipped');
  assert.ok(!text.includes('脚本里的'), 'script text skipped');
  assert.ok(!text.includes('搜索：北京市') && !text.includes('评论：深圳市'), 'form fields skipped');
  assert.ok(!text.includes('编辑区'), 'contenteditable skipped');
  assert.ok(!text.includes('看不见'), 'visibility:hidden skipped');
  assert.ok(!text.includes('模板'), 'template skipped');
  assert.ok(!/[ \t]{2}/.test(text) && !text.includes('\n\n'), 'whitespace collapsed as rendered');
  assert.ok(state.counts.place > 0, 'the e-paper names places');
  await page.close();
});

test('click on a highlighted figure opens its card with the normalized value; Esc closes', async () => {
  const page = await open('/epaper.html');
  const state = await run(page);
  const figures = state.result.articles.flatMap((a) => a.entities.filter((e) => e.type === 'figure'));
  const facts = new Map(state.result.articles.flatMap((a) => a.facts.map((f) => [f.figure.start, f])));
  let n = figures.findIndex((e) => e.value != null && e.value >= 1e4);
  if (n < 0) n = 0;
  assert.ok(figures.length > 0, 'the engine finds figures on the e-paper');
  const target = figures[n];
  const pt = await pointOfHighlight(page, 'dj-figure', n);
  assert.equal(oneLine(pt.text), oneLine(target.text));
  await page.mouse.click(pt.x, pt.y);
  await page.waitForFunction(() => document.querySelector('dianjing-reader')?.shadowRoot?.querySelector('.card'));
  assert.equal(await overlayText(page, '.card .term'), oneLine(target.text));
  const card = await overlayText(page, '.card');
  assert.ok(card.includes('Figure'), card);
  assert.ok(card.includes(figureValue(target)), `${card} has ${figureValue(target)}`);
  const fact = facts.get(target.start);
  if (fact?.subject) assert.ok(card.includes(fact.subject), 'fact subject on the card');
  if (fact) assert.ok(card.includes(oneLine(fact.sentence.text)), 'sentence on the card');
  // the card's copy button puts the term and its value on the clipboard
  await clickOverlay(page, '.card .copy');
  await page.waitForFunction(() => document.querySelector('dianjing-reader').shadowRoot.querySelector('.card .copy').textContent === 'Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(oneLine(target.text)) && copied.includes(figureValue(target)), copied);
  await page.keyboard.press('Escape');
  assert.equal(await overlayText(page, '.card'), null);
  await page.close();
});

test('click on a place shows its hierarchy and code', async () => {
  const page = await open('/epaper.html');
  const state = await run(page);
  const places = state.result.articles.flatMap((a) => a.entities.filter((e) => e.type === 'place'));
  const n = Math.max(0, places.findIndex((p) => p.code && p.chain?.length > 1));
  const pt = await pointOfHighlight(page, 'dj-place', n);
  await page.mouse.click(pt.x, pt.y);
  await page.waitForFunction(() => document.querySelector('dianjing-reader')?.shadowRoot?.querySelector('.card'));
  const card = await overlayText(page, '.card');
  assert.equal(await overlayText(page, '.card .term'), oneLine(places[n].text));
  if (places[n].code) assert.ok(card.includes(places[n].code), `code ${places[n].code} in ${card}`);
  if (places[n].chain?.length) assert.ok(card.includes(places[n].chain.map((c) => c.name).join(' › ')), card);
  await page.close();
});

test('keyboard: legend Next + Enter opens the first mention, Esc returns focus to the legend', async () => {
  const page = await open('/epaper.html');
  const state = await run(page);
  const first = state.result.articles.flatMap((a) => a.entities).filter((e) => e.type !== 'time').sort((a, b) => a.start - b.start)[0];
  await page.evaluate(() => document.querySelector('dianjing-reader').shadowRoot.querySelector('.legend .next').focus());
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('dianjing-reader')?.shadowRoot?.querySelector('.card'));
  assert.equal(await overlayText(page, '.card .term'), oneLine(first.text));
  const focused = await page.evaluate(() => document.querySelector('dianjing-reader').shadowRoot.activeElement?.className);
  assert.match(focused, /card/);
  await page.keyboard.press('Escape');
  assert.equal(await overlayText(page, '.card'), null);
  const back = await page.evaluate(() => document.querySelector('dianjing-reader').shadowRoot.activeElement?.className);
  assert.match(back, /next/);
  // Tab from Next reaches Off, Enter turns everything off
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  await page.close();
});

test('legend toggles a kind; Off leaves the DOM exactly as before', async () => {
  const page = await open('/epaper.html');
  const before = await page.evaluate(() => [document.body.outerHTML, document.documentElement.outerHTML, document.adoptedStyleSheets.length]);
  const state = await run(page);
  assert.ok(state.counts.place > 0);
  await clickOverlay(page, '.kind-place');
  assert.equal((await highlightSizes(page))['dj-place'], undefined, 'places hidden');
  assert.equal(await page.evaluate(() => document.querySelector('dianjing-reader').shadowRoot.querySelector('.kind-place').getAttribute('aria-pressed')), 'false');
  await clickOverlay(page, '.kind-place');
  assert.equal((await highlightSizes(page))['dj-place'], state.counts.place, 'places back');
  await clickOverlay(page, '.off');
  const after = await page.evaluate(() => [document.body.outerHTML, document.documentElement.outerHTML, document.adoptedStyleSheets.length]);
  assert.deepEqual(after, before);
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  await page.close();
});

const openPopup = (page, tabId) => openPopupFor(browser, page, tabId);

test('popup lists articles and facts as the engine found them; a fact click reveals it', async () => {
  const page = await open('/epaper.html');
  const popup = await openPopup(page);
  await popup.waitForSelector('.articles, .status:not(.processing)');
  const state = await readerState(page);
  const { result } = engineOnRead(state);
  assert.equal(await popup.locator('.article').count(), result.articles.length);
  const nFacts = result.articles.reduce((n, a) => n + a.facts.length, 0);
  assert.equal(await popup.locator('.fact').count(), nFacts);
  assert.equal(await popup.locator('.notice.no-segmenter').count(), 0, 'jieba loaded: no notice');
  const headlines = await popup.locator('.headline').allTextContents();
  for (const a of result.articles) if (a.headline) assert.ok(headlines.includes(a.headline.text.replace(/\s+/g, ' ').trim()), a.headline.text);
  if (nFacts) {
    const fact = result.articles.flatMap((a) => a.facts)[0];
    await popup.locator('.fact').first().click();
    await page.waitForFunction(() => document.querySelector('dianjing-reader')?.shadowRoot?.querySelector('.card'));
    assert.equal(await overlayText(page, '.card .term'), oneLine(fact.figure.text));
  }
  await popup.locator('.chip').first().click();
  await popup.waitForTimeout(100);
  assert.deepEqual(popup.errors, [], 'no error in the popup');
  await popup.close();
  await page.close();
});

test('popup copy-out: Markdown, CSV and JSON on the clipboard are the engine facts', async () => {
  const page = await open('/epaper.html');
  const popup = await openPopup(page);
  await popup.waitForSelector('.copy-page');
  const state = await readerState(page);
  const rows = factRows({ text: '', articles: state.result.articles });
  await popup.bringToFront();
  await popup.evaluate(() => navigator.clipboard.writeText('-'));
  let last = '-';
  /** Clicks a copy button and returns the clipboard once it changed. */
  const copyWith = async (format, selector) => {
    await popup.selectOption('.format', format);
    await popup.locator(selector).first().click();
    for (let i = 0; i < 50; i++) {
      const t = await popup.evaluate(() => navigator.clipboard.readText());
      if (t !== last) return (last = t);
      await popup.waitForTimeout(50);
    }
    throw new Error(`clipboard did not change after ${format} copy`);
  };

  assert.equal(await copyWith('md', '.copy-page'), toTable(rows, 'md'));
  await popup.waitForSelector('.flash:text("Copied")');
  const html = await popup.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item.types.includes('text/html') ? (await item.getType('text/html')).text() : null;
  });
  assert.match(html, /^<table><thead><tr><th>article<\/th>/, 'an HTML table travels with the Markdown');
  if (rows.length) assert.ok(html.includes(`<td>${rows[0].figure}</td>`), 'with the facts');
  assert.equal(await copyWith('csv', '.copy-page'), toTable(rows, 'csv'));
  const json = JSON.parse(await copyWith('json', '.copy-page'));
  assert.ok(json.url.startsWith(origin + '/epaper.html?'), json.url);
  assert.equal(json.articles.length, state.result.articles.length);
  const allFacts = state.result.articles.flatMap((a) => a.facts);
  const jsonFacts = json.articles.flatMap((a) => a.facts);
  assert.equal(jsonFacts.length, allFacts.length);
  for (const [i, f] of jsonFacts.entries()) {
    assert.equal(state.text.slice(f.start, f.end), allFacts[i].figure.text, 'offsets point at the figure in the page text');
  }
  if (allFacts.length) {
    assert.equal(await copyWith('tsv', '.copy-fact'), toTable(rows.slice(0, 1), 'tsv'));
    assert.equal(await copyWith('md', '.copy-article'), toTable(rows.filter((r) => r.article === rows[0].article), 'md'));
  }
  await popup.close();
  await page.close();
});

test('popup states: not Chinese, cannot run here', async () => {
  const page = await open('/plain.html');
  const popup = await openPopup(page);
  await popup.waitForSelector('.status.no-chinese');
  await popup.close();
  const tabId = await tabIdOf(browser.worker, page);
  await page.goto('chrome://version');
  const popup2 = await openPopup(page, tabId);
  await popup2.waitForSelector('.status.cannot');
  await popup2.close();
  await page.close();
});

test('SPA: text loaded after the first read is highlighted', async () => {
  const page = await open('/spa.html?delay=700');
  const first = await run(page);
  assert.equal(first.notChinese, true);
  await page.waitForFunction(() => document.querySelector('#root article'));
  await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 10_000 });
  await page.waitForTimeout(300);
  const state = await readerState(page);
  assert.equal(state.notChinese, false);
  await assertHighlightsMatchEngine(page, state);
  await page.close();
});

test('strict CSP page: highlights and legend styles still apply', async () => {
  const page = await open('/csp.html');
  const state = await run(page);
  await assertHighlightsMatchEngine(page, state);
  const position = await page.evaluate(() => getComputedStyle(document.querySelector('dianjing-reader').shadowRoot.querySelector('.legend')).position);
  assert.equal(position, 'fixed');
  await page.close();
});

test('GBK page: decoded text is read and highlighted', async () => {
  const page = await open('/gbk.html');
  const state = await run(page);
  const text = await assertHighlightsMatchEngine(page, state);
  assert.ok(text.includes('虚假宣传'), 'GBK decoded');
  await page.close();
});

test('list page: highlights match the engine', async () => {
  const page = await open('/list.html');
  const state = await run(page);
  await assertHighlightsMatchEngine(page, state);
  await page.close();
});

test('without the Highlight API: <dj-mark> wrapping, click opens the card, Off restores the DOM exactly', async () => {
  const page = await open('/epaper.html');
  const before = await page.evaluate(() => document.body.outerHTML);
  await hideHighlightApi(browser.worker, page);
  const state = await run(page);
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0, 'nothing drawn with the API');
  const marked = await page.evaluate(() => {
    const out = {};
    for (const m of document.querySelectorAll('dj-mark')) out[m.dataset.dj] = (out[m.dataset.dj] ?? 0) + 1;
    return out;
  });
  assert.ok(marked.place > 0 && marked.place <= state.counts.place + 5, JSON.stringify(marked));
  assert.equal(await page.evaluate(() => document.body.innerText.includes('樟树市“财园信贷通”累计放贷6.39亿元')), true, 'text unchanged by wrapping');
  // clicking a mark opens the card for that span
  const box = await page.locator('dj-mark[data-dj="place"]').first().boundingBox();
  const markText = await page.locator('dj-mark[data-dj="place"]').first().textContent();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => document.querySelector('dianjing-reader')?.shadowRoot?.querySelector('.card'));
  assert.ok((await overlayText(page, '.card .term')).includes(markText));
  // toggling a kind rewraps without it
  await clickOverlay(page, '.kind-place');
  assert.equal(await page.locator('dj-mark[data-dj="place"]').count(), 0);
  await clickOverlay(page, '.off');
  assert.equal(await page.evaluate(() => document.body.outerHTML), before);
  await page.close();
});

test('late text changes: highlights follow, ranges stay on the right words', async () => {
  const page = await open('/article.html');
  await run(page);
  // the page inserts a paragraph before the article and edits the headline's text node
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '新增段落：江西省南昌市今年投资3.5亿元建设新园区。';
    document.querySelector('main').prepend(p);
  });
  await page.waitForFunction(() => document.querySelector('main p').textContent.startsWith('新增段落'));
  let state;
  for (let i = 0; i < 50; i++) {
    // observer debounce and throttle (a read at most every 2 s)
    state = await readerState(page);
    if (state.text.includes('新增段落')) break;
    await page.waitForTimeout(100);
  }
  assert.ok(state.text.includes('新增段落'), 'new text read');
  await assertHighlightsMatchEngine(page, state);
  // every drawn range still covers exactly the entity's text
  const drawn = await page.evaluate(() => [...CSS.highlights.get('dj-place') ?? []].map((r) => r.toString()));
  const places = state.result.articles.flatMap((a) => a.entities.filter((e) => e.type === 'place'));
  assert.deepEqual(drawn.map(oneLine), places.map((p) => oneLine(p.text)));
  await page.close();
});

test('options: user lexicon reaches the engine, language switches the UI', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('textarea[name=programs]');
  await options.fill('textarea[name=programs]', '履职之星评选活动');
  await options.fill('textarea[name=places]', '中药材基地');
  await options.click('.save-lexicon');
  await options.waitForSelector('.saved');
  const stored = await browser.worker.evaluate(() => chrome.storage.sync.get('settings'));
  assert.deepEqual(stored.settings.lexicon, { places: ['中药材基地'], programs: ['履职之星评选活动'] });
  await options.selectOption('select[name=lang]', 'zh');
  await options.waitForSelector('h1:text("点睛设置")');

  const page = await open('/epaper.html');
  const state = await run(page);
  const read = await readerState(page);
  const { counts } = engineOnRead(read, { lexicon: stored.settings.lexicon });
  assert.notDeepEqual(counts, engineOnRead(read).counts, 'the lexicon makes a difference on this page');
  assert.deepEqual(state.counts, counts, 'the reader passed the lexicon to the engine');
  assert.equal(await overlayText(page, '.legend .brand'), '点睛');
  // a colour chosen in the options reaches the open page's stylesheet at once
  await options.bringToFront();
  await options.evaluate(() => {
    const input = document.querySelector('input[name=color-figure]');
    input.value = '#123456';
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.waitForFunction(() =>
    [...document.adoptedStyleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes('highlight(dj-figure)') && /18, 52, 86|#123456/.test(r.cssText))),
  );
  // back to English and no lexicon for the other tests
  await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { lang: 'en' } }));
  await options.close();
  await page.close();
});

test('always on for a site: the reader runs by itself on page load', async () => {
  const waitRegistered = (want) =>
    browser.worker.evaluate(async (want) => {
      for (let i = 0; i < 100; i++) {
        const n = (await chrome.scripting.getRegisteredContentScripts()).length;
        if (n === want) return n;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('registration did not change');
    }, want);
  await browser.worker.evaluate((origin) => chrome.storage.sync.set({ settings: { lang: 'en', sites: [origin] } }), origin);
  await waitRegistered(1);
  const page = await open('/article.html');
  await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 10_000 });
  const state = await readerState(page);
  assert.equal(state.on, true);
  await assertHighlightsMatchEngine(page, state);
  await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { lang: 'en' } }));
  await waitRegistered(0);
  await page.close();
});

test('long page: read in chunks, same entities as the engine reading it whole', async () => {
  const page = await open('/big.html');
  const popup = await openPopup(page);
  await popup.waitForSelector('.articles', { timeout: 30_000 });
  const state = await readerState(page);
  assert.ok(state.text.length > 60_000, `long enough to be chunked: ${state.text.length}`);
  await assertHighlightsMatchEngine(page, state);
  await popup.close();
  await page.close();
});

test('spans cut by inline markup are drawn whole; page text that looks like markup stays text', async () => {
  const page = await open('/inline.html');
  const state = await run(page);
  await assertHighlightsMatchEngine(page, state);
  const crossing = await page.evaluate(() =>
    ['dj-place', 'dj-figure'].flatMap((n) => [...(CSS.highlights.get(n) ?? [])].filter((r) => r.startContainer !== r.endContainer).map((r) => r.toString())),
  );
  const texts = state.result.articles.flatMap((a) => a.entities.map((e) => e.text));
  assert.ok(crossing.length > 0, 'some span crosses an element boundary');
  for (const c of crossing) assert.ok(texts.includes(c), `${c} is a whole entity`);
  // the figure in the quoted comment: its card shows the markup-like text as text
  const figures = state.result.articles.flatMap((a) => a.entities.filter((e) => e.type === 'figure'));
  const n = figures.findIndex((e) => e.text.includes('3000'));
  assert.ok(n >= 0, 'the engine finds 3000万元');
  const pt = await pointOfHighlight(page, 'dj-figure', n);
  await page.mouse.click(pt.x, pt.y);
  await page.waitForFunction(() => document.querySelector('dianjing-reader')?.shadowRoot?.querySelector('.card'));
  const card = await page.evaluate(() => {
    const el = document.querySelector('dianjing-reader').shadowRoot.querySelector('.card');
    return { text: el.textContent, elements: el.querySelectorAll('img, b').length };
  });
  assert.ok(card.text.includes('<img src=x onerror=alert(1)>'), card.text);
  assert.equal(card.elements, 0, 'no element made from page text');
  await page.close();
});

test('popup download: CSV file with a BOM for Excel, same rows as the copy', async () => {
  const page = await open('/epaper.html');
  const popup = await openPopup(page);
  await popup.waitForSelector('.download');
  const state = await readerState(page);
  await popup.selectOption('.format', 'csv');
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('.download')]);
  assert.match(download.suggestedFilename(), /^dianjing-127\.0\.0\.1\.csv$/);
  const { readFileSync } = await import('node:fs');
  const body = readFileSync(await download.path(), 'utf8');
  assert.equal(body, '\uFEFF' + toTable(factRows({ text: '', articles: state.result.articles }), 'csv'));
  await popup.close();
  await page.close();
});

test('the page date from its <meta> resolves relative times as the engine does with that date', async () => {
  const page = await open('/article.html');
  const state = await run(page);
  const read = await readerState(page);
  const times = (result) => result.articles.flatMap((a) => a.entities.filter((e) => e.type === 'time').map((e) => [e.text, e.from, e.to]));
  const withDate = times(engineOnRead(read, { date: '2023-11-08' }).result);
  assert.ok(withDate.some(([, from]) => from), 'the article has a relative time the date resolves');
  // the same read with no date at all (engineOnRead would take the one in the reader's metadata)
  assert.notDeepEqual(withDate, times(engineOnRead(read, { date: undefined }).result));
  assert.deepEqual(times(state.result), withDate);
  await page.close();
});

test('copy-out escapes markup-like page text in the text/html table', async () => {
  const page = await open('/inline.html');
  const popup = await openPopup(page);
  await popup.waitForSelector('.copy-page');
  await popup.bringToFront();
  await popup.selectOption('.format', 'md');
  await popup.evaluate(() => navigator.clipboard.writeText('-'));
  await popup.click('.copy-page');
  let html = null;
  for (let i = 0; i < 50 && !html; i++) {
    html = await popup.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item.types.includes('text/html') ? (await item.getType('text/html')).text() : null;
    });
    if (!html) await popup.waitForTimeout(50);
  }
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'escaped in the table');
  assert.ok(!/<img/i.test(html), 'no element from page text');
  await popup.close();
  await page.close();
});

test('keyboard shortcuts: Alt+Shift+D (popup) and Alt+Shift+H (highlights) are bound by the browser', async () => {
  // a key the browser or another extension already holds would come back unbound ('')
  const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
  const bound = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
  assert.equal(bound._execute_action, 'Alt+Shift+D');
  assert.equal(bound['toggle-highlights'], 'Alt+Shift+H');
});

test('web components: text in open shadow roots and their slots is read and highlighted; closed roots are left alone', async () => {
  const page = await open('/shadow.html');
  await page.waitForFunction(() => document.querySelector('news-card')?.shadowRoot);
  const state = await run(page);
  const { text } = await readerState(page);
  assert.ok(text.includes('樟树市“财园信贷通”累计放贷6.39亿元'), 'the headline inside the shadow root is read');
  const lead = await page.evaluate(() => document.querySelector('[slot=lead]').textContent);
  assert.ok(text.includes(lead.slice(0, 20)), 'the slotted paragraph is read where it renders');
  assert.ok(!text.includes('封闭组件'), 'a closed shadow root is not read');
  await assertHighlightsMatchEngine(page, state);
  const drawn = await page.evaluate(() => [...CSS.highlights.get('dj-figure')].map((r) => [r.toString(), r.startContainer.getRootNode() instanceof ShadowRoot]));
  const figures = state.result.articles.flatMap((a) => a.entities.filter((e) => e.type === 'figure'));
  assert.deepEqual(drawn.map(([t]) => oneLine(t)), figures.map((f) => oneLine(f.text)), 'each range covers its figure');
  assert.ok(drawn.some(([, inShadow]) => inShadow), 'some figures are inside the shadow root');
  // ::highlight rules only reach a shadow tree from a sheet adopted in it
  const styled = await page.evaluate(() => {
    const root = document.querySelector('news-card').shadowRoot;
    const h2 = root.querySelector('h2');
    return { sheets: root.adoptedStyleSheets.length, figure: getComputedStyle(h2, '::highlight(dj-figure)').textDecorationLine + '|' + getComputedStyle(h2, '::highlight(dj-figure)').backgroundColor };
  });
  assert.ok(styled.sheets > 0, 'our sheet is adopted in the shadow root');
  assert.notEqual(styled.figure, 'none|rgba(0, 0, 0, 0)', `figures are styled inside the shadow root: ${styled.figure}`);
  // a change inside the shadow tree is followed like one in the page
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '组件新增：南昌市今年投资3.5亿元。';
    document.querySelector('news-card').shadowRoot.querySelector('article').append(p);
  });
  let again;
  for (let i = 0; i < 50 && !(again = await readerState(page)).text.includes('组件新增'); i++) await page.waitForTimeout(100);
  assert.ok(again.text.includes('组件新增'), 'text added in the shadow root is read');
  assert.ok(again.result.articles.some((a) => a.entities.some((e) => e.text === '3.5亿元')), 'and its figure found');
  await clickOverlay(page, '.off');
  assert.deepEqual(
    await page.evaluate(() => ({ sheets: document.querySelector('news-card').shadowRoot.adoptedStyleSheets.length, ours: [...CSS.highlights.keys()].length })),
    { sheets: 0, ours: 0 },
    'off takes our sheet out of the shadow root too',
  );
  await page.close();
});

test('heading hints: reports told apart only by their <h2> headlines are one article each, as in the engine given the same hints', async () => {
  const page = await open('/headings.html');
  const state = await run(page);
  const read = await readerState(page);
  const { text, result } = read;
  const headings = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({ text: h.textContent.trim(), level: Number(h.tagName[1]) })));
  const reports = headings.filter((h) => h.level === 2).map((h) => h.text);
  assert.deepEqual(result.articles.map((a) => a.headline?.text), reports, 'one article per <h2>, headed by it (the <h1> section title and the <h3> intertitle make none)');
  const engine = engineOnRead(read, { headings: headingHints(text, headings) });
  assert.deepEqual(engine.result.articles.map((a) => [a.start, a.end]), result.articles.map((a) => [a.start, a.end]), 'same articles as the engine in Node given the same hints');
  assert.deepEqual(state.counts, engine.counts);
  assert.ok(engineCounts(text).result.articles.length < reports.length, 'the text alone would merge them');
  await page.close();
});

test('frames: the top document and its same-origin frames are read, and all restored exactly', async () => {
  const page = await open('/frames.html');
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.contentDocument?.readyState === 'complete'));
  const before = await page.evaluate(() => ({ top: document.body.outerHTML, frames: [...document.querySelectorAll('iframe')].map((f) => f.contentDocument.documentElement.outerHTML) }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const state = await run(page);
  const { text } = await readerState(page);
  assert.ok(text.includes('樟树市“财园信贷通”累计放贷6.39亿元'), 'the top document is read');
  // the page reader enters same-origin frames (README: text in same-origin frames is read); the srcdoc frame is one
  assert.ok(text.includes('框架内'), 'a same-origin frame is read as part of the page');
  await assertHighlightsMatchEngine(page, state);
  await clickOverlay(page, '.off');
  const after = await page.evaluate(() => ({ top: document.body.outerHTML, frames: [...document.querySelectorAll('iframe')].map((f) => f.contentDocument.documentElement.outerHTML) }));
  assert.deepEqual(after, before, 'the page and its frames as they were');
  assert.deepEqual(errors, []);
  await page.close();
});
