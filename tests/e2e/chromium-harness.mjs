// Launches Debian's Chromium with the e2e build of the extension, and drives the reader
// through the service worker (the tests cannot click the toolbar button).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { highlightPoint } from './page-probes.mjs';

export const EXT_DIR = resolve('.output/e2e-chrome-mv3');

/** Chromium's flags for the tests: no network of its own (this machine has none), the extension in `extDir`. */
export const chromiumArgs = (extDir) => [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--disable-features=DisableLoadExtensionCommandLineSwitch',
  `--disable-extensions-except=${extDir}`,
  `--load-extension=${extDir}`,
];

/** Debian's Chromium with a built extension loaded (the e2e build unless told another folder). */
export async function launchChromium(extDir = EXT_DIR) {
  const profile = mkdtempSync(join(tmpdir(), 'dianjing-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    viewport: { width: 1200, height: 900 },
    args: ['--headless=new', ...chromiumArgs(extDir)],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, worker, extensionId, close };
}

/** The tab id of a page, found by its URL from the service worker. */
export async function tabIdOf(worker, page) {
  const url = page.url();
  return worker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === url)?.id;
  }, url);
}

/** What the toolbar button does: inject the reader, then send it a message. */
export async function sendToReader(worker, page, message) {
  const tabId = await tabIdOf(worker, page);
  return worker.evaluate(
    async ({ tabId, message }) => {
      await chrome.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
      return chrome.tabs.sendMessage(tabId, message);
    },
    { tabId, message },
  );
}

/** Highlights drawn on the page, per registry name, read from the page's own world. */
export function highlightSizes(page) {
  return page.evaluate(() => {
    const out = {};
    for (const [name, h] of CSS.highlights) out[name] = h.size;
    return out;
  });
}

/** Centre of the n-th range of a highlight, in viewport coordinates, after scrolling to it. */
export async function pointOfHighlight(page, name, n) {
  return page.evaluate(highlightPoint, { name, n });
}

/** Text of an element in the reader's shadow root, or null. */
export function overlayText(page, selector) {
  return page.evaluate((selector) => {
    const el = document.querySelector('dianjing-reader')?.shadowRoot?.querySelector(selector);
    return el ? el.textContent : null;
  }, selector);
}

export function clickOverlay(page, selector) {
  return page.evaluate((selector) => document.querySelector('dianjing-reader').shadowRoot.querySelector(selector).click(), selector);
}

/** Hides the Highlight API from the extension's world only, before the reader starts. */
export async function hideHighlightApi(worker, page) {
  const tabId = await tabIdOf(worker, page);
  await worker.evaluate(
    (tabId) =>
      chrome.scripting.executeScript({
        target: { tabId },
        func: () => Object.defineProperty(CSS, 'highlights', { value: undefined, configurable: true }),
      }),
    tabId,
  );
}

/** Opens the popup as a tab aimed at `page`'s tab, or at `tabId` (a test cannot click the toolbar button); page errors are kept on it. */
export async function openPopupFor(browser, page, tabId) {
  tabId ??= await tabIdOf(browser.worker, page);
  const popup = await browser.context.newPage();
  popup.errors = [];
  popup.on('pageerror', (e) => popup.errors.push(e.message));
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await page.bringToFront();
  return popup;
}
