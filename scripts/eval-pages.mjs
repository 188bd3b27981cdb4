#!/usr/bin/env node
// npm run eval:pages: reads the saved real web pages in ../shared/data/pages through the command line's reader
// and the article splitter, and scores each against its hand-made gold:
//   recall   share of the gold body lines (whitespace dropped) found in our visible text
//   whole    the article holding most of the found body characters holds >= 90% of them
//   date     that article's date is the gold day (gold dates without a day are not scored)
//   arts     how many articles we report on the page
// Options: --verbose (per page lines missing from our text), --page ID (one page only).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PAGES_DIR = fileURLToPath(new URL('../../shared/data/pages/', import.meta.url));

/** The gold body's lines, whitespace dropped (the page's layout decides where ours break). */
export function goldLines(cleaned) {
  return cleaned
    .split('\n')
    .map((l) => l.replace(SPACE, ''))
    .filter(Boolean);
}
const SPACE = /[\s\u3000\u00a0\u200b\ufeff]+/g;

/** The gold date as an ISO day, or undefined when it has no day (1998-3, 2018, UNKNOWN). */
export function goldDay(date) {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(date.trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : undefined;
}

/**
 * Where the gold body lines sit in our text and articles: how many lines we have, the share of the found
 * characters held by the article holding most of them, and that article.
 */
export function bodyScore(text, lines, articles) {
  // Our text without whitespace, with each kept character's offset in the text.
  const offsets = [];
  let flat = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/[\s\u3000\u00a0\u200b\ufeff]/.test(c)) continue;
    flat += c;
    offsets.push(i);
  }
  const perArticle = new Map();
  const missing = [];
  let found = 0;
  let chars = 0;
  let from = 0;
  for (const line of lines) {
    // Prefer the next place after the previous line: the body reads in order.
    let at = flat.indexOf(line, from);
    if (at < 0) at = flat.indexOf(line);
    if (at < 0) {
      missing.push(line);
      continue;
    }
    found++;
    from = at + line.length;
    for (let k = at; k < at + line.length; k++) {
      const a = articleAt(articles, offsets[k]);
      perArticle.set(a, (perArticle.get(a) ?? 0) + 1);
      chars++;
    }
  }
  let best;
  let most = 0;
  for (const [a, n] of perArticle) if (n > most) [best, most] = [a, n];
  const share = chars ? most / chars : 0;
  // Half the body missing is no whole body, however it is split.
  const whole = share >= 0.9 && found >= 0.5 * lines.length;
  return { found, missing, share, whole, article: best === undefined ? undefined : articles[best] };
}

/** The page's <title>, whose first part most sites make the article's headline. */
export function pageTitle(html) {
  const m = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
  const t = m?.[1].replace(/&[a-z]+;|&#\d+;/gi, ' ').replace(/\s+/g, ' ').trim();
  return t && t.length >= 4 ? t : undefined;
}

/** The body article's headline agrees with the title: one holds the other (whitespace dropped), at least 4 characters. */
export function headlineMatches(headline, title) {
  if (!headline) return false;
  const h = headline.replace(SPACE, '');
  const t = title.replace(SPACE, '');
  return h.length >= 4 && (t.includes(h) || h.includes(t));
}

function articleAt(articles, offset) {
  let lo = 0;
  let hi = articles.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (articles[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

async function main() {
const { register } = await import('tsx/esm/api');
register();
const { InputError, decodeHtml } = await import('../cli/read-input.ts');
const { readPage } = await import('../cli/read-input.ts');
const { splitArticles } = await import('../lib/articles/index.ts');
const root = PAGES_DIR;
if (!existsSync(root)) {
  console.error(`npm run eval:pages: no pages under ${root}; nothing to score`);
  process.exit(0);
}
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--page') ? args[args.indexOf('--page') + 1] : undefined;

const ids = readdirSync(`${root}original`)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -5))
  .filter((id) => !only || id.startsWith(only))
  .sort();
const gold = (dir, id) => {
  const p = `${root}${dir}/${id}.txt`;
  return existsSync(p) ? readFileSync(p, 'utf8').replace(/^\uFEFF/, '').trim() : '';
};

const total = { titled: 0, headed: 0, pages: 0, lines: 0, found: 0, whole: 0, dated: 0, dateOk: 0, dateMissing: 0, articles: 0, errors: 0, replacement: 0 };
const started = Date.now();
console.log('page      recall  whole  date        gold        arts  head');
for (const id of ids) {
  total.pages++;
  let text, headings;
  try {
    // the text and the page's heading hints, as dianjing extract page.html reads them
    ({ text, headings } = readPage(`${root}original/${id}.html`));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    total.errors++;
    console.log(`${id.slice(0, 8)}  error: ${e.message}`);
    continue;
  }
  const articles = splitArticles(text, headings);
  const lines = goldLines(gold('cleaned', id));
  const score = bodyScore(text, lines, articles);
  const day = goldDay(gold('date', id));
  const title = pageTitle(decodeHtml(readFileSync(`${root}original/${id}.html`)));
  const headed = title !== undefined && headlineMatches(score.article?.headline?.text, title);
  if (title !== undefined) total.titled++;
  if (headed) total.headed++;
  const ours = score.article?.date;
  if (text.includes('\uFFFD')) total.replacement++;
  total.lines += lines.length;
  total.found += score.found;
  total.whole += score.whole ? 1 : 0;
  total.articles += articles.length;
  if (day) {
    total.dated++;
    if (ours === day) total.dateOk++;
    else if (!ours) total.dateMissing++;
  }
  const recall = lines.length ? score.found / lines.length : 1;
  const dateCell = !day ? '-' : ours === day ? 'ok' : ours ? `${ours}` : 'none';
  console.log(
    `${id.slice(0, 8)}  ${recall.toFixed(2).padStart(6)}  ${(score.whole ? 'yes' : 'no').padEnd(5)}  ${dateCell.padEnd(10)}  ${(day ?? gold('date', id).slice(0, 10)).padEnd(10)}  ${String(articles.length).padStart(4)}  ${title === undefined ? '-  ' : headed ? 'ok ' : 'no '}${score.share < 1 ? `  (${(score.share * 100).toFixed(0)}% in one)` : ''}`,
  );
  if (verbose) for (const l of score.missing.slice(0, 8)) console.log(`    missing: ${l.slice(0, 70)}`);
}
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log(
  `\nTOTAL ${total.pages} pages (${total.errors} unreadable, ${total.replacement} with U+FFFD): ` +
    `line recall ${pct(total.found, total.lines)}% (${total.found}/${total.lines}); ` +
    `body in one article ${total.whole}/${total.pages}; ` +
    `date ${total.dateOk}/${total.dated} same day (${total.dateMissing} none, ${total.dated - total.dateOk - total.dateMissing} wrong); ` +
    `headline in <title> ${total.headed}/${total.titled}; articles ${total.articles} (${(total.articles / Math.max(1, total.pages - total.errors)).toFixed(1)}/page); ${((Date.now() - started) / 1000).toFixed(1)}s`,
);
}
