// End-to-end tests of the extension in Chromium: highlights, card, keyboard, popup,
// copy-out, undo, SPA, strict CSP, GBK.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../../scripts/serve-samples.mjs';
import { highlightSizes, launchChromium, sendToReader } from './chromium-harness.mjs';
import { engineCounts, resultCounts } from './engine.mjs';

let server, origin, browser;

before(async () => {
  ({ server, origin } = await startServer());
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function openAndRun(path) {
  const page = await browser.context.newPage();
  await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
  const state = await sendToReader(browser.worker, page, { type: 'dj:run' });
  assert.ok(!state.error, state.error);
  return { page, state };
}

async function readerText(page) {
  return (await sendToReader(browser.worker, page, { type: 'dj:state' })).text;
}

test('e-paper page: highlights per kind match the engine on the same text', async () => {
  const { page, state } = await openAndRun('/epaper.html');
  const text = await readerText(page);
  assert.ok(text.includes('樟树市“财园信贷通”累计放贷6.39亿元'), 'headline collected');
  assert.ok(!text.includes('隐藏内容'), 'display:none text skipped');
  assert.ok(!text.includes('脚本里的'), 'script text skipped');
  assert.ok(!text.includes('搜索：北京市'), 'form fields skipped');
  const { counts, result } = engineCounts(text);
  assert.deepEqual(state.counts, resultCounts(state.result), 'every entity found is drawn');
  assert.deepEqual(state.counts, counts, 'same as the engine in Node');
  const sizes = await highlightSizes(page);
  for (const kind of ['place', 'program', 'figure']) assert.equal(sizes[`dj-${kind}`] ?? 0, counts[kind], kind);
  assert.equal(state.result.articles.length, result.articles.length);
  await page.close();
});
