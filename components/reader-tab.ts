// Reaching the reader in a tab. Once injected, the reader stays loaded in the page (entrypoints/reader.ts
// keeps one per page), so the message is sent first and the script injected only when no reader receives it:
// a tab that has a reader answers in one hop, with no round trip to ask whether it is there (the bench
// measured that ask at ~3 ms of a ~17 ms second read). Injecting again re-runs the whole reader bundle in
// the page, which is why a tab with a reader is never injected.
import { browser } from 'wxt/browser';
import type { ReaderRequest } from './messages';

/** The two calls this needs, so a test can stand in for the browser. */
export interface TabApi {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
}

/** The reader could not be put in the tab (a page the extension may not touch): nothing there can be read. */
export class ReaderNotInjected extends Error {
  constructor(cause: unknown) {
    super(String((cause as Error)?.message ?? cause));
    this.name = 'ReaderNotInjected';
  }
}

/**
 * Sends `message` to the tab's reader; when no reader receives it (the tab has none yet, or the page was
 * reloaded since: the send rejects, as the reader itself answers every request, failures included), injects
 * the reader and sends again. A failed injection throws ReaderNotInjected.
 */
export async function askReader<T = unknown>(tabId: number, message: ReaderRequest, api: TabApi = browser as unknown as TabApi): Promise<T> {
  try {
    return (await api.tabs.sendMessage(tabId, message)) as T;
  } catch {
    // nobody received it: no reader in this page yet
  }
  try {
    await api.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
  } catch (e) {
    throw new ReaderNotInjected(e);
  }
  return (await api.tabs.sendMessage(tabId, message)) as T;
}
