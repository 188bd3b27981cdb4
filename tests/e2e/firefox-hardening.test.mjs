// Hardening tests of the extension in Firefox ESR (puppeteer-core over WebDriver BiDi): the
// same risks as hardening.test.mjs covers in Chromium, where Firefox behaves differently
// (its own Highlight API, content-script worlds, storage and popup).
// Run: npm run e2e:hardening:firefox (builds the Firefox e2e copy when it is missing or stale).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { oneLine } from '../../components/describe.ts';
import { engineOnRead } from './engine.mjs';
import { FF_BASE, launchFirefox, openPopupFx, sendToReaderFx } from './firefox-harness.mjs';
import { HOSTILE, startHardeningServer } from './hardening-pages.mjs';
import { highlightPoint, instrumentPage, readLegendPlacement, readPageState } from './page-probes.mjs';

let server, origin, fx;

before(async () => {
  ({ server, origin } = await startHardeningServer());
  fx = await launchFirefox();
  await fx.control.evaluate(() => browser.storage.sync.set({ settings: { lang: 'en' } }));
});
after(async () => {
  await fx?.close();
  server?.close();
});

let opened = 0;
/** A new tab on `path`, with its uncaught errors and dialogs recorded. */
async function open(path) {
  const page = await fx.browser.newPage();
  const watch = { errors: [], dialogs: [] };
  page.on('pageerror', (e) => watch.errors.push(String(e?.message ?? e)));
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  const url = `${origin}${path}?ff=${++opened}`;
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, watch };
}

const send = (url, message) => sendToReaderFx(fx.control, url, message);

async function run(url) {
  const state = await send(url, { type: 'dj:run' });
  assert.ok(state && !state.error, state?.error);
  return state;
}

const instrument = (page) => page.evaluate(instrumentPage);
const pageState = (page) => page.evaluate(readPageState);

/** Centre of the n-th range of one of our highlights, scrolled into view. */
const pointOf = (page, name, n) => page.evaluate(highlightPoint, { name, n });

async function openCard(page, kind, n) {
  await page.keyboard.press('Escape');
  const pt = await pointOf(page, `dj-${kind}`, n);
  await page.mouse.click(pt.x, pt.y);
  await page.waitForFunction(() => document.querySelector('dianjing-reader')?.shadowRoot?.querySelector('.card'));
  return page.evaluate(() => {
    const root = document.querySelector('dianjing-reader').shadowRoot;
    return { text: root.querySelector('.card').textContent, term: root.querySelector('.card .term').textContent, made: root.querySelectorAll('img, script, iframe, a[href^="javascript"]').length };
  });
}

for (const path of ['/epaper.html', '/real.html', '/random.html']) {
  test(`firefox: the page stays the page: ${path} — DOM, listeners, selection, focus, scroll`, async () => {
    const { page, url, watch } = await open(path);
    await new Promise((r) => setTimeout(r, 300)); // the real page's own scripts settle
    await instrument(page);
    const errorsBefore = watch.errors.length; // the saved page's own scripts fail offline ($ undefined)
    const before = await pageState(page);
    assert.equal(before.selection[0].length, 4, 'a selection was made');

    const state = await run(url);
    assert.ok(state.counts.place + state.counts.figure > 0, `something found on ${path}`);
    const during = await pageState(page);
    assert.equal(during.body, before.body, 'body untouched while highlighted');
    assert.deepEqual(during.selection, before.selection, 'selection kept while highlighted');
    assert.equal(during.focused, before.focused, 'focus kept while highlighted');
    assert.deepEqual(during.scroll, before.scroll, 'scroll kept while highlighted');
    assert.ok(during.ours > 0 && during.own, "ours drawn beside the page's own highlight");

    await send(url, { type: 'dj:off' });
    const off = await pageState(page);
    assert.equal(off.body, before.body, 'body.outerHTML byte for byte');
    assert.equal(off.html, before.html, 'documentElement.outerHTML byte for byte');
    assert.deepEqual(off.selection, before.selection);
    assert.equal(off.focused, before.focused);
    assert.deepEqual(off.scroll, before.scroll);
    assert.equal(off.own, true, "the page's own highlight and stylesheet kept");
    assert.equal(off.sheets, before.sheets, 'our stylesheet taken out');
    assert.equal(off.ours, 0, 'none of our highlights left');

    // on again: a click on a highlight opens the card and still reaches the page's listener
    await run(url);
    await openCard(page, state.counts.place ? 'place' : 'figure', 0);
    assert.equal(await page.evaluate(() => window.__clicks), 1, "the page's click listener fired");
    await send(url, { type: 'dj:off' });
    assert.equal(await page.evaluate(() => document.body.outerHTML), before.body);
    assert.deepEqual(watch.errors.slice(errorsBefore), [], 'no uncaught error');
    assert.deepEqual(watch.dialogs, []);
    await page.close();
  });
}

test('firefox: page text is data in the card and the popup; nothing runs', async () => {
  const { page, url, watch } = await open('/hostile.html');
  const elementsBefore = await page.evaluate(() => document.querySelectorAll('img, script, iframe, object').length);
  const state = await run(url);
  const entities = state.result.articles.flatMap((a) => a.entities);
  const figures = entities.filter((e) => e.type === 'figure');
  const programs = entities.filter((e) => e.type === 'program');
  const js = programs.findIndex((e) => e.text.includes(HOSTILE.js));
  assert.ok(js >= 0, 'the engine names the javascript: program');
  const jsCard = await openCard(page, 'program', js);
  assert.equal(jsCard.term, oneLine(programs[js].text));
  assert.equal(jsCard.made, 0);
  for (const [needle, what] of [['3000万元', HOSTILE.img], ['5亿元', HOSTILE.script], ['1.2亿元', HOSTILE.rlo]]) {
    const n = figures.findIndex((e) => e.text === needle);
    assert.ok(n >= 0, `figure ${needle} found`);
    const card = await openCard(page, 'figure', n);
    assert.ok(card.text.includes(what), `card of ${needle} shows ${JSON.stringify(what)} literally: ${card.text}`);
    assert.equal(card.made, 0, 'no element made from page text');
  }

  const popup = await openPopupFx(fx, url);
  await popup.waitForSelector('.articles');
  const shown = await popup.evaluate(() => ({
    text: document.body.textContent,
    made: document.querySelectorAll('img, iframe, object, a[href^="javascript"]').length,
  }));
  assert.ok(shown.text.includes(HOSTILE.js + '工程'), 'program chip literal');
  assert.ok(shown.text.includes(HOSTILE.rlo), 'RTL override kept as a character');
  assert.equal(shown.made, 0, 'no element from page text in the popup');
  await popup.close();

  assert.equal(await page.evaluate(() => document.querySelectorAll('img, script, iframe, object').length), elementsBefore, 'no new element in the page');
  assert.deepEqual(watch.dialogs, [], 'no dialog on the page');
  assert.deepEqual(watch.errors, []);
  await send(url, { type: 'dj:off' });
  await page.close();
});

test('firefox: a page that rebuilds its DOM every 300 ms keeps working while highlighted', async () => {
  const { page, url, watch } = await open('/rerender.html');
  await page.waitForFunction(() => window.__renders > 1);
  const state = await run(url);
  assert.ok(state.counts.place > 0, 'places found');
  const rendersAtRun = await page.evaluate(() => window.__renders);
  await new Promise((r) => setTimeout(r, 2500)); // past the reader's 2 s re-read throttle
  // the button is a new node every 300 ms, at the same place: click by position
  const at = await page.evaluate(() => {
    const r = document.querySelector('button.inc').getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  // a press and release that straddle a re-render land on two different buttons: no click, by the
  // app's own doing; such a press is tried again (at most twice)
  let presses = 0;
  for (let i = 0; i < 3; i++) {
    for (let tries = 0; tries < 3; tries++) {
      presses++;
      await page.mouse.click(at.x, at.y);
      if ((await page.evaluate(() => window.__clicks)) === i + 1) break;
    }
  }
  assert.ok(presses <= 6, `clicks kept failing: ${presses} presses`);
  const app = await page.evaluate(() => ({ renders: window.__renders, clicks: window.__clicks }));
  assert.ok(app.renders >= rendersAtRun + 5, `the app kept rendering: ${app.renders}`);
  assert.equal(app.clicks, 3, "the app's own click handler fired for each click");
  const now = await send(url, { type: 'dj:state' });
  assert.equal(now.on, true);
  assert.ok(now.counts.place > 0, 'still highlighted after the re-renders');
  assert.equal(await page.evaluate(() => document.querySelectorAll('dianjing-reader').length), 1, 'one legend');
  assert.deepEqual(watch.errors, [], 'no uncaught error');
  await send(url, { type: 'dj:off' });
  await page.close();
});

test('firefox: corrupt settings fall back to defaults and keep a stored lexicon', async () => {
  const lexicon = { places: ['中药材基地'], programs: ['履职之星评选活动'] };
  const { page, url, watch } = await open('/epaper.html');
  const defaults = await run(url);
  await send(url, { type: 'dj:off' });
  for (const value of ['}{not json', 42, { kinds: 'all', colors: { figure: 'red;} body { display: none } x {' }, lexicon: 'x', lang: {} }]) {
    await fx.control.evaluate((value) => browser.storage.sync.set({ settings: value }), value);
    const state = await run(url);
    assert.deepEqual(state.counts, defaults.counts, `defaults with settings = ${JSON.stringify(value)}`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), 'block', 'stored colours cannot restyle the page');
    await send(url, { type: 'dj:off' });
  }
  await fx.control.evaluate((lexicon) => browser.storage.sync.set({ settings: { lang: 'en', kinds: 3, colors: 'x', lexicon } }), lexicon);
  const withLexicon = await run(url);
  const read = await send(url, { type: 'dj:state' });
  assert.notDeepEqual(withLexicon.counts, defaults.counts, 'the lexicon makes a difference on this page');
  assert.deepEqual(withLexicon.counts, engineOnRead(read, { lexicon }).counts, 'the stored lexicon reached the engine');
  await send(url, { type: 'dj:off' });
  await fx.control.evaluate(() => browser.storage.sync.set({ settings: { lang: 'en' } }));
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('firefox: privacy — the page and the popup load nothing from anywhere but the page and the extension', async () => {
  const { page, url } = await open('/epaper.html');
  await fx.control.evaluate(() => performance.clearResourceTimings());
  await run(url);
  const popup = await openPopupFx(fx, url);
  await popup.waitForSelector('.articles');
  const fetched = [
    ...(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))),
    ...(await popup.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))),
  ];
  const foreign = fetched.filter((u) => !u.startsWith(origin + '/') && !u.startsWith(FF_BASE + '/'));
  assert.deepEqual(foreign, [], 'no request off the page and the extension');
  await popup.close();
  await send(url, { type: 'dj:off' });
  await page.close();
});

test("firefox: a page that defines our host's element name and styles it away still gets a visible legend and card", async () => {
  const { page, url, watch } = await open('/hostile-css.html');
  const state = await run(url);
  assert.ok(state.counts.place > 0);
  const legend = await page.evaluate(readLegendPlacement);
  assert.equal(legend.hosts, 1, 'one host of ours, with an open shadow root');
  assert.ok(legend.width > 20 && legend.height > 10, `legend has a size: ${JSON.stringify(legend)}`);
  assert.equal(legend.onTop, true, 'the legend is on top where it is drawn');
  assert.deepEqual(watch.errors, []);
  await send(url, { type: 'dj:off' });
  assert.equal(await page.evaluate(() => [...document.documentElement.children].filter((e) => e.shadowRoot?.querySelector('.legend')).length), 0, 'off removes it');
  await page.close();
});
