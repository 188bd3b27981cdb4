#!/usr/bin/env node
// Runs the reader on every saved real page in ../shared/data/pages/original (GBK and UTF-8)
// and reports, per page, characters read, entities drawn vs found, and timings. A check
// for robustness, not part of the e2e suite: `node --import tsx scripts/e2e-real-pages.mjs [N]`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, sendToReader } from '../tests/e2e/chromium-harness.mjs';

const isUtf8 = (bytes) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};
// PAGES=dir names another folder; the default is the shared data beside the repository
const DIR = process.env.PAGES ?? fileURLToPath(new URL('../../shared/data/pages/original', import.meta.url));
if (!existsSync(DIR)) {
  console.error(`e2e-real-pages: no saved pages at ${DIR}; set PAGES=dir`);
  process.exit(1);
}
const files = readdirSync(DIR).filter((f) => f.endsWith('.html')).slice(0, Number(process.argv[2] ?? 1e9));
const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1));
  if (!files.includes(name)) return res.writeHead(404).end();
  const bytes = readFileSync(join(DIR, name));
  // the page's own <meta charset> decides; a saved page without one was UTF-8 on its server
  const declared = /<meta[^>]+charset/i.test(bytes.subarray(0, 4096).toString('latin1'));
  res.writeHead(200, { 'Content-Type': declared || !isUtf8(bytes) ? 'text/html' : 'text/html; charset=utf-8' });
  res.end(bytes);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const b = await launchChromium();
let bad = 0;
try {
  for (const f of files) {
    const page = await b.context.newPage();
    try {
      await page.goto(`${origin}/${f}`, { waitUntil: 'domcontentloaded', timeout: 15_000 });
      const st = await sendToReader(b.worker, page, { type: 'dj:run' });
      if (st.error) throw new Error(st.error);
      const found = { place: 0, program: 0, figure: 0 };
      for (const a of st.result?.articles ?? []) for (const e of a.entities) if (e.type in found) found[e.type]++;
      const drawn = st.counts;
      const ok = ['place', 'program', 'figure'].every((k) => drawn[k] === found[k]);
      if (!ok) bad++;
      const sizes = await page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([n, h]) => [n, h.size])));
      console.log(
        `${ok ? 'ok ' : 'BAD'} ${f.slice(0, 8)} articles=${st.result?.articles.length ?? 0} drawn=${JSON.stringify(drawn)} highlights=${JSON.stringify(sizes)} ms=${JSON.stringify(st.ms, (k, v) => (typeof v === 'number' ? Math.round(v) : v))}`,
      );
    } catch (e) {
      bad++;
      console.log(`ERR ${f.slice(0, 8)} ${String(e.message).slice(0, 150)}`);
    }
    await page.close();
  }
} finally {
  await b.close();
  server.close();
}
console.log(`${files.length - bad} passed, ${bad} failed`);
