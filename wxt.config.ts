import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { repackedJiebaWasmFile } from './scripts/jieba-wasm-repack';

/** jieba-wasm's loader names its .wasm next to itself, which Vite would inline as base64
 * (4 MB) into the background; we always pass the URL of the copied file instead. */
function jiebaWasmByUrl(): Plugin {
  return {
    name: 'dianjing-jieba-wasm-by-url',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('jieba_rs_wasm.js')) return null;
      return code.replace("new URL('jieba_rs_wasm_bg.wasm', import.meta.url)", 'undefined');
    },
  };
}

/** `wxt build --mode e2e` builds a copy for the end-to-end tests into .output/e2e-*: the
 * same extension plus access to 127.0.0.1, since tests cannot click the toolbar button
 * that grants activeTab. Production permissions stay as they are. */
const E2E = process.argv.includes('e2e');

// Dianjing runs only when the reader asks (activeTab): no host permissions, no requests of its own.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // One manifest version everywhere: the scripting/action APIs behave alike in both browsers.
  manifestVersion: 3,
  outDirTemplate: E2E ? 'e2e-{{browser}}-mv{{manifestVersion}}' : '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  vite: () => ({
    plugins: [preact(), jiebaWasmByUrl()],
    build: { chunkSizeWarningLimit: 4000 },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'storage'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(E2E ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
    // jieba's dictionary ships as WebAssembly
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+D' } },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggle__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dianjing@dianjing.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // the popup's <title> would otherwise become the toolbar tooltip, untranslated
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
    // jieba-wasm comes from the package, not git, with its dictionary recompressed (scripts/jieba-wasm-repack.ts)
    'build:publicAssets': async (_wxt, files) => {
      const wasm = await repackedJiebaWasmFile('node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm');
      files.push({ absoluteSrc: resolve(wasm), relativeDest: 'jieba.wasm' });
    },
  },
});
