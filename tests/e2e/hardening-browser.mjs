// Browser helpers for the hardening tests and the browser bench: Chromium with any copy of
// the extension (a broken one, the production build), and a watch on every error a page
// sees, in its own world and in the extension's isolated world.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium-harness.mjs';

/** Chromium with any copy of the extension: the e2e harness's launcher. */
export const launchWith = (extDir) => launchChromium(extDir);

/**
 * A throwaway copy of a built extension, changed by `edit(dir)` (e.g. a corrupt
 * jieba.wasm, or host access to 127.0.0.1 for the production build). Returns the copy's path.
 */
export function extensionCopy(fromDir, edit) {
  const dir = mkdtempSync(join(tmpdir(), 'dianjing-ext-'));
  cpSync(fromDir, dir, { recursive: true });
  edit(dir);
  return dir;
}

/** Lets tests drive a build by adding http://127.0.0.1/* to its host permissions (they cannot click the toolbar). */
export function withLocalhostAccess(dir) {
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  writeFileSync(file, JSON.stringify(manifest));
}

/**
 * Uncaught exceptions, unhandled rejections and console errors in every world of the page
 * (CDP sees the extension's isolated world too, which Playwright's pageerror does not),
 * and dialogs. `errors` grows as they happen.
 */
export async function watchPage(context, page) {
  const watch = { errors: [], consoleErrors: [], warnings: [], dialogs: [] };
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (e) => {
    const d = e.exceptionDetails;
    watch.errors.push(`${d.text} ${d.exception?.description ?? ''}`.trim());
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    const text = e.args.map((a) => a.value ?? a.description ?? '').join(' ');
    if (e.type === 'error') watch.consoleErrors.push(text);
    if (e.type === 'warning') watch.warnings.push(text);
  });
  await cdp.send('Runtime.enable');
  return watch;
}

const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json'];

/** Newest modification time under `path` (a file or a folder, recursively). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

/** True when the build in `dir` is missing or older than any source it is built from. */
export function buildIsStale(dir) {
  const manifest = join(dir, 'manifest.json');
  return !existsSync(manifest) || statSync(manifest).mtimeMs < Math.max(...SOURCES.map(newest));
}

/**
 * What each `npm run e2e:…` launcher does: builds `buildDir` with `wxt build …wxtArgs` when it is missing or
 * older than the sources, then runs `testFile` under node --test, exiting 1 when a test fails.
 */
export function buildThenTest(buildDir, wxtArgs, testFile, testArgs = []) {
  if (buildIsStale(buildDir)) execFileSync('npx', ['--no-install', 'wxt', 'build', ...wxtArgs], { stdio: 'inherit' });
  try {
    // a time limit per test (scripts/e2e-test-timeout.mjs), none for the whole file: --test-timeout would be one
    const perTest = fileURLToPath(new URL('../../scripts/e2e-test-timeout.mjs', import.meta.url));
    execFileSync(process.execPath, ['--import', 'tsx', '--import', perTest, '--test', ...testArgs, testFile], { stdio: 'inherit' });
  } catch {
    process.exit(1);
  }
}
