// "Always on for this site": a content script registered for the origins the reader
// granted (optional host permissions), so the reader runs on every page load there.
import { browser } from 'wxt/browser';
import { loadSettings } from './settings';

const ID = 'dianjing-always-on';

/** Match patterns have no port: http://127.0.0.1:8123 → http://127.0.0.1/* */
export function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

export async function syncAlwaysOn(): Promise<void> {
  const { sites } = await loadSettings();
  const granted: string[] = [];
  for (const site of sites) {
    if (await browser.permissions.contains({ origins: [originPattern(site)] })) granted.push(originPattern(site));
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ID] }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [ID] });
  if (granted.length)
    await browser.scripting.registerContentScripts([{ id: ID, matches: granted, js: ['/reader.js'], runAt: 'document_idle', persistAcrossSessions: true }]);
}
