// Chromium: the popup on saved real story pages (GBK ones as GBK) shows one article with the
// hand-written headline, byline and date; on the HTML e-paper page each story under its own headline;
// and highlights follow the story unless the legend or the options choose the whole page.
// `node --import tsx --test tests/e2e/popup-pages.test.mjs` after `npx wxt build --mode e2e`.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../../scripts/serve-samples.mjs';
import { highlightSizes, launchChromium, openPopupFor, sendToReader } from './chromium-harness.mjs';
import { POPUP_READY, assertBody, assertEpaper, assertHeadsFloor, assertOneStory, expectedEpaper, expectedPages, popupReading, startSavedPagesServer } from './saved-pages.mjs';

let server, origin, browser, samples;

before(async () => {
  ({ server, origin } = await startSavedPagesServer());
  samples = await startServer();
  browser = await launchChromium();
  // English UI and the default scope, whatever the machine's locale
  await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { lang: 'en', scope: 'story' } }));
});
after(async () => {
  await browser?.close();
  server?.close();
  samples?.server.close();
});

let opened = 0;
async function open(path) {
  const page = await browser.context.newPage();
  await page.goto(`${origin}${path}?n=${++opened}`, { waitUntil: 'domcontentloaded' });
  return page;
}

/** Opens the popup on `page`, waits for it to finish, and returns what it lists and the reader's text and result. */
async function popupOn(page) {
  const popup = await openPopupFor(browser, page);
  await popup.waitForSelector(POPUP_READY, { timeout: 45_000 });
  const shown = await popup.evaluate(popupReading);
  const state = await sendToReader(browser.worker, page, { type: 'dj:state' });
  assert.deepEqual(popup.errors, [], 'no error in the popup');
  await popup.close();
  return { shown, state };
}

for (const [id, expected] of Object.entries(expectedPages)) {
  test(`chromium popup, saved page ${id.slice(0, 8)} (${expected.charset}): one article and its headline; its byline and date go to the tally`, async () => {
    const page = await open(`/pages/${id}.html`);
    const { shown, state } = await popupOn(page);
    assertOneStory(shown, expected, id);
    assertBody(state.text, state.result, expected, id);
    await page.close();
  });
}

test('chromium popup, the saved pages together: bylines and dates right on at least the measured floor', { skip: !Object.keys(expectedPages).length && 'tests/fixtures/pages not vendored' }, () => {
  assertHeadsFloor();
});

test('chromium popup, HTML e-paper page: each story an article under its own headline, in order', { skip: !expectedEpaper && 'tests/fixtures/epaper-page.html not vendored yet' }, async () => {
  const page = await open('/epaper-page.html');
  const { shown } = await popupOn(page);
  assertEpaper(shown, expectedEpaper);
  await page.close();
});

/** Highlights drawn per kind, and the entities of the story and of the chrome per kind (times are never drawn). */
async function drawnAndFound(page) {
  const state = await sendToReader(browser.worker, page, { type: 'dj:state' });
  const count = (entities) => {
    const c = { place: 0, program: 0, figure: 0 };
    for (const e of entities) if (e.type in c) c[e.type]++;
    return c;
  };
  const sizes = await highlightSizes(page);
  const drawn = { place: sizes['dj-place'] ?? 0, program: sizes['dj-program'] ?? 0, figure: sizes['dj-figure'] ?? 0 };
  return { drawn, story: count(state.result.articles.flatMap((a) => a.entities)), chrome: count(state.result.chrome ?? []), state };
}

const sum = (a, b) => ({ place: a.place + b.place, program: a.program + b.program, figure: a.figure + b.figure });
const scopeButton = (page) => page.evaluate(() => document.querySelector('dianjing-reader').shadowRoot.querySelector('.legend .scope').dataset.scope);
const storedScope = () => browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings?.scope);

test('chromium: the legend toggle and the options page choose between the story and the whole page', { skip: !expectedEpaper && 'tests/fixtures/epaper-page.html not vendored yet' }, async () => {
  const page = await open('/epaper-page.html');
  const run = await sendToReader(browser.worker, page, { type: 'dj:run' });
  assert.ok(!run.error, run.error);
  let now = await drawnAndFound(page);
  assert.equal(await scopeButton(page), 'story', 'the story only, by default');
  assert.deepEqual(now.drawn, now.story, 'story scope: the story entities drawn, none of the chrome');

  // the legend's toggle: chrome drawn too, and the choice kept as the setting
  await page.evaluate(() => document.querySelector('dianjing-reader').shadowRoot.querySelector('.legend .scope').click());
  assert.equal(await scopeButton(page), 'page');
  now = await drawnAndFound(page);
  assert.deepEqual(now.drawn, sum(now.story, now.chrome), 'whole-page scope: story and chrome drawn');
  assert.deepEqual(now.state.counts, now.drawn, 'the legend counts what is drawn');
  for (let i = 0; i < 50 && (await storedScope()) !== 'page'; i++) await page.waitForTimeout(50);
  assert.equal(await storedScope(), 'page', 'the legend toggle is saved as the setting');

  // the options page shows the setting, and choosing the story there redraws the open page
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('input[name="scope"]');
  assert.equal(await options.locator('input[name="scope"][value="page"]').isChecked(), true);
  await options.locator('input[name="scope"][value="story"]').check();
  await options.close();
  await page.waitForFunction(() => document.querySelector('dianjing-reader')?.shadowRoot?.querySelector('.legend .scope')?.dataset.scope === 'story', null, { timeout: 5000 });
  now = await drawnAndFound(page);
  assert.deepEqual(now.drawn, now.story, 'back to the story only');
  assert.equal(await storedScope(), 'story');
  await page.close();
});

test('chromium: saved pages are decoded as the browser decodes them (GBK stays GBK)', { skip: !Object.keys(expectedPages).length && 'tests/fixtures/pages not vendored yet' }, async () => {
  const [id] = Object.entries(expectedPages).find(([, e]) => e.charset === 'gbk') ?? [];
  assert.ok(id, 'a GBK page among the saved pages');
  const page = await open(`/pages/${id}.html`);
  const seen = await page.evaluate(() => ({ charset: document.characterSet, text: document.body.innerText }));
  assert.match(seen.charset, /^(gbk|gb2312|gb18030)$/i);
  assert.ok(seen.text.replace(/\s+/g, '').includes(expectedPages[id].bodyStart.replace(/\s+/g, '')), 'the body reads as Chinese');
  await page.close();
});

test('chromium: the e-paper page\'s navigation is chrome: its entities are drawn only in whole-page scope, with no facts', { skip: !expectedEpaper && 'tests/fixtures/epaper-page.html not vendored yet' }, async () => {
  await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { lang: 'en', scope: 'story' } }));
  const page = await open('/epaper-page.html');
  const run = await sendToReader(browser.worker, page, { type: 'dj:run' });
  assert.ok(!run.error, run.error);
  let now = await drawnAndFound(page);
  const inChrome = now.chrome.place + now.chrome.program + now.chrome.figure;
  assert.ok(inChrome > 0, 'the navigation list of titles names places or figures, and the page reader marks it chrome');
  assert.deepEqual(now.drawn, now.story, 'story scope: none of them drawn');
  await page.evaluate(() => document.querySelector('dianjing-reader').shadowRoot.querySelector('.legend .scope').click());
  now = await drawnAndFound(page);
  assert.deepEqual(now.drawn, sum(now.story, now.chrome), 'whole-page scope: drawn too');
  assert.ok(now.drawn.place + now.drawn.program + now.drawn.figure > now.story.place + now.story.program + now.story.figure);
  const chromeStarts = new Set((now.state.result.chrome ?? []).map((e) => e.start));
  assert.deepEqual(now.state.result.articles.flatMap((a) => a.facts).filter((f) => chromeStarts.has(f.figure.start)), [], 'no fact from a chrome figure');
  await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { lang: 'en', scope: 'story' } }));
  await page.close();
});

const FROM = { sentence: 'in the sentence', article: 'from the article' };

test('chromium: the popup and the card say where each fact\'s place and time came from', { skip: !expectedEpaper && 'tests/fixtures/epaper-page.html not vendored yet' }, async () => {
  const page = await open('/epaper-page.html');
  const popup = await openPopupFor(browser, page);
  await popup.waitForSelector(POPUP_READY, { timeout: 45_000 });
  const { result } = await sendToReader(browser.worker, page, { type: 'dj:state' });
  const facts = result.articles.flatMap((a) => a.facts);
  const sourced = facts.filter((f) => (f.place && f.placeFrom) || (f.time && f.timeFrom));
  assert.ok(sourced.length > 0, 'the engine says where places and times came from (Fact.placeFrom/timeFrom)');
  const rows = await popup.$$eval('.fact', (trs) =>
    trs.map((tr) => ({ place: tr.querySelector('.place .from')?.textContent ?? null, time: tr.querySelector('.time .from')?.textContent ?? null })),
  );
  assert.equal(rows.length, facts.length);
  facts.forEach((f, i) => {
    assert.equal(rows[i].place, f.place && f.placeFrom ? FROM[f.placeFrom] : null, `fact ${i} place source`);
    assert.equal(rows[i].time, f.time && f.timeFrom ? FROM[f.timeFrom] : null, `fact ${i} time source`);
  });
  // the card of the first sourced fact, opened from its row
  const n = facts.indexOf(sourced[0]);
  await popup.locator('.fact').nth(n).click();
  await page.waitForFunction(() => document.querySelector('dianjing-reader')?.shadowRoot?.querySelector('.card'));
  const card = await page.evaluate(() => [...document.querySelector('dianjing-reader').shadowRoot.querySelectorAll('.card .row')].map((r) => r.textContent));
  const f = sourced[0];
  if (f.place && f.placeFrom) assert.ok(card.some((r) => r.startsWith('Place') && r.endsWith(FROM[f.placeFrom])), `card place row: ${card.join(' / ')}`);
  if (f.time && f.timeFrom) assert.ok(card.some((r) => r.startsWith('Time') && r.endsWith(FROM[f.timeFrom])), `card time row: ${card.join(' / ')}`);
  await popup.close();
  await page.close();
});

test('chromium popup, a list of headlines (no story): says so plainly and groups what it found by section, with no fact table', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${samples.origin}/list.html?n=${++opened}`, { waitUntil: 'domcontentloaded' });
  const { shown, state } = await popupOn(page);
  assert.equal(state.result.kind, 'no-story', 'the page reader reads a list of headlines as no story');
  assert.ok(shown.noStory, 'the popup says the page is no single story');
  assert.equal(shown.articles.length, 0, 'no article pretends to be a story');
  assert.equal(shown.sections.length, state.result.articles.length, 'one section per part the reader found');
  assert.ok(shown.sections.every((t) => t), 'each section has a title');
  await page.close();
});
