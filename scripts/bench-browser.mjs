#!/usr/bin/env node
// The extension's speed in Debian's Chromium, beside jieba-wasm alone on the same text in
// the same browser; zip sizes; a 1 MB / 50,000-node page (time, longest main-thread task,
// heap over on/off cycles). Figures and ratios only: asserts nothing. `npm run bench` runs it.
//
// The production build (.output/chrome-mv3, rebuilt when older than the sources) is used, copied with http://127.0.0.1/* added
// to its host permissions: headless tests cannot click the toolbar button that grants
// activeTab. The code is the production code byte for byte.
//
// A read is started the way the popup starts it: from an extension page (here a small driver page),
// through components/reader-tab.ts (a message to the reader, and executeScript first only when no reader
// receives it), or, in the rows that say so, executeScript every time. "run" is the moment that page starts; the
// page being read records, on the same clock (performance.timeOrigin + now), when highlights first
// appear and when they last change. Playwright's own round trips (Node → browser) are not counted;
// the old start (the page's clock before Node sends the command) is printed beside it.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { sendToReader, tabIdOf } from '../tests/e2e/chromium-harness.mjs';
import { buildIsStale, extensionCopy, launchWith, withLocalhostAccess } from '../tests/e2e/hardening-browser.mjs';
import { startHardeningServer } from '../tests/e2e/hardening-pages.mjs';
import { describeTask, readingAndDrawing, traceMainThread } from '../tests/e2e/main-thread-tasks.mjs';
import { scrollAndSettle } from '../tests/e2e/viewport-highlights.mjs';

const PROD = resolve('.output/chrome-mv3');
const began = Date.now();
const npx = (...args) => execFileSync('npx', ['--no-install', 'wxt', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
if (buildIsStale(PROD)) npx('build'); // the figures are for the code as it is now

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f0 = (x) => (x == null ? '–' : Math.round(x).toString());
const rows = [];
const row = (what, value, goal = '', note = '') => rows.push([what, value, goal, note]);

/** A page that times jieba-wasm alone: the package's web loader and the extension's own jieba.wasm. */
function addJiebaPage(dir) {
  copyFileSync(resolve('node_modules/jieba-wasm/pkg/web/jieba_rs_wasm.js'), join(dir, 'bench-jieba.js'));
  writeFileSync(join(dir, 'bench-jieba.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="bench-jieba-run.js"></script>');
  writeFileSync(
    join(dir, 'bench-jieba-run.js'),
    `import init, * as jieba from './bench-jieba.js';
globalThis.benchJieba = async (text, runs) => {
  let t0 = performance.now();
  await init({ module_or_path: chrome.runtime.getURL('/jieba.wasm') });
  const load = performance.now() - t0;
  const cut = [], tokenize = [], tag = [];
  for (let i = 0; i < runs; i++) {
    t0 = performance.now(); jieba.cut(text, true); cut.push(performance.now() - t0);
    t0 = performance.now(); jieba.tokenize(text, 'default', true); tokenize.push(performance.now() - t0);
    t0 = performance.now(); jieba.tag(text, true); tag.push(performance.now() - t0);
  }
  return { load, cut, tokenize, tag };
};`,
  );
}

/**
 * The driver: an extension page that starts reads as the popup does, and times them. sendFirst: through
 * components/reader-tab.ts itself (bundled in), which sends the message first and injects only when no reader
 * receives it (the reader kept loaded in the tab); else inject every time, as the popup and the toggle command
 * did before.
 */
function addDriverPage(dir, readerTab) {
  writeFileSync(join(dir, 'bench-reader-tab.js'), readerTab);
  writeFileSync(join(dir, 'bench-driver.html'), '<!doctype html><meta charset="utf-8"><script src="bench-reader-tab.js"></script><script src="bench-driver.js"></script>');
  writeFileSync(
    join(dir, 'bench-driver.js'),
    `const now = () => performance.timeOrigin + performance.now();
globalThis.benchRun = async (url, message, sendFirst = false) => {
  const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
  const t0 = now();
  let injected = t0;
  let reinjected = false;
  const inject = async (injection) => {
    await chrome.scripting.executeScript(injection);
    injected = now();
    reinjected = true;
  };
  let s;
  if (sendFirst) s = await globalThis.djReaderTab.askReader(tab.id, message, { tabs: chrome.tabs, scripting: { executeScript: inject } });
  else {
    await inject({ target: { tabId: tab.id }, files: ['/reader.js'] });
    s = await chrome.tabs.sendMessage(tab.id, message);
  }
  return { t0, injected, reinjected, replied: now(), error: s?.error, counts: s?.counts, ms: s?.ms };
};`,
  );
}

/** components/reader-tab.ts as one classic script that sets globalThis.djReaderTab. */
async function readerTabBundle() {
  const { build } = await import('esbuild');
  const out = await build({ entryPoints: [resolve('components/reader-tab.ts')], bundle: true, format: 'iife', globalName: 'djReaderTab', write: false, target: 'chrome120', logLevel: 'error' });
  return out.outputFiles[0].text;
}

/** The driver page, opened once per browser. */
async function driverOf(browser) {
  if (!browser.driver) {
    browser.driver = await browser.context.newPage();
    await browser.driver.goto(`chrome-extension://${browser.extensionId}/bench-driver.html`);
    await browser.driver.waitForFunction(() => typeof globalThis.benchRun === 'function');
  }
  return browser.driver;
}

/** What the toolbar button does (inject, then message the reader); only counts and timings come back to Node. */
async function command(browser, page, message) {
  const tabId = await tabIdOf(browser.worker, page);
  return browser.worker.evaluate(
    async ({ tabId, message }) => {
      await chrome.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
      const s = await chrome.tabs.sendMessage(tabId, message);
      return { error: s?.error, counts: s?.counts, ms: s?.ms };
    },
    { tabId, message },
  );
}

/**
 * Each main-thread task apart, from a Chromium trace: the page read again (off, then on), then scrolled
 * to the middle, the end and back; the tasks before the first highlight are the read's.
 */
async function traceReadAndScroll(browser, page, { scroll = true } = {}) {
  await command(browser, page, { type: 'dj:off' });
  await page.evaluate(() => {
    const seen = () => [...CSS.highlights.values()].some((h) => h.size);
    const poll = () => (seen() ? console.timeStamp('dj-first-drawn') : setTimeout(poll, 1));
    poll();
  });
  const stopTrace = await traceMainThread(browser.context, page);
  await command(browser, page, { type: 'dj:run' });
  await page.waitForTimeout(1000);
  const bottom = await page.evaluate(() => (console.timeStamp('dj-scrolls'), document.documentElement.scrollHeight - innerHeight));
  if (scroll) for (const y of [bottom / 2, bottom, 0]) await scrollAndSettle(page, Math.round(y));
  return readingAndDrawing(await stopTrace(), 'dj-first-drawn', 'dj-scrolls');
}

/**
 * Opens `path` and runs the reader from the driver page; times, in the page, the first highlight and
 * the last change to them, from the driver's start (and, as `fromNode`, from before Node asked).
 */
async function timedRead(browser, origin, path, { reuse = null, sendFirst = true, fresh = null } = {}) {
  // the driver opens beside the page (on a cold start, the read is asked no later than before it existed)
  const [driver, page] = await Promise.all([
    driverOf(browser),
    reuse ?? browser.context.newPage().then(async (p) => (await p.goto(`${origin}${path}?t=${Date.now()}`, { waitUntil: 'load' }), p)),
  ]);
  // a text the background has not read yet: its kept results cannot answer, the engine runs
  if (fresh != null) await page.evaluate((n) => document.body.append(Object.assign(document.createElement('p'), { textContent: `编号${n}` })), fresh);
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    const t = (window.__t = { t0: performance.now(), first: null, last: null, seen: [], stop: false, prev: performance.now(), maxGap: 0 });
    // a 1 ms timer loop: the longest gap between its turns is the longest task on the main thread, whichever world ran it
    const poll = () => {
      const now = performance.now();
      t.maxGap = Math.max(t.maxGap, now - t.prev);
      t.prev = now;
      // a change is any highlight set replaced (a redraw with as many ranges counts too)
      const seen = [...CSS.highlights.values()];
      if (seen.length !== t.seen.length || seen.some((h, i) => h !== t.seen[i])) {
        t.seen = seen;
        t.last = performance.now();
        if (seen.some((h) => h.size)) t.first ??= t.last;
      }
      if (!t.stop) setTimeout(poll, 1);
    };
    poll();
  });
  const state = await driver.evaluate(([url, message, sendFirst]) => globalThis.benchRun(url, message, sendFirst), [page.url(), { type: 'dj:run' }, sendFirst]);
  if (state.error) throw new Error(state.error);
  await page.waitForTimeout(300); // long-task entries arrive after the task
  const t = await page.evaluate(() => {
    const t = window.__t;
    t.stop = true;
    const abs = (x) => x + performance.timeOrigin;
    return { t0: abs(t.t0), first: abs(t.first), last: abs(t.last), long: window.__long, maxGap: t.maxGap };
  });
  // first/all: from the driver's executeScript; fromNode: from the page's clock before Node sent the command
  return { page, state, all: t.last - state.t0, first: t.first - state.t0, fromNode: t.last - t.t0, inject: state.injected - state.t0, long: t.long, maxGap: t.maxGap };
}

const { server, origin, huge, huge50k } = await startHardeningServer();
const readerTab = await readerTabBundle();
const dir = extensionCopy(PROD, (d) => (withLocalhostAccess(d), addJiebaPage(d), addDriverPage(d, readerTab)));
let browser = null;
bench: try {
  // cold: the first page right after the browser (and the background, which loads jieba) starts
  let t0 = Date.now();
  browser = await launchWith(dir);
  const startMs = Date.now() - t0;
  const cold = await timedRead(browser, origin, '/epaper.html');
  const text = (await sendToReader(browser.worker, cold.page, { type: 'dj:state' })).text;
  const jiebaOn = async (text, runs) => {
    const jp = await browser.context.newPage();
    await jp.goto(`chrome-extension://${browser.extensionId}/bench-jieba.html`);
    await jp.waitForFunction(() => typeof globalThis.benchJieba === 'function');
    const r = await jp.evaluate(([text, runs]) => globalThis.benchJieba(text, runs), [text, runs]);
    await jp.close();
    return { load: r.load, cut: median(r.cut), tokenize: median(r.tokenize), tag: median(r.tag) };
  };
  await cold.page.close();
  // new tabs, alternately a text the background has read (its kept result answers) and one it has not
  // (a line added to the page: the engine runs), so that load from elsewhere hits both alike
  const warm = [];
  const warmNew = [];
  let fresh = 0;
  for (let i = 0; i < 5; i++)
    for (const isNew of [true, false]) {
      const w = await timedRead(browser, origin, '/epaper.html', { fresh: isNew ? ++fresh : null });
      (isNew ? warmNew : warm).push(w);
      await w.page.close();
    }
  const warmAll = median(warm.map((w) => w.all));
  const warmMs = warm[warm.map((w) => w.all).indexOf(warmAll)].state.ms;
  const warmNewAll = median(warmNew.map((w) => w.all));
  const warmNewMs = warmNew[warmNew.map((w) => w.all).indexOf(warmNewAll)].state.ms;
  const span = (xs) => `${f0(Math.min(...xs))}–${f0(Math.max(...xs))}`;
  const kept = (reads) => `kept result used in ${reads.filter((r) => r.state.ms?.cached).length} of ${reads.length} (the reader's own, no message, in ${reads.filter((r) => r.state.ms?.cached === 2).length})`;

  const jb = await jiebaOn(text, 21); // a 2,000-character text tokenizes in a few ms: more runs steady the median

  row('browser start (launch → worker up)', `${startMs} ms`);
  row(`e-paper (${text.length} chars) cold: run → first highlight`, `${f0(cold.first)} ms`, '≤ 500 ms', `all drawn ${f0(cold.all)} ms; from Node's request ${f0(cold.fromNode)} ms; reader ms ${fmtMs(cold.state.ms)}`);
  row('e-paper warm (new tab, text read before, median of 5): run → all drawn', `${f0(warmAll)} ms`, '', `5 runs ${span(warm.map((w) => w.all))} ms; ${kept(warm)}; from Node's request ${f0(median(warm.map((w) => w.fromNode)))} ms; rejected send + inject ${f0(median(warm.map((w) => w.inject)))} ms; reader ms ${fmtMs(warmMs)}`);
  row('e-paper warm (new tab, new text, median of 5): run → all drawn', `${f0(warmNewAll)} ms`, '', `5 runs ${span(warmNew.map((w) => w.all))} ms; ${kept(warmNew)}; rejected send + inject ${f0(median(warmNew.map((w) => w.inject)))} ms; engine in the 5: ${warmNew.map((w) => f0(w.state.ms?.engine)).join(' / ')} ms; reader ms ${fmtMs(warmNewMs)}`);
  row('jieba-wasm alone, same text, same browser: tokenize()', `${jb.tokenize.toFixed(1)} ms`, '', `cut() ${jb.cut.toFixed(1)} ms, tag() ${jb.tag.toFixed(1)} ms; wasm init ${f0(jb.load)} ms`);
  row('ratio warm read / jieba tokenize, text read before', `${(warmAll / jb.tokenize).toFixed(1)}×`, '≤ 10×', `reader's extract step (engine or kept result + messaging) / tokenize: ${(warmMs.extract / jb.tokenize).toFixed(1)}×`);
  row('ratio warm read / jieba tokenize, new text', `${(warmNewAll / jb.tokenize).toFixed(1)}×`, '≤ 10×', `reader's extract step (engine + messaging) / tokenize: ${(warmNewMs.extract / jb.tokenize).toFixed(1)}×`);

  // a second read in a tab the reader is already in (off, then on again, as a user would): injected again,
  // as the popup and the toggle command did, against sent first, where only a tab with no reader is injected
  // the same tab again with the text unchanged (a kept result answers: the reader's own, else the background's)
  // and, sent first, with a line added to the page (the engine runs)
  const again = { inject: [], ask: [], askNew: [] };
  const tab = await timedRead(browser, origin, '/epaper.html');
  const AGAIN = Number(process.env.BENCH_AGAIN) || 9; // each read is short and the machine noisy: more reads than elsewhere
  for (let i = 0; i < AGAIN; i++)
    for (const how of ['inject', 'ask', 'askNew']) {
      await command(browser, tab.page, { type: 'dj:off' });
      const r = await timedRead(browser, origin, '/epaper.html', { reuse: tab.page, sendFirst: how !== 'inject', fresh: how === 'askNew' ? ++fresh : null });
      again[how].push(r);
    }
  await tab.page.close();
  const againAll = (k) => median(again[k].map((r) => r.all));
  const lastMs = (k) => again[k].at(-1).state.ms;
  row('e-paper, same tab again, injected again every time (as before the reader was kept): run → all drawn', `${f0(againAll('inject'))} ms`, '', `median of ${AGAIN}, runs ${span(again.inject.map((r) => r.all))} ms; ${kept(again.inject)}; inject ${f0(median(again.inject.map((r) => r.inject)))} ms`);
  row('e-paper, same tab again, sent first (no injection), text read before: run → all drawn', `${f0(againAll('ask'))} ms`, '', `median of ${AGAIN}, runs ${span(again.ask.map((r) => r.all))} ms; ${kept(again.ask)}; injected in ${again.ask.filter((r) => r.state.reinjected).length} of ${AGAIN}; reader ms ${fmtMs(lastMs('ask'))}`);
  row('e-paper, same tab again, sent first, new text: run → all drawn', `${f0(againAll('askNew'))} ms`, '', `median of ${AGAIN}, runs ${span(again.askNew.map((r) => r.all))} ms; ${kept(again.askNew)}; reader ms ${fmtMs(lastMs('askNew'))}`);
  row('ratio same-tab read sent first / jieba tokenize, text read before', `${(againAll('ask') / jb.tokenize).toFixed(1)}×`, '≤ 10×', `injected again: ${(againAll('inject') / jb.tokenize).toFixed(1)}×`);
  row('ratio same-tab read sent first / jieba tokenize, new text', `${(againAll('askNew') / jb.tokenize).toFixed(1)}×`, '≤ 10×', '');

  await storyRows(browser, origin, jiebaOn);

  if (process.env.BENCH_QUICK) {
    await asleepRow(browser, origin);
    break bench; // e-paper only: quick repeated runs while working on the reader
  }

  for (const b of ['chrome', 'firefox']) {
    const zip = resolve(`.output/dianjing-0.1.0-${b}.zip`);
    // missing, or older than the build just measured: zip again (wxt zip builds first)
    if (!existsSync(zip) || statSync(zip).mtimeMs < statSync(join(PROD, 'manifest.json')).mtimeMs) npx('zip', ...(b === 'firefox' ? ['-b', 'firefox'] : []));
    const st = existsSync(zip) ? statSync(zip) : null;
    row(`wxt zip ${b}`, st ? `${(st.size / 1e6).toFixed(2)} MB` : 'missing', '≤ 3 MB', st ? `${st.size} bytes, built ${st.mtime.toISOString().slice(0, 16)}` : '');
  }

  // 1 MB / 50,000 nodes: time, longest task on the page's main thread, heap over on/off cycles
  const big = await timedRead(browser, origin, '/huge.html');
  const beat = await big.page.evaluate(() => window.__beat.maxGap);
  const bigText = (await sendToReader(browser.worker, big.page, { type: 'dj:state' })).text;
  const jbBig = await jiebaOn(bigText, 3);
  row(`1 MB page (${huge.bytes} bytes, ${huge.nodes} nodes): run → all drawn`, `${f0(big.all)} ms`, '', `first highlight ${f0(big.first)} ms; reader ms ${fmtMs(big.state.ms)}`);
  row(`1 MB page: ratio all drawn / jieba tokenize (${f0(jbBig.tokenize)} ms)`, `${(big.all / jbBig.tokenize).toFixed(1)}×`, '≤ 2×', `extract step / tokenize: ${(big.state.ms.extract / jbBig.tokenize).toFixed(1)}×; cut() ${f0(jbBig.cut)} ms, tag() ${f0(jbBig.tag)} ms`);
  row('1 MB page: longest gap in a 1 ms timer loop during the read', `${f0(big.maxGap)} ms`, '', `tasks run back to back add up here (the page's 20 ms heartbeat: ${f0(beat)} ms); 'longtask' entries: ${big.long.length} (undercounts: most extension-world work is not reported)`);
  const { reading, firstDrawing, scrolling } = await traceReadAndScroll(browser, big.page);
  row('1 MB page: longest main-thread task while it is read', `${f0(reading.cpu)} ms CPU`, '≤ 50 ms', `Chromium trace: ${describeTask(reading)}`);
  // the target holds in every run, slow days too: two more reads of the same page, the worst of the three printed
  const readings = [reading];
  for (let i = 0; i < 2; i++) readings.push((await traceReadAndScroll(browser, big.page, { scroll: false })).reading);
  const worst = readings.reduce((a, b) => (b.cpu > a.cpu ? b : a));
  row('1 MB page: longest task while it is read, worst of 3 reads', `${f0(worst.cpu)} ms CPU`, '≤ 50 ms', `the 3 reads: ${readings.map((r) => f0(r.cpu)).join(' / ')} ms CPU; worst: ${describeTask(worst)}`);
  row('1 MB page: longest main-thread task while it is drawn (to 1 s after)', `${f0(firstDrawing.cpu)} ms CPU`, '≤ 50 ms', `Chromium trace: ${describeTask(firstDrawing)}`);
  row('1 MB page: longest main-thread task in 3 scrolls (middle, end, top)', `${f0(scrolling.cpu)} ms CPU`, '≤ 50 ms', `Chromium trace: ${describeTask(scrolling)}`);
  // the size (1 MB, 50,000 nodes: 61,180 here), read and scrolled the same way in a tab of its own
  const mid = await timedRead(browser, origin, '/huge-50k.html');
  const midTasks = await traceReadAndScroll(browser, mid.page);
  row(`1 MB / ${huge50k.nodes} nodes: longest task while it is read`, `${f0(midTasks.reading.cpu)} ms CPU`, '≤ 50 ms', `all drawn ${f0(mid.all)} ms; Chromium trace: ${describeTask(midTasks.reading)}`);
  row(`1 MB / ${huge50k.nodes} nodes: longest task while it is drawn`, `${f0(midTasks.firstDrawing.cpu)} ms CPU`, '≤ 50 ms', `Chromium trace: ${describeTask(midTasks.firstDrawing)}`);
  row(`1 MB / ${huge50k.nodes} nodes: longest task in 3 scrolls`, `${f0(midTasks.scrolling.cpu)} ms CPU`, '≤ 50 ms', `Chromium trace: ${describeTask(midTasks.scrolling)}`);
  await mid.page.close();
  row('e-paper warm: longest main-thread task', `${f0(median(warm.map((w) => w.maxGap)))} ms`, '≤ 50 ms', 'median of 5, 1 ms timer loop');
  const cdp = await browser.context.newCDPSession(big.page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
  };
  await command(browser, big.page, { type: 'dj:off' });
  const heaps = { 0: null };
  heaps[1] = await heap();
  // V8 settles in the first cycles (compiled code, feedback): growth that stops by 10 is no leak
  for (let i = 2; i <= 20; i++) {
    await command(browser, big.page, { type: 'dj:run' });
    await command(browser, big.page, { type: 'dj:off' });
    if (i === 5 || i === 10 || i === 20) heaps[i] = await heap();
  }
  const on = await command(browser, big.page, { type: 'dj:run' });
  const heapOn = await heap();
  row('1 MB page: JS heap after 1 / 5 / 10 / 20 on-off cycles', `${heaps[1].toFixed(1)} / ${heaps[5].toFixed(1)} / ${heaps[10].toFixed(1)} / ${heaps[20].toFixed(1)} MB`, 'flat', `while on: ${heapOn.toFixed(1)} MB (${on.counts.place + on.counts.program + on.counts.figure} highlights)`);

  await asleepRow(browser, origin);
} finally {
  await browser?.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Last, since the worker handle dies with it: Chrome stops an idle extension service worker after ~30 s,
 * so a read a while after the last one wakes the background, which loads jieba again.
 */
async function asleepRow(browser, origin) {
  const blank = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(blank);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await blank.waitForTimeout(500);
  const asleep = await timedRead(browser, origin, '/epaper.html');
  row('e-paper, background asleep (service worker stopped): run → first highlight', `${f0(asleep.first)} ms`, '', `all drawn ${f0(asleep.all)} ms; reader ms ${fmtMs(asleep.state.ms)}`);
}

/**
 * A typical story page (a saved 163.com story in GBK, served byte for byte as the site sent it): what the
 * page reader adds to a read, beside jieba's tokenize of the same text. Two measures of the reader's
 * collection and role classification: as the extension runs it (the reader's own 'collect' timing, its
 * yields to the page included), and components/page-text.ts's collectText bundled and run alone in the
 * page, synchronously, so nothing but its own work is counted.
 */
async function storyRows(browser, origin, jiebaOn) {
  const file = resolve('tests/fixtures/pages/ecbe8d49-c640-4a08-b46d-f8b795f836ba.html');
  if (!existsSync(file)) return row('story page', 'missing', '≤ 20 ms', file);
  const path = '/story-163.html';
  await browser.context.route((url) => url.pathname === path, (route) => route.fulfill({ status: 200, headers: { 'content-type': 'text/html' }, body: readFileSync(file) }));
  const reads = [];
  for (let i = 0; i < 5; i++) {
    reads.push(await timedRead(browser, origin, path));
    if (i < 4) await reads[i].page.close();
  }
  const page = reads[4].page;
  const text = (await sendToReader(browser.worker, page, { type: 'dj:state' })).text ?? '';
  await page.addScriptTag({ content: await pageTextBundle() });
  const alone = await page.evaluate((runs) => {
    const ms = [];
    let read;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      read = globalThis.djPageText.collectText(document.body);
      ms.push(performance.now() - t0);
    }
    return { ms, chars: read.text.length, blocks: read.blocks?.length };
  }, 25);
  // collectTextAsync as the extension runs it: its own work plus its waits for the page's turn between
  // slices (setTimeout 0, a clamped 4 ms or more), counted by wrapping setTimeout for the call
  const sliced = await page.evaluate(async (runs) => {
    const out = [];
    const setTimeout0 = window.setTimeout;
    for (let i = 0; i < runs; i++) {
      let yields = 0, wait = 0;
      window.setTimeout = (f, d) => {
        yields++;
        const at = performance.now();
        return setTimeout0(() => ((wait += performance.now() - at), f()), d);
      };
      const t0 = performance.now();
      await globalThis.djPageText.collectTextAsync(document.body);
      out.push({ ms: performance.now() - t0, yields, wait });
      window.setTimeout = setTimeout0;
    }
    return out;
  }, 9);
  await page.close();
  const jb = await jiebaOn(text, 21);
  const collect = median(reads.map((r) => r.state.ms.collect));
  const collectAlone = median(alone.ms);
  const blocks = alone.blocks == null ? 'no blocks (the old collection)' : `${alone.blocks} blocks`;
  row(`story page (163.com, GBK, ${text.length} chars): page reader's collection + roles, in the extension`, `${collect.toFixed(1)} ms`, '≤ 20 ms', `reader's collect timing, median of 5 warm reads in new tabs (fastest ${Math.min(...reads.map((r) => r.state.ms.collect)).toFixed(1)} ms); run → all drawn ${f0(median(reads.map((r) => r.all)))} ms; reader ms ${fmtMs(reads[4].state.ms)}`);
  row('story page: collectText() alone in the page (sync, page-text.ts bundled)', `${collectAlone.toFixed(1)} ms`, '≤ 20 ms', `median of ${alone.ms.length}; first run ${alone.ms[0].toFixed(1)} ms (code not yet compiled, as in every new tab's read), fastest ${Math.min(...alone.ms).toFixed(1)} ms (its own work when nothing else takes the CPU), slowest ${f0(Math.max(...alone.ms))} ms; ${alone.chars} chars, ${blocks}`);
  const slicedMs = median(sliced.map((x) => x.ms));
  row('story page: collectTextAsync() alone in the page (sliced, as the extension runs it)', `${slicedMs.toFixed(1)} ms`, '≤ 20 ms', `median of ${sliced.length}; of which waiting for the page's turn between slices ${median(sliced.map((x) => x.wait)).toFixed(1)} ms in ${median(sliced.map((x) => x.yields))} yields (each a setTimeout 0 turn, clamped to about 4 ms: a small page should need none)`);
  row('story page: jieba-wasm tokenize() of the same text', `${jb.tokenize.toFixed(1)} ms`, '', `cut() ${jb.cut.toFixed(1)} ms, tag() ${jb.tag.toFixed(1)} ms`);
  row('story page: ratio reader collection / jieba tokenize', `${(collect / jb.tokenize).toFixed(1)}×`, '', `collectText alone / tokenize: ${(collectAlone / jb.tokenize).toFixed(1)}×`);
}

/** components/page-text.ts and what it imports as one classic script that sets globalThis.djPageText. */
async function pageTextBundle() {
  const { build } = await import('esbuild');
  const out = await build({ entryPoints: [resolve('components/page-text.ts')], bundle: true, format: 'iife', globalName: 'djPageText', write: false, target: 'chrome120', logLevel: 'error' });
  return out.outputFiles[0].text;
}

function fmtMs(ms) {
  if (!ms) return '–';
  const draft = ms.draft ? `draft drawn at ${f0(ms.draft)} / ` : '';
  const age = ms.backgroundAge < 5000 ? `background up ${f0(ms.backgroundAge)} ms / ` : '';
  const engine = ms.cached === 2 ? "the reader's kept result, no message" : ms.cached ? 'kept result, no engine' : `engine ${ms.engine?.toFixed(1) ?? '–'}`;
  return `${age}collect ${f0(ms.collect)} / ${draft}extract ${f0(ms.extract)} (${engine}) / highlight ${f0(ms.highlight)}`;
}

const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
// other work on the machine stretches every wall-clock figure: the load says how much to trust them
const load = loadavg().map((x) => x.toFixed(1)).join(' / ');
console.log(`load average (1 / 5 / 15 min) at the end: ${load} on ${cpus().length} cores`);
console.log(`Chromium ${execFileSync(process.env.CHROMIUM ?? '/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()}, production build (+127.0.0.1 host access)`);
for (const [a, b, c, d] of rows) console.log(`${a.padEnd(w[0])}  ${b.padStart(w[1])}  ${c.padEnd(w[2])}  ${d}`);
console.log(`(bench took ${((Date.now() - began) / 1000).toFixed(0)} s)`);
