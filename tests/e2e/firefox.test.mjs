// End-to-end tests of the extension in Firefox ESR: highlights and popup facts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../../scripts/serve-samples.mjs';
import { engineOnRead, resultCounts } from './engine.mjs';
import { launchFirefox, openPopupFx, sendToReaderFx } from './firefox-harness.mjs';

let server, origin, fx;

before(async () => {
  ({ server, origin } = await startServer());
  fx = await launchFirefox();
});
after(async () => {
  await fx?.close();
  server?.close();
});

test('firefox: e-paper highlights per kind match the engine on the same text', async () => {
  const page = await fx.browser.newPage();
  const url = `${origin}/epaper.html`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const state = await sendToReaderFx(fx.control, url, { type: 'dj:run' });
  assert.ok(!state.error, state.error);
  // the engine in Node given what the reader gave the extension's: the text and the page reader's blocks
  const { counts } = engineOnRead(await sendToReaderFx(fx.control, url, { type: 'dj:state' }));
  assert.deepEqual(state.counts, resultCounts(state.result), 'every entity found is drawn');
  assert.deepEqual(state.counts, counts, 'same as the engine in Node');
  const sizes = await page.evaluate(() => {
    const out = {};
    for (const [name, h] of CSS.highlights) out[name] = h.size;
    return out;
  });
  for (const kind of ['place', 'program', 'figure']) assert.equal(sizes[`dj-${kind}`] ?? 0, counts[kind], kind);
  await page.close();
});

test('firefox: popup lists the articles and facts the engine finds', async () => {
  const page = await fx.browser.newPage();
  const url = `${origin}/article.html`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const popup = await openPopupFx(fx, url);
  await popup.waitForSelector('.articles, .status:not(.processing)');
  const read = await sendToReaderFx(fx.control, url, { type: 'dj:state' });
  const shown = read.result;
  const { result } = engineOnRead(read);
  assert.equal(shown.articles.length, result.articles.length);
  assert.equal(await popup.$$eval('.article', (els) => els.length), result.articles.length);
  const nFacts = result.articles.reduce((n, a) => n + a.facts.length, 0);
  assert.equal(await popup.$$eval('.fact', (els) => els.length), nFacts);
  const figures = await popup.$$eval('.fact .figure', (els) => els.map((e) => e.textContent));
  assert.deepEqual(figures, result.articles.flatMap((a) => a.facts.map((f) => f.figure.text.replace(/\s+/g, ' ').trim())));
  await popup.close();
  await page.close();
});

test('firefox: click opens the card, Off leaves the DOM exactly as before', async () => {
  const page = await fx.browser.newPage();
  const url = `${origin}/article.html?ff=card`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const before = await page.evaluate(() => document.body.outerHTML);
  const state = await sendToReaderFx(fx.control, url, { type: 'dj:run' });
  const places = state.result.articles.flatMap((a) => a.entities.filter((e) => e.type === 'place'));
  assert.ok(places.length > 0);
  const pt = await page.evaluate(() => {
    const r = [...CSS.highlights.get('dj-place')][0];
    const b = r.getClientRects()[0];
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.click(pt.x, pt.y);
  await page.waitForFunction(() => document.querySelector('dianjing-reader')?.shadowRoot?.querySelector('.card'));
  const term = await page.evaluate(() => document.querySelector('dianjing-reader').shadowRoot.querySelector('.card .term').textContent);
  assert.equal(term, places[0].text.replace(/\s+/g, ' ').trim());
  await page.evaluate(() => document.querySelector('dianjing-reader').shadowRoot.querySelector('.legend .off').click());
  assert.equal(await page.evaluate(() => document.body.outerHTML), before);
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  await page.close();
});

test('firefox: strict CSP page still gets highlights and a styled legend', async () => {
  const page = await fx.browser.newPage();
  const url = `${origin}/csp.html`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const state = await sendToReaderFx(fx.control, url, { type: 'dj:run' });
  assert.ok(!state.error, state.error);
  assert.deepEqual(state.counts, engineOnRead(await sendToReaderFx(fx.control, url, { type: 'dj:state' })).counts);
  const styled = await page.evaluate(() => {
    const legend = document.querySelector('dianjing-reader').shadowRoot.querySelector('.legend');
    return getComputedStyle(legend).position;
  });
  assert.equal(styled, 'fixed');
  const sheetRules = await page.evaluate(() => [...document.adoptedStyleSheets].reduce((n, s) => n + s.cssRules.length, 0));
  assert.ok(sheetRules > 0, 'the highlight stylesheet is adopted');
  await page.close();
});
