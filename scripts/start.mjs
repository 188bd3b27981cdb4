#!/usr/bin/env node
// npm start: builds the extension, serves the sample pages on localhost and opens Debian's
// Chromium with the extension loaded on the e-paper sample. Click the 点睛 button (or
// Alt+Shift+D; Alt+Shift+H toggles highlights) to read the page.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from './serve-samples.mjs';

execFileSync('npx', ['--no-install', 'wxt', 'build'], { stdio: 'inherit' });
const ext = resolve('.output/chrome-mv3');
const { server, origin } = await startServer(Number(process.env.PORT ?? 0));
const profile = mkdtempSync(join(tmpdir(), 'dianjing-start-'));
const url = `${origin}/epaper.html`;
console.log(`samples: ${url} (also /article.html /list.html /spa.html /csp.html /gbk.html)`);

const chromium = spawn(
  process.env.CHROMIUM ?? '/usr/bin/chromium',
  [
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), // Chromium refuses to sandbox as root
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    ...(process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? [] : ['--headless=new', '--remote-debugging-port=9222']),
    url,
  ],
  { stdio: 'inherit' },
);
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) console.log('no display: Chromium runs headless (DevTools on port 9222); Ctrl-C to stop');
const stop = () => {
  chromium.kill();
  server.close();
  rmSync(profile, { recursive: true, force: true });
};
chromium.on('exit', () => {
  server.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(0);
});
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
