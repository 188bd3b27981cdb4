#!/usr/bin/env node
// Screenshots for the docs: the e-paper sample with highlights and a card open, and the
// popup. Uses the e2e build (run `npx wxt build --mode e2e` first, or `npm run e2e`).
import { startServer } from './serve-samples.mjs';
import { launchChromium, pointOfHighlight, sendToReader, tabIdOf } from '../tests/e2e/chromium-harness.mjs';

const { server, origin } = await startServer();
const b = await launchChromium();
try {
  await b.worker.evaluate(() => chrome.storage.sync.set({ settings: { lang: 'zh' } }));
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${origin}/epaper.html`);
  const state = await sendToReader(b.worker, page, { type: 'dj:run' });
  const figures = state.result.articles.flatMap((a) => a.entities.filter((e) => e.type === 'figure'));
  const n = Math.max(0, figures.findIndex((e) => e.value != null && e.value >= 1e8));
  if (figures.length) {
    const pt = await pointOfHighlight(page, 'dj-figure', n);
    await page.evaluate(() => window.scrollTo(0, 0));
    const again = await pointOfHighlight(page, 'dj-figure', n);
    await page.mouse.click(again.x, again.y);
    await page.waitForTimeout(200);
    void pt;
  }
  await page.screenshot({ path: 'docs/screenshot-page.png' });

  const tabId = await tabIdOf(b.worker, page);
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 560, height: 600 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.articles, .status:not(.processing)');
  await popup.screenshot({ path: 'docs/screenshot-popup.png' });
  console.log('wrote docs/screenshot-page.png and docs/screenshot-popup.png');
} finally {
  await b.close();
  server.close();
}
