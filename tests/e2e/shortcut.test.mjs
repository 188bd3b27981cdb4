// The keyboard shortcut as a reader presses it: Chromium in a window on a virtual X display
// (Xvfb), keys sent by xdotool, so they reach the browser's own shortcut handling, which keys
// sent through CDP never do. The production build is used: it has no host permission, so
// highlights prove that the shortcut itself granted activeTab.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve-samples.mjs';
import { chromiumArgs } from './chromium-harness.mjs';
import { engineOnRead } from './engine.mjs';

const PROD_DIR = resolve('.output/chrome-mv3');
const DISPLAY = `:${90 + (process.pid % 9)}`;
const env = { ...process.env, DISPLAY };
let xvfb, server, origin, context, profile;

before(async () => {
  assert.ok(existsSync(join(PROD_DIR, 'manifest.json')), 'run npm run build first');
  xvfb = spawn('Xvfb', [DISPLAY, '-screen', '0', '1280x1000x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  for (let i = 0; i < 50 && !displayUp(); i++) await new Promise((r) => setTimeout(r, 100));
  ({ server, origin } = await startServer());
  profile = mkdtempSync(join(tmpdir(), 'dianjing-keys-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: false,
    env,
    viewport: { width: 1200, height: 900 },
    args: chromiumArgs(PROD_DIR), // in a window on the virtual display: no --headless
  });
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15_000 });
});
after(async () => {
  await context?.close();
  server?.close();
  xvfb?.kill();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

function displayUp() {
  try {
    execFileSync('xdotool', ['getmouselocation'], { env, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Presses keys in the browser window as the X server would deliver them from a keyboard. */
function press(keys) {
  const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], { env }).toString().trim().split('\n');
  execFileSync('xdotool', ['windowfocus', '--sync', windows.at(-1)], { env }); // no window manager: focus directly
  execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env });
}

const ourHighlights = (page) =>
  page.evaluate(() => Object.fromEntries([...CSS.highlights].filter(([k]) => k.startsWith('dj-')).map(([k, h]) => [k.slice(3), h.size])));

test('Alt+Shift+H turns the highlights on in the active tab (activeTab, no host permission) and off again', async () => {
  const page = await context.newPage();
  await page.goto(`${origin}/epaper.html`, { waitUntil: 'load' });
  await page.bringToFront();
  await page.waitForTimeout(500); // the window maps and takes focus
  const before = await page.evaluate(() => document.body.outerHTML);
  press('alt+shift+h');
  await page.waitForFunction(() => CSS.highlights.get('dj-figure')?.size > 0, null, { timeout: 15_000 });
  await page.waitForTimeout(1000); // a draft read may be replaced by the full one
  const drawn = await ourHighlights(page);
  // the reader the shortcut injected answers the worker (no host permission needed for a message)
  const state = await context.serviceWorkers()[0].evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab.id, { type: 'dj:state' });
  });
  assert.equal(state.on, true);
  const { counts } = engineOnRead(state);
  assert.deepEqual(drawn, counts, 'what the shortcut drew is what the engine finds in the page text');
  press('alt+shift+h');
  await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('dj-')), null, { timeout: 10_000 });
  assert.equal(await page.evaluate(() => document.body.outerHTML), before, 'the second press leaves the page as it was');
  await page.close();
});

test('Alt+Shift+D opens the popup as the toolbar button does, and the popup reads the page', async () => {
  const page = await context.newPage();
  await page.goto(`${origin}/article.html`, { waitUntil: 'load' });
  await page.bringToFront();
  await page.waitForTimeout(500);
  press('alt+shift+d');
  // the popup reads the page when it opens (the shortcut granted activeTab): highlights appear
  await page.waitForFunction(() => CSS.highlights.get('dj-figure')?.size > 0, null, { timeout: 15_000 });
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  assert.ok(targetInfos.some((t) => t.url.endsWith('/popup.html')), `a popup is open: ${targetInfos.map((t) => t.type + ' ' + t.url).join(', ')}`);
  press('Escape');
  await page.close();
});
