// End-to-end tests of the extension in Firefox ESR: highlights and popup facts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../../scripts/serve-samples.mjs';
import { engineCounts, resultCounts } from './engine.mjs';
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
  const { text } = await sendToReaderFx(fx.control, url, { type: 'dj:state' });
  const { counts } = engineCounts(text);
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
  const { text, result: shown } = await sendToReaderFx(fx.control, url, { type: 'dj:state' });
  const { result } = engineCounts(text);
  assert.equal(shown.articles.length, result.articles.length);
  assert.equal(await popup.$$eval('.article', (els) => els.length), result.articles.length);
  const nFacts = result.articles.reduce((n, a) => n + a.facts.length, 0);
  assert.equal(await popup.$$eval('.fact', (els) => els.length), nFacts);
  const figures = await popup.$$eval('.fact .figure', (els) => els.map((e) => e.textContent));
  assert.deepEqual(figures, result.articles.flatMap((a) => a.facts.map((f) => f.figure.text.replace(/\s+/g, ' ').trim())));
  await popup.close();
  await page.close();
});
