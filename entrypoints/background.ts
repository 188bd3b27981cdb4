// Injects the reader when asked (toolbar popup, shortcut), runs the engine for it, and
// keeps "always on" sites registered.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { segmenterStatus, streamForPage, warmUp, type PageFindings, type ReadPortMessage } from '../components/extract-service';
import { cannotRunOn, READ_PORT, type BackgroundRequest, type PageResult, type ResultRequest, type SegmenterRequest } from '../components/messages';
import type { Chunk } from '../lib/merge-chunks';
import { pageResult } from '../components/page-result';
import { syncAlwaysOn } from '../components/always-on';
import { watchSettings } from '../components/settings';
import { askReader } from '../components/reader-tab';

/** Each tab's last finished reading, for its popup. */
const lastReads = new Map<number, PageResult>();

export default defineBackground(() => {
  // jieba and the engine load once per background life, not in every tab; what can be done
  // before a page asks (the wasm, the gazetteer) is done now
  warmUp();
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== READ_PORT) return;
    let open = true;
    port.onDisconnect.addListener(() => (open = false));
    const tabId = port.sender?.tab?.id;
    port.onMessage.addListener((msg: unknown) => {
      const m = msg as BackgroundRequest;
      if (m?.type !== 'dj:extract') return;
      if (tabId != null) lastReads.delete(tabId);
      const chunks: Chunk[] = [];
      let page: PageFindings = {};
      // a reader that went away (tab closed, page reloaded) stops the reading
      const post = (out: ReadPortMessage) => {
        if (out.type === 'part') {
          chunks.push(out.chunk);
          if (out.page) page = out.page;
        }
        const finished = out.type === 'done' || (out.type === 'part' && out.last);
        if (finished && tabId != null && open) lastReads.set(tabId, pageResult(chunks, page));
        if (open) port.postMessage(out);
        return open;
      };
      streamForPage(m.text, m.options, post).catch((e: unknown) => post({ type: 'error', message: String((e as Error)?.message ?? e) }));
    });
  });

  // the popup takes a page's result from here: were the page to send it, a huge result would be
  // cloned on the page's main thread in one long task
  browser.runtime.onMessage.addListener((msg: unknown) => {
    const m = msg as BackgroundRequest | ResultRequest | SegmenterRequest;
    if (m?.type === 'dj:segmenter') return Promise.resolve(segmenterStatus());
    if (m?.type !== 'dj:result') return undefined;
    return Promise.resolve(lastReads.get(m.tabId) ?? null);
  });
  browser.tabs.onRemoved.addListener((tabId) => lastReads.delete(tabId));

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-highlights') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.id || cannotRunOn(tab.url)) return;
    // the reader stays loaded in the tab once injected: it is injected only when the tab has none
    await askReader(tab.id, { type: 'dj:toggle' });
  });

  browser.runtime.onInstalled.addListener(() => void syncAlwaysOn());
  // e2e builds only (wxt build --mode e2e): WebDriver BiDi may not navigate to extension
  // pages, so the extension opens one for the Firefox tests to drive it from.
  if (import.meta.env.MODE === 'e2e' && import.meta.env.FIREFOX) void browser.tabs.create({ url: browser.runtime.getURL('/options.html?e2e=1' as '/') });
  browser.runtime.onStartup?.addListener(() => void syncAlwaysOn());
  watchSettings(() => void syncAlwaysOn());
});
