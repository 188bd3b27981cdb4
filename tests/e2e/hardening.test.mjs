// Hardening tests of the extension in Chromium: the page stays the page, pages that
// re-render, page text as data, permissions and privacy, faults (dead extension context,
// engine failures, corrupt storage) and a 1 MB / 50,000-node page.
// Run: npm run e2e:hardening (builds the e2e copy when it is missing or stale).
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { oneLine } from '../../components/describe.ts';
import { EXT_DIR, hideHighlightApi, highlightSizes, launchChromium, overlayText, pointOfHighlight, sendToReader, tabIdOf } from './chromium-harness.mjs';
import { extensionCopy, launchWith, watchPage } from './hardening-browser.mjs';
import { HOSTILE, startHardeningServer } from './hardening-pages.mjs';
import { engineOnRead } from './engine.mjs';
import { instrumentPage, readLegendPlacement, readPageState } from './page-probes.mjs';
import { describeTask, readingAndDrawing, traceMainThread } from './main-thread-tasks.mjs';
import { drawnInViewport, entitiesIn, scrollAndSettle } from './viewport-highlights.mjs';

let server, origin, huge, b;

before(async () => {
  ({ server, origin, huge } = await startHardeningServer());
  b = await launchChromium();
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await b.worker.evaluate(() => chrome.storage.sync.set({ settings: { lang: 'en' } }));
});
after(async () => {
  await b?.close();
  server?.close();
});

let opened = 0;
async function open(path, browser = b) {
  const page = await browser.context.newPage();
  const watch = await watchPage(browser.context, page);
  await page.goto(`${origin}${path}?n=${++opened}`, { waitUntil: 'load' });
  return { page, watch };
}

async function run(page, browser = b) {
  const state = await sendToReader(browser.worker, page, { type: 'dj:run' });
  assert.ok(state && !state.error, state?.error);
  return state;
}

async function openPopup(page, browser = b) {
  const tabId = await tabIdOf(browser.worker, page);
  const popup = await browser.context.newPage();
  popup.errors = [];
  popup.dialogs = [];
  popup.on('pageerror', (e) => popup.errors.push(e.message));
  popup.on('dialog', (d) => (popup.dialogs.push(d.message()), void d.dismiss()));
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await page.bringToFront();
  return popup;
}

const cardOpen = (page) => page.waitForFunction(() => document.querySelector('dianjing-reader')?.shadowRoot?.querySelector('.card'));

const instrument = (page) => page.evaluate(instrumentPage);
const pageState = (page) => page.evaluate(readPageState);

for (const path of ['/epaper.html', '/real.html', '/random.html']) {
  test(`the page stays the page: ${path} — DOM, listeners, selection, focus, scroll`, async () => {
    const { page, watch } = await open(path);
    await page.waitForTimeout(300); // the real page's own scripts settle
    await instrument(page);
    const errorsBefore = watch.errors.length;
    const before = await pageState(page);
    assert.equal(before.focused, true);
    assert.ok(before.selection[0].length === 4, 'a selection was made');

    const state = await run(page);
    const drawn = await highlightSizes(page);
    assert.ok((drawn['dj-place'] ?? 0) + (drawn['dj-figure'] ?? 0) > 0, `something drawn on ${path}: ${JSON.stringify(drawn)}`);
    const during = await pageState(page);
    assert.equal(during.body, before.body, 'body untouched while highlighted');
    assert.deepEqual(during.selection, before.selection, 'selection kept while highlighted');
    assert.equal(during.focused, true, 'focus kept while highlighted');
    assert.deepEqual(during.scroll, before.scroll, 'scroll kept while highlighted');
    assert.equal(during.own, true, "the page's own highlight and stylesheet kept while highlighted");

    await sendToReader(b.worker, page, { type: 'dj:off' });
    const offState = await pageState(page);
    assert.equal(offState.body, before.body, 'body.outerHTML byte for byte');
    assert.equal(offState.html, before.html, 'documentElement.outerHTML byte for byte');
    assert.equal(offState.sheets, before.sheets, 'adopted stylesheets removed');
    assert.deepEqual(offState.selection, before.selection);
    assert.equal(offState.focused, true);
    assert.deepEqual(offState.scroll, before.scroll);
    assert.equal(offState.own, true, "the page's own highlight and stylesheet kept after off");
    assert.equal(offState.ours, 0, 'none of our highlights left');

    // on again: a click on a highlight opens the card and still reaches the page's listener
    await run(page);
    const kind = state.counts.place ? 'dj-place' : 'dj-figure';
    const pt = await pointOfHighlight(page, kind, 0);
    await page.mouse.click(pt.x, pt.y);
    await cardOpen(page);
    assert.equal(await page.evaluate(() => window.__clicks), 1, "the page's click listener fired");
    await sendToReader(b.worker, page, { type: 'dj:off' });
    await page.mouse.click(pt.x, pt.y);
    assert.equal(await page.evaluate(() => window.__clicks), 2, 'and still fires after off');
    assert.deepEqual(watch.errors.slice(errorsBefore), [], 'no uncaught error');
    assert.deepEqual(watch.dialogs, []);
    await page.close();
  });
}

for (const path of ['/random.html', '/real.html']) {
  test(`without the Highlight API (<dj-mark> fallback): ${path} — DOM and selection come back`, async () => {
    const { page, watch } = await open(path);
    await page.waitForTimeout(300);
    await instrument(page);
    const errorsBefore = watch.errors.length;
    const before = await pageState(page);
    await hideHighlightApi(b.worker, page);
    await run(page);
    assert.ok((await page.evaluate(() => document.querySelectorAll('dj-mark').length)) > 0, 'drawn with marks');
    const during = await pageState(page);
    // marks split text nodes, so only the selected text can stay the same while on
    assert.equal(during.selection[0], before.selection[0], 'selected text kept while marked');
    await sendToReader(b.worker, page, { type: 'dj:off' });
    const after = await pageState(page);
    assert.equal(after.body, before.body, 'body.outerHTML byte for byte');
    assert.deepEqual(after.selection, before.selection, 'selection kept after off');
    assert.equal(after.focused, true);
    assert.deepEqual(after.scroll, before.scroll);
    assert.deepEqual(watch.errors.slice(errorsBefore), []);
    await page.close();
  });
}

test('a page that rebuilds its DOM every 300 ms keeps working while highlighted', async () => {
  const { page, watch } = await open('/rerender.html');
  await page.waitForFunction(() => window.__renders > 1);
  const state = await run(page);
  assert.ok(state.counts.place > 0, 'places found');
  const rendersAtRun = await page.evaluate(() => window.__renders);
  // several re-renders later (the reader re-reads changing pages at most every 2 s)
  await page.waitForTimeout(2000);
  for (let i = 0; i < 3; i++) await page.click('button.inc');
  const app = await page.evaluate(() => ({ renders: window.__renders, clicks: window.__clicks }));
  assert.ok(app.renders >= rendersAtRun + 5, `the app kept rendering: ${app.renders}`);
  assert.equal(app.clicks, 3, "the app's own click handler fired for each click");
  // the app replaces every node each 300 ms; the reader re-reads changing pages at most
  // every 2 s, so within 4.5 s there must be moments when the highlights sit on the text shown
  const samples = await page.evaluate(
    () =>
      new Promise((done) => {
        const out = [];
        // a live Range whose nodes were removed collapses onto their parent: count only ranges still on text
        const onText = (r) => !r.collapsed && r.startContainer.isConnected && r.endContainer.isConnected && r.startContainer.nodeType === 3;
        const t0 = performance.now();
        const tick = () => {
          const ranges = [...(CSS.highlights.get('dj-place') ?? [])];
          out.push(`${ranges.filter(onText).length}/${ranges.length}`);
          if (performance.now() - t0 < 4500) setTimeout(tick, 20);
          else done(out);
        };
        tick();
      }),
  );
  const live = samples.filter((s) => s.split('/')[0] === s.split('/')[1]).length;
  console.log(`# re-rendered page: highlights on the text shown in ${live} of ${samples.length} samples (every 20 ms)`);
  assert.ok(samples.every((s) => !s.endsWith('/0')), `still highlighted: ${samples}`);
  assert.ok(live > 0, `highlights follow the re-rendered nodes (on text / drawn, every 20 ms: ${[...new Set(samples)].join(' ')})`);
  assert.equal(await page.evaluate(() => document.querySelectorAll('dianjing-reader').length), 1);
  assert.deepEqual(watch.errors, [], 'no uncaught error');
  assert.deepEqual(watch.consoleErrors, [], 'no console error');
  await sendToReader(b.worker, page, { type: 'dj:off' });
  await page.close();
});

test('quick on/off: an Off (or a second toggle) sent while the first read runs wins', async () => {
  for (const seq of [['dj:run', 'dj:off'], ['dj:toggle', 'dj:toggle'], ['dj:run', 'dj:off', 'dj:run']]) {
    const { page, watch } = await open('/epaper.html');
    const before = await page.evaluate(() => document.body.outerHTML);
    const tabId = await tabIdOf(b.worker, page);
    // sent together, as a double press of the shortcut would
    await b.worker.evaluate(
      async ({ tabId, seq }) => {
        await chrome.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
        await Promise.all(seq.map((type) => chrome.tabs.sendMessage(tabId, { type })));
      },
      { tabId, seq },
    );
    await page.waitForTimeout(300);
    const want = seq.at(-1) === 'dj:run';
    const state = await sendToReader(b.worker, page, { type: 'dj:state' });
    const ours = await page.evaluate(() => ({
      highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('dj-')).length,
      hosts: document.querySelectorAll('dianjing-reader').length,
      body: document.body.outerHTML,
    }));
    assert.equal(state.on, want, `${seq}: the last command decides`);
    assert.equal(ours.hosts, want ? 1 : 0, `${seq}: legend`);
    assert.equal(ours.highlights > 0, want, `${seq}: highlights`);
    assert.equal(ours.body, before);
    assert.deepEqual(watch.errors, []);
    await page.close();
  }
});

/** Splits CSV (RFC 4180) into rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

test('page text is data: card, popup and copy-out show markup, scripts, RTL and zero-width text literally', async () => {
  const { page, watch } = await open('/hostile.html');
  const elementsBefore = await page.evaluate(() => document.querySelectorAll('img, script, iframe, object').length);
  const state = await run(page);
  const entities = state.result.articles.flatMap((a) => a.entities);
  const figures = entities.filter((e) => e.type === 'figure');
  const programs = entities.filter((e) => e.type === 'program');

  const cardFor = async (kind, n) => {
    await page.keyboard.press('Escape'); // an open card may cover the next mention
    const pt = await pointOfHighlight(page, `dj-${kind}`, n);
    await page.mouse.click(pt.x, pt.y);
    await cardOpen(page);
    return page.evaluate(() => {
      const root = document.querySelector('dianjing-reader').shadowRoot;
      return { text: root.querySelector('.card').textContent, term: root.querySelector('.card .term').textContent, made: root.querySelectorAll('img, script, iframe, a[href^="javascript"]').length };
    });
  };
  const js = programs.findIndex((e) => e.text.includes(HOSTILE.js));
  assert.ok(js >= 0, 'the engine names the javascript: program');
  const jsCard = await cardFor('program', js);
  assert.equal(jsCard.term, oneLine(programs[js].text));
  assert.equal(jsCard.made, 0);
  for (const [needle, what] of [['3000万元', HOSTILE.img], ['5亿元', HOSTILE.script], ['6.39亿元', HOSTILE.formula], ['1.2亿元', HOSTILE.rlo]]) {
    const n = figures.findIndex((e) => e.text === needle);
    assert.ok(n >= 0, `figure ${needle} found`);
    const card = await cardFor('figure', n);
    assert.ok(card.text.includes(what), `card of ${needle} shows ${JSON.stringify(what)} literally: ${card.text}`);
    assert.equal(card.made, 0, 'no element made from page text');
  }
  const zw = figures.findIndex((e) => e.text.includes(HOSTILE.zw));
  if (zw >= 0) assert.equal((await cardFor('figure', zw)).term, figures[zw].text, 'zero-width character kept in the term');

  const popup = await openPopup(page);
  await popup.waitForSelector('.articles');
  const shown = await popup.evaluate(() => ({
    text: document.body.textContent,
    made: document.querySelectorAll('img, iframe, object, a[href^="javascript"]').length,
    scripts: [...document.scripts].map((s) => s.src),
  }));
  assert.ok(shown.text.includes(HOSTILE.js + '工程'), 'program chip literal');
  assert.ok(shown.text.includes(HOSTILE.rlo), 'RTL override kept as a character');
  assert.equal(shown.made, 0, 'no element from page text in the popup');
  assert.ok(shown.scripts.every((s) => s.startsWith(`chrome-extension://${b.extensionId}/`)), `only the popup's own scripts: ${shown.scripts}`);

  await popup.bringToFront();
  const copy = async (format) => {
    await popup.evaluate(() => navigator.clipboard.writeText('-'));
    await popup.selectOption('.format', format);
    await popup.click('.copy-page');
    for (let i = 0; i < 50; i++) {
      const t = await popup.evaluate(() => navigator.clipboard.readText());
      if (t !== '-') return t;
      await popup.waitForTimeout(50);
    }
    throw new Error(`no ${format} copy`);
  };
  const md = await copy('md');
  for (const s of [HOSTILE.img, HOSTILE.script, HOSTILE.rlo]) assert.ok(md.includes(s), `Markdown holds ${JSON.stringify(s)}`);
  const csv = parseCsv(await copy('csv'));
  const cells = csv.slice(1).flat();
  assert.ok(cells.some((c) => c.includes(HOSTILE.img)), 'CSV holds the markup literally');
  for (const c of cells) assert.ok(!/^[=+\-@\t\r]/.test(c), `CSV cell is not a formula: ${c}`);
  assert.ok(cells.some((c) => c.startsWith(`'${HOSTILE.formula}`)), 'the formula cell is quoted');
  assert.ok(cells.some((c) => c.startsWith(`'${HOSTILE.at}`)), 'the @ cell is quoted');
  const json = JSON.parse(await copy('json'));
  const sentences = json.articles.flatMap((a) => a.facts.map((f) => f.sentence));
  for (const s of [HOSTILE.img, HOSTILE.script, HOSTILE.formula, HOSTILE.rlo]) assert.ok(sentences.some((t) => t.includes(s)), `JSON holds ${JSON.stringify(s)}`);

  assert.equal(await page.evaluate(() => document.querySelectorAll('img, script, iframe, object').length), elementsBefore, 'no new element in the page');
  assert.deepEqual(watch.dialogs, [], 'no dialog on the page');
  assert.deepEqual(popup.dialogs, [], 'no dialog in the popup');
  assert.deepEqual(watch.errors, []);
  assert.deepEqual(popup.errors, []);
  await popup.close();
  await page.close();
});

test('permissions: activeTab, scripting, storage only; strict CSP; no content scripts everywhere', () => {
  for (const dir of ['.output/chrome-mv3', '.output/firefox-mv3']) {
    let manifest;
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    } catch {
      if (dir.includes('firefox')) continue; // the Firefox build is optional here
      throw new Error(`${dir} missing: run npx wxt build`);
    }
    assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'scripting', 'storage'], dir);
    assert.equal(manifest.host_permissions, undefined, `${dir}: no host permissions`);
    assert.equal(manifest.content_scripts, undefined, `${dir}: no content script on every page`);
    for (const p of manifest.optional_host_permissions ?? []) assert.match(p, /^https?:\/\/\*\/\*$/);
    const war = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources ?? [w]);
    assert.deepEqual(war, [], `${dir}: nothing exposed to pages`);
    const csp = manifest.content_security_policy?.extension_pages;
    if (csp) {
      const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
      assert.deepEqual(directives['script-src'].filter((s) => s !== "'wasm-unsafe-eval'"), ["'self'"], `${dir}: script-src ${csp}`);
      assert.ok(!/'unsafe-eval'|'unsafe-inline'|https?:|\*|data:|blob:/.test(csp), `${dir}: ${csp}`);
      assert.ok(['self', 'none'].some((v) => directives['object-src']?.includes(`'${v}'`)), csp);
    }
  }
});

test('privacy: reading a page makes no network request of the extension', async () => {
  const requests = [];
  const onRequest = (r) => requests.push(r.url());
  b.context.on('request', onRequest);
  await b.worker.evaluate(() => performance.clearResourceTimings());
  const { page } = await open('/epaper.html');
  await run(page);
  const popup = await openPopup(page);
  await popup.waitForSelector('.articles');
  await sendToReader(b.worker, page, { type: 'dj:off' });
  const workerFetches = await b.worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  const pageFetches = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  b.context.off('request', onRequest);
  const foreign = (u) => !u.startsWith(origin + '/') && !u.startsWith(`chrome-extension://${b.extensionId}/`);
  assert.ok(requests.length > 0, 'requests are recorded');
  assert.deepEqual(requests.filter(foreign), [], 'browser context: only the page and the extension itself');
  assert.deepEqual(workerFetches.filter(foreign), [], 'service worker: no fetch off the extension');
  assert.deepEqual(pageFetches.filter(foreign), [], 'page: no resource loaded for us');
  await popup.close();
  await page.close();
});

test('faults: corrupt settings fall back to defaults and keep a stored lexicon', async () => {
  const lexicon = { places: ['中药材基地'], programs: ['履职之星评选活动'] };
  const garbage = ['}{not json', 42, ['x'], { kinds: 'all', colors: { figure: 'red;} body { display: none } x {', place: 7 }, sites: 'abc', lexicon: 'x', lang: {} }];
  const { page, watch } = await open('/epaper.html');
  const defaults = await run(page);
  await sendToReader(b.worker, page, { type: 'dj:off' });
  for (const value of garbage) {
    await b.worker.evaluate(async (value) => {
      await chrome.storage.sync.set({ settings: value });
      await chrome.storage.local.set({ settings: value, lexicon: value });
    }, value);
    const state = await run(page);
    assert.deepEqual(state.counts, defaults.counts, `defaults with settings = ${JSON.stringify(value)}`);
    const look = await page.evaluate(() => ({
      display: getComputedStyle(document.body).display,
      css: [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
    }));
    assert.equal(look.display, 'block', `stored colours cannot restyle the page: ${JSON.stringify(value)}`);
    assert.match(look.css, /highlight\(dj-figure\)[^}]*(198, 40, 40|#c62828)/, `default figure colour back: ${JSON.stringify(value)}`);
    await sendToReader(b.worker, page, { type: 'dj:off' });
  }
  // a lexicon stored beside corrupt fields is still used
  await b.worker.evaluate((lexicon) => chrome.storage.sync.set({ settings: { lang: 'en', kinds: 3, colors: 'x', sites: null, lexicon } }), lexicon);
  const withLexicon = await run(page);
  const read = await sendToReader(b.worker, page, { type: 'dj:state' });
  assert.notDeepEqual(withLexicon.counts, defaults.counts, 'the lexicon makes a difference on this page');
  assert.deepEqual(withLexicon.counts, engineOnRead(read, { lexicon }).counts, 'the stored lexicon reached the engine');
  await sendToReader(b.worker, page, { type: 'dj:off' });
  // a lexicon stored as one string (an older or hand-edited value) is not dropped either
  await b.worker.evaluate(() => chrome.storage.sync.set({ settings: { lang: 'en', lexicon: { places: '中药材基地', programs: '履职之星评选活动' } } }));
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.waitForSelector('textarea[name=programs]');
  assert.equal(await options.inputValue('textarea[name=places]'), '中药材基地', 'options still show the stored places');
  assert.equal(await options.inputValue('textarea[name=programs]'), '履职之星评选活动');
  await options.close();
  const state = await run(page);
  assert.deepEqual(state.counts, engineOnRead(read, { lexicon }).counts, 'a one-string lexicon is read as one entry');
  await sendToReader(b.worker, page, { type: 'dj:off' });
  // entries of the wrong type are skipped, the good ones kept
  await b.worker.evaluate(() => chrome.storage.sync.set({ settings: { lang: 'en', lexicon: { places: [5, null, '中药材基地'], programs: [{}, '履职之星评选活动'] } } }));
  const mixed = await run(page);
  assert.deepEqual(mixed.counts, engineOnRead(read, { lexicon }).counts, 'the good entries of a mixed lexicon are used');
  await sendToReader(b.worker, page, { type: 'dj:off' });
  await b.worker.evaluate(async () => {
    await chrome.storage.sync.set({ settings: { lang: 'en' } });
    await chrome.storage.local.clear();
  });
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('faults: a lexicon too large for sync storage is kept on this device, said so, and used', async () => {
  // sync storage takes 8 KB an item: 3,000 made-up village names are ~40 KB
  const many = Array.from({ length: 3000 }, (_, i) => `测试${String.fromCharCode(0x4e00 + (i % 2000))}${i}村`);
  const places = ['中药材基地', ...many];
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.waitForSelector('textarea[name=places]');
  await options.evaluate((value) => {
    const area = document.querySelector('textarea[name=places]');
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, places.join('\n'));
  await options.click('.save-lexicon');
  await options.waitForSelector('.saved.on-device');
  const stored = await b.worker.evaluate(async () => ({ sync: (await chrome.storage.sync.get('settings')).settings, local: (await chrome.storage.local.get('settingsOnDevice')).settingsOnDevice }));
  assert.equal(stored.local.settings.lexicon.places.length, places.length, 'the whole lexicon is on this device');
  assert.ok((stored.sync?.lexicon?.places?.length ?? 0) < places.length, 'sync could not take it');
  await options.reload();
  await options.waitForSelector('textarea[name=places]');
  assert.equal((await options.inputValue('textarea[name=places]')).split('\n').length, places.length, 'the options show it again after a reload');
  const { page } = await open('/epaper.html');
  const state = await run(page);
  const read = await sendToReader(b.worker, page, { type: 'dj:state' });
  assert.deepEqual(state.counts, engineOnRead(read, { lexicon: { places, programs: [] } }).counts, 'the reader reads with it');
  await sendToReader(b.worker, page, { type: 'dj:off' });
  await page.close();
  // a lexicon that fits goes back to sync, and the device copy is dropped
  await options.fill('textarea[name=places]', '中药材基地');
  await options.click('.save-lexicon');
  await options.waitForSelector('.saved:not(.on-device)');
  assert.equal(await b.worker.evaluate(async () => (await chrome.storage.local.get('settingsOnDevice')).settingsOnDevice ?? null), null);
  await options.close();
  await b.worker.evaluate(() => chrome.storage.sync.set({ settings: { lang: 'en' } }));
});

test('faults: the engine answering with an error leaves the page working and the popup says why', async () => {
  const { page, watch } = await open('/epaper.html');
  await instrument(page);
  const before = await pageState(page);
  await b.worker.evaluate(() => {
    // answers first, synchronously, as a background whose engine failed to load would:
    // on a one-off message, or on a reading port (whichever way the reader asks)
    const failure = 'engine failed to load (test)';
    globalThis.__failEngine = (m, _s, send) => {
      if (m?.type !== 'dj:extract') return false;
      send({ error: failure });
      return false;
    };
    globalThis.__failPort = (port) =>
      port.onMessage.addListener((m) => {
        if (m?.type === 'dj:extract') port.postMessage({ type: 'error', message: failure, error: failure });
      });
    chrome.runtime.onMessage.addListener(globalThis.__failEngine);
    chrome.runtime.onConnect.addListener(globalThis.__failPort);
  });
  try {
    const popup = await openPopup(page);
    await popup.waitForSelector('.status.failed');
    assert.match(await popup.textContent('.status.failed'), /engine failed to load \(test\)/);
    await popup.close();
    const after = await pageState(page);
    assert.equal(after.body, before.body);
    assert.equal(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('dj-')).length), 0, 'none of our highlights');
    await page.click('h2');
    assert.equal(await page.evaluate(() => window.__clicks), 1, 'page still works');
    assert.deepEqual(watch.errors, [], 'no uncaught error on the page');
  } finally {
    await b.worker.evaluate(() => {
      chrome.runtime.onMessage.removeListener(globalThis.__failEngine);
      chrome.runtime.onConnect.removeListener(globalThis.__failPort);
    });
  }
  // with the engine back, the same tab reads fine
  const state = await run(page);
  assert.ok(state.counts.place > 0);
  await sendToReader(b.worker, page, { type: 'dj:off' });
  await page.close();
});

test('faults: jieba.wasm that cannot load — the page is still read without it, and nothing breaks', async () => {
  const dir = extensionCopy(EXT_DIR, (d) => writeFileSync(join(d, 'jieba.wasm'), 'not wasm at all'));
  const broken = await launchWith(dir);
  try {
    const { page, watch } = await open('/epaper.html', broken);
    await instrument(page);
    const before = await pageState(page);
    const state = await run(page, broken);
    assert.ok(state.counts.place > 0 && state.counts.figure > 0, `read without jieba: ${JSON.stringify(state.counts)}`);
    const sizes = await highlightSizes(page);
    assert.equal(sizes['dj-place'], state.counts.place);
    const popup = await openPopup(page, broken);
    await popup.waitForSelector('.articles');
    // the popup says why the read is coarser
    await popup.waitForSelector('.notice.no-segmenter');
    const notice = await popup.textContent('.notice.no-segmenter');
    assert.match(notice, /jieba/);
    assert.ok(notice.trim().length > (await popup.textContent('.notice.no-segmenter .reason')).length, 'a reason beside the message');
    assert.ok((await popup.textContent('.notice.no-segmenter .reason')).length > 0, `the reason is given: ${notice}`);
    assert.deepEqual(popup.errors, []);
    await popup.close();
    await sendToReader(broken.worker, page, { type: 'dj:off' });
    assert.equal((await pageState(page)).body, before.body);
    assert.deepEqual(watch.errors, []);
  } finally {
    await broken.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('faults: the extension context dies while a page is highlighted — the page keeps working, Off still cleans up', async () => {
  // its own browser: an extension loaded from the command line does not come back after reload()
  const dying = await launchWith(EXT_DIR);
  try {
    await dying.worker.evaluate(() => chrome.storage.sync.set({ settings: { lang: 'en' } }));
    const { page, watch } = await open('/epaper.html', dying);
    await instrument(page);
    const before = await pageState(page);
    const state = await run(page, dying);
    assert.ok(state.counts.place > 0);
    await dying.worker.evaluate(() => setTimeout(() => chrome.runtime.reload(), 50));
    await page.waitForTimeout(1000);
    // the page changes, so the orphaned reader's observer asks the dead background to read
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = '新增段落：江西省南昌市今年投资3.5亿元建设新园区。';
      document.body.append(p);
    });
    await page.waitForTimeout(2500);
    // the card still opens from the page (no extension API needed), the page's listener fires
    const pt = await pointOfHighlight(page, 'dj-place', 0);
    await page.mouse.click(pt.x, pt.y);
    await cardOpen(page);
    assert.equal(await page.evaluate(() => window.__clicks), 1, "the page's own listener still fires");
    assert.deepEqual(watch.errors, [], 'no uncaught error or unhandled rejection');
    assert.deepEqual(watch.consoleErrors, [], 'no console error');
    // the legend's Off works without the extension and leaves the page as it was
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.querySelector('#late').remove());
    await page.evaluate(() => document.querySelector('dianjing-reader').shadowRoot.querySelector('.off').click());
    await page.waitForTimeout(100);
    assert.deepEqual(watch.errors, [], 'Off raised no error');
    assert.equal(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('dj-')).length), 0, 'none of our highlights');
    assert.equal(await page.evaluate(() => document.querySelectorAll('dianjing-reader').length), 0);
    const after = await pageState(page);
    assert.equal(after.body, before.body);
    assert.equal(after.sheets, before.sheets);
    await page.close();
  } finally {
    await dying.close();
  }
});

test("a page that defines our host's element name and styles it away still gets a visible legend and a card", async () => {
  const { page, watch } = await open('/hostile-css.html');
  const state = await run(page);
  assert.ok(state.counts.place > 0);
  const legend = await page.evaluate(readLegendPlacement);
  assert.equal(legend.hosts, 1, 'one host of ours, with an open shadow root');
  assert.ok(legend.taken >= 1, "the page's element of our name was made (and not used by us)");
  assert.ok(legend.width > 20 && legend.height > 10, `legend has a size: ${JSON.stringify(legend)}`);
  assert.equal(legend.onTop, true, 'the legend is on top where it is drawn');
  const pt = await pointOfHighlight(page, 'dj-place', 0);
  await page.mouse.click(pt.x, pt.y);
  const card = await page.waitForFunction(() => [...document.documentElement.children].some((e) => e.shadowRoot?.querySelector('.card')));
  assert.ok(card);
  assert.deepEqual(watch.errors, []);
  await sendToReader(b.worker, page, { type: 'dj:off' });
  await page.close();
});

// A 1 MB page: the reader draws only near the viewport (components/highlight-window.ts), so neither
// the Highlight API's re-validation of every range nor a restyle of every element lands in one task.
// The main thread's tasks are taken from a Chromium trace: a timer loop would add up tasks that run
// back to back, and 'longtask' entries miss most extension work. A task is measured by the main
// thread's CPU time: its wall time also counts the time other processes held the 2 cores (printed
// beside it). The tasks before the engine's last part arrives (collecting the text, taking the
// parts) are the read path's, reported apart from the drawing's.
// The ≤ 50 ms target is a benchmark figure (npm run bench prints it; 36–65 ms CPU measured here
// depending on the machine's load): a test asserting it would fail on a busy machine. The test
// guards against the freeze this page used to cause (0.5–1.5 s in one task) with room to spare.
const FREEZE_MS = 200;

test('size: 1 MB of text in 50,000 nodes is read with progress and drawn near the viewport, no main-thread freeze', { timeout: 180_000 }, async () => {
  assert.ok(huge.bytes >= 1_000_000 && huge.nodes >= 50_000, JSON.stringify(huge));
  const { page, watch } = await open('/huge.html');
  assert.ok((await page.evaluate(() => document.querySelectorAll('*').length)) >= 25_000);
  await page.evaluate(() => {
    Object.assign(window.__beat, { last: performance.now(), maxGap: 0, ticks: 0 });
    // when the highlights last changed: the time to all drawn
    const t = (window.__drawn = { t0: performance.now(), last: 0, size: 0 });
    const poll = () => {
      let size = 0;
      for (const h of CSS.highlights.values()) size += h.size;
      if (size && !t.size) console.timeStamp('dj-first-drawn'); // a mark in the trace
      if (size !== t.size) (t.size = size), (t.last = performance.now() - t.t0);
      t.timer = setTimeout(poll, 1);
    };
    poll();
  });
  const stopTrace = await traceMainThread(b.context, page);
  const t0 = Date.now();
  const popup = await openPopup(page);
  const seen = new Set();
  for (let i = 0; i < 1200; i++) {
    const p = await popup.evaluate(() => {
      const bar = document.querySelector('progress');
      return document.querySelector('.articles') ? 'done' : bar?.hasAttribute('value') ? bar.value : null;
    });
    if (p === 'done') break;
    if (p != null) seen.add(Math.round(p * 100));
    await popup.waitForTimeout(50);
  }
  await popup.waitForSelector('.articles', { timeout: 5000 });
  const ms = Date.now() - t0;
  await page.waitForFunction(() => CSS.highlights.get('dj-place')?.size > 0);
  await page.waitForTimeout(500);
  const drawnAt = await page.evaluate(() => (clearTimeout(window.__drawn.timer), Math.round(window.__drawn.last)));
  // scrolled to the middle and to the end, the window follows
  const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  const stops = [0, Math.round(height / 2), height];
  for (const y of stops.slice(1)) await scrollAndSettle(page, y);
  const tasks = await stopTrace();
  // checked once the trace is over: the check itself is a long task
  const views = [];
  for (const y of stops) {
    await scrollAndSettle(page, y);
    views.push(await drawnInViewport(page));
  }
  const beat = await page.evaluate(() => window.__beat);
  const state = await sendToReader(b.worker, page, { type: 'dj:state' });
  const sizes = await highlightSizes(page);
  const { reading, drawing } = readingAndDrawing(tasks, 'dj-first-drawn');
  console.log(
    `# 1 MB page: ${huge.bytes} bytes, ${huge.nodes} nodes, ${state.text.length} chars; popup done in ${ms} ms, highlights last changed at ${drawnAt} ms; ` +
      `progress ${[...seen].join(',')}%; longest task while drawing and scrolling ${describeTask(drawing)}, while reading ${describeTask(reading)}; ` +
      `page heartbeat's longest gap ${Math.round(beat.maxGap)} ms; reader ms ${JSON.stringify(state.ms)}; drawn now ${JSON.stringify(sizes)} of ${JSON.stringify(state.counts)}`,
  );
  assert.ok(state.text.length > 300_000);
  assert.ok(state.counts.place > 1000 && state.counts.figure > 1000, JSON.stringify(state.counts));
  assert.ok(seen.size >= 2, `progress reported in steps: ${[...seen]}`);
  for (const [i, view] of views.entries()) {
    const want = entitiesIn(state.text, state.result, view.from, view.to);
    const where = `${['top', 'middle', 'end'][i]} of the page (scrollY ${view.scrollY})`;
    assert.ok(want.place.length + want.figure.length > 0, `entities in the viewport at the ${where}`);
    for (const k of ['place', 'program', 'figure']) assert.deepEqual(view.drawn[k], want[k], `${k}: drawn in the viewport = the engine's, text for text, at the ${where}`);
    assert.deepEqual(view.unstyled, [], `every range drawn in the viewport is styled by the scoped rules, at the ${where}`);
  }
  assert.ok(sizes['dj-place'] < state.counts.place, 'only the ranges near the viewport are registered');
  assert.ok(reading.cpu <= FREEZE_MS, `no task over ${FREEZE_MS} ms while the page is read: ${describeTask(reading)}`);
  assert.ok(drawing.cpu <= FREEZE_MS, `no task over ${FREEZE_MS} ms from the engine's last part on (drawing, scrolling): ${describeTask(drawing)}`);
  assert.deepEqual(watch.errors, []);
  await popup.close();
  await page.close();
});
