#!/usr/bin/env node
// Scores the bylines and dates the engine gives a page's story against a page corpus's hand-made gold
// (PAGES/author/<id>.txt, PAGES/date/<id>.txt beside PAGES/original/<id>.html): what the popup would show.
//
//   node scripts/eval-heads.mjs PAGES_DIR [--jobs N] [--misses] [--json]
//   node scripts/eval-heads.mjs tests/fixtures/pages   (the vendored pages: <id>.html with expected.json)
//
// Each page is read by `node bin/dianjing.mjs extract FILE --format json`; its story is the first article that
// is no caption. Normalization:
// - byline: the gold's names are split at blanks, 、 and commas; the story's byline is right when its text, blanks
//   taken out, holds every one of them (roles such as 记者 and a paper's name around them are allowed, as in the
//   e2e tally, which keeps the blanks: no vendored page spaces a name out).
// - date: the gold's date (2005-5-7 21:23:57, 1998-3, 2018) is cut to the precision it gives (day, month or
//   year) and zero-padded; the story's date (YYYY-MM-DD) is right when it starts with that.
// - gold that says UNKNOWN (or is empty, misspelt, or no date at all) is not scored for accuracy; a byline or
//   date given on such a page is counted apart, as "given where gold has none".
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
if (!dir) {
  console.error('usage: eval-heads.mjs PAGES_DIR [--jobs N] [--misses] [--json]');
  process.exit(2);
}
const BIN = join(dirname(fileURLToPath(import.meta.url)), '../bin/dianjing.mjs');
const jobs = Number(opt('--jobs', 2));

// the vendored pages keep their gold in one expected.json (byline names joined by a space, null for none)
const vendored = !existsSync(join(dir, 'original')) && existsSync(join(dir, 'expected.json'));
const expected = vendored ? JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) : {};
const htmlOf = (id) => (vendored ? join(dir, `${id}.html`) : join(dir, 'original', `${id}.html`));

const gold = (kind, id) => {
  if (vendored) return expected[id][kind === 'author' ? 'byline' : 'date'] ?? '';
  const f = join(dir, kind, `${id}.txt`);
  const t = existsSync(f) ? readFileSync(f, 'utf8').trim() : '';
  return /^UNKN(?:OWN|WON)$/i.test(t) ? '' : t;
};

/** Gold names: split at blanks, 、 and commas. */
export const goldNames = (t) => t.split(/[\s、,，;；]+/).filter(Boolean);

/** The gold date cut to the precision it gives, as a prefix of YYYY-MM-DD; '' when it is no date. */
export function goldDatePrefix(t) {
  const m = /^((?:19|20)\d{2})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?)?/.exec(t.trim());
  if (!m) return '';
  const pad = (s) => s.padStart(2, '0');
  return [m[1], m[2] && pad(m[2]), m[3] && pad(m[3])].filter(Boolean).join('-');
}

function read(file) {
  return new Promise((resolve) =>
    execFile(process.execPath, [BIN, 'extract', file, '--format', 'json'], { maxBuffer: 1 << 28 }, (err, stdout) => {
      if (err) return resolve({ error: String(err.message).split('\n')[0] });
      try {
        const r = JSON.parse(stdout);
        const story = r.articles.find((a) => !a.caption);
        resolve({ byline: story?.byline?.text ?? null, date: story?.date ?? null, articles: r.articles.length });
      } catch (e) {
        resolve({ error: String(e) });
      }
    }),
  );
}

const ids = vendored
  ? Object.keys(expected).sort()
  : readdirSync(join(dir, 'original'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.slice(0, -5))
      .sort();
const rows = new Array(ids.length);
let next = 0;
await Promise.all(
  Array.from({ length: jobs }, async () => {
    while (next < ids.length) {
      const k = next++;
      const id = ids[k];
      const got = await read(htmlOf(id));
      const wantBy = gold('author', id);
      const wantDate = goldDatePrefix(gold('date', id));
      const row = { id, ...got, wantBy: wantBy || null, wantDate: wantDate || null };
      // blanks inside a byline are the page's spacing (赵 培), not part of a name
      const by = got.byline?.replace(/\s+/g, '');
      if (wantBy) row.bylineOk = goldNames(wantBy).every((n) => by?.includes(n));
      if (wantDate) row.dateOk = !!got.date && got.date.startsWith(wantDate);
      rows[k] = row;
    }
  }),
);

const tally = (key, want) => {
  const scored = rows.filter((r) => r[want]);
  const right = scored.filter((r) => r[key + 'Ok']).length;
  const spare = rows.filter((r) => !r[want] && r[key]).length;
  return { right, scored: scored.length, accuracy: +(right / scored.length).toFixed(3), givenWhereGoldHasNone: spare, goldNone: rows.length - scored.length };
};
const summary = { pages: rows.length, byline: tally('byline', 'wantBy'), date: tally('date', 'wantDate') };
if (args.includes('--json')) console.log(JSON.stringify({ summary, rows }, null, 1));
else {
  if (args.includes('--misses'))
    for (const r of rows) {
      if (r.error) console.log(`${r.id.slice(0, 8)} ERROR ${r.error}`);
      if (r.wantBy && !r.bylineOk) console.log(`${r.id.slice(0, 8)} byline ${JSON.stringify(r.byline)} want ${JSON.stringify(r.wantBy)}`);
      if (r.wantDate && !r.dateOk) console.log(`${r.id.slice(0, 8)} date ${JSON.stringify(r.date)} want ${r.wantDate}`);
      if (!r.wantBy && r.byline) console.log(`${r.id.slice(0, 8)} byline ${JSON.stringify(r.byline)} (gold none)`);
      if (!r.wantDate && r.date) console.log(`${r.id.slice(0, 8)} date ${JSON.stringify(r.date)} (gold none)`);
    }
  console.log(JSON.stringify(summary));
}
