// Reaching the reader in a tab. Once injected, the reader stays loaded in the page (entrypoints/reader.ts
// keeps one per page), so the tab is asked first and the script injected only when no reader answers:
// injecting again re-runs the whole reader bundle in the page, which the bench measured as most of a
// second read's time on the e-paper sample.
import { browser } from 'wxt/browser';
import type { ReaderRequest } from './messages';

/** The two calls this needs, so a test can stand in for the browser. */
export interface TabApi {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
}

// the reader answers it (true); any answer means a reader is there (one older than the ping answers every
// 'dj:' message, this one with nothing); a tab with none rejects
const PING: ReaderRequest = { type: 'dj:ping' };

/**
 * Makes sure the tab has a reader: true when it had to be injected. A tab with no reader rejects the
 * ping (no receiving end); an injection that fails (a page the extension may not touch) throws.
 */
export async function ensureReader(tabId: number, api: TabApi = browser as unknown as TabApi): Promise<boolean> {
  try {
    await api.tabs.sendMessage(tabId, PING);
    return false;
  } catch {
    // nobody answered: the page has no reader yet, or was reloaded since
  }
  await api.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
  return true;
}

/** Sends `message` to the tab's reader, injecting the reader first only when the tab has none. */
export async function askReader<T = unknown>(tabId: number, message: ReaderRequest, api: TabApi = browser as unknown as TabApi): Promise<T> {
  await ensureReader(tabId, api);
  return (await api.tabs.sendMessage(tabId, message)) as T;
}
