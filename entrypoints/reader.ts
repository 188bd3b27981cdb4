// Injected on demand (scripting.executeScript) or on sites the reader chose to keep on.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ReaderRequest } from '../components/messages';
import { Reader } from '../components/reader';
import { loadSettings, watchSettings } from '../components/settings';

declare global {
  // eslint-disable-next-line no-var
  var __dianjingReader: Reader | undefined;
}

export default defineUnlistedScript(() => {
  // injecting twice into one page must not make two readers
  if (globalThis.__dianjingReader) return;
  const reader = new Reader();
  globalThis.__dianjingReader = reader;
  browser.runtime.onMessage.addListener((msg: unknown) => {
    const m = msg as ReaderRequest;
    if (typeof m?.type !== 'string' || !m.type.startsWith('dj:') || m.type === ('dj:extract' as string)) return undefined;
    return reader.handle(m).catch((e: unknown) => ({ error: String((e as Error)?.message ?? e) }));
  });
  document.addEventListener('click', reader.handleClick, true);
  document.addEventListener('keydown', reader.handleKey, true);
  // read once: for the sites kept on, and for the run that usually follows an injection
  const settings = loadSettings();
  reader.preload(settings);
  // for as long as the reader is in the page: a run takes the settings it kept unless they changed since
  watchSettings(() => reader.settingsChanged());
  void settings.then((s) => {
    if (s.sites.includes(location.origin)) void reader.run();
  });
});
