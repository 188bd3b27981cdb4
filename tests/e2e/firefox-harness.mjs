// Firefox ESR through puppeteer-core over WebDriver BiDi. The extension gets a fixed
// internal UUID (a pref) so the tests can open its pages and drive the reader from one.
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const FF_EXT_DIR = resolve('.output/e2e-firefox-mv3');
const GECKO_ID = 'dianjing@dianjing.invalid';
const UUID = '6f1d3c2a-9b8e-4d7f-a1c5-3e2b7d9f0a11';
export const FF_BASE = `moz-extension://${UUID}`;

export async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'network.dns.disableIPv6': true,
    },
  });
  await browser.installExtension(FF_EXT_DIR);
  // an extension page to call extension APIs from
  // (the e2e build opens it: BiDi may not navigate to moz-extension: URLs)
  const control = await findPage(browser, FF_BASE);
  return { browser, control, close: () => browser.close() };
}

/** Injects the reader into the tab showing `url` and sends it a message. */
export function sendToReaderFx(control, url, message) {
  return control.evaluate(
    async ({ url, message }) => {
      const tabs = await browser.tabs.query({});
      const tab = tabs.find((t) => t.url === url);
      if (!tab) throw new Error(`no tab for ${url}: ${tabs.map((t) => t.url).join(', ')}`);
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/reader.js'] });
      return browser.tabs.sendMessage(tab.id, message);
    },
    { url, message },
  );
}

export function tabIdFx(control, url) {
  return control.evaluate(async (url) => (await browser.tabs.query({})).find((t) => t.url === url)?.id, url);
}

/** BiDi reports extension tabs as about:blank, so each page is asked where it is. */
export async function findPage(browser, prefix) {
  for (let tries = 0; tries < 100; tries++) {
    for (const p of await browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(prefix)) return p;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const seen = await Promise.all((await browser.pages()).map((p) => p.evaluate(() => location.href).catch((e) => String(e).slice(0, 80))));
  throw new Error(`no page under ${prefix}; pages: ${seen.join(' ')}`);
}

/** Opens the popup as a tab aimed at the tab showing `url` (BiDi cannot navigate there itself). */
export async function openPopupFx(fx, url) {
  const tabId = await tabIdFx(fx.control, url);
  await fx.control.evaluate((tabId) => browser.tabs.create({ url: `/popup.html?tab=${tabId}`, active: false }), tabId);
  return findPage(fx.browser, `${FF_BASE}/popup.html?tab=${tabId}`);
}
