#!/usr/bin/env node
// npm run eval: scores the extractor on the shared development sets that exist beside the project, and on the
// project's own hand-annotated county e-paper pages (tests/fixtures/epaper-county-gold.jsonl: programs, places,
// figures, times and article starts in the style of the regional papers; see epaper-county-gold.mjs) and on the
// unseen pages (tests/fixtures/unseen-gold.jsonl) and fourteen real news pages (tests/fixtures/real*-gold.jsonl).
// Extra arguments go to score.mjs (e.g. npm run eval -- --limit 500 --errors 20).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const scorer = `${shared}eval/score.mjs`;
// the county gold the engine was fixed on, then the unseen and the real pages (unseen-gold.mjs, real*-gold.mjs)
// whose first runs were scored before any fix
const own = ['epaper-county-gold.jsonl', 'unseen-gold.jsonl', 'real-gold.jsonl', 'real2-gold.jsonl', 'real3-gold.jsonl', 'real4-gold.jsonl', 'real5-gold.jsonl', 'national-gold.jsonl', 'real6-gold.jsonl', 'heldout-national-gold.jsonl', 'heldout-county-gold.jsonl'].map((f) => fileURLToPath(new URL(`../tests/fixtures/${f}`, import.meta.url)));
const sets = [...['data/pd1998-dev.jsonl', 'data/pd1998-pages-dev.jsonl'].map((f) => shared + f), ...own].filter(existsSync);
if (!existsSync(scorer) || !sets.length) {
  console.error(`npm run eval: no scorer or gold sets under ${shared}; nothing to score`);
  process.exit(0);
}
let failed = false;
for (const set of sets) {
  const r = spawnSync(process.execPath, [scorer, set, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, DIANJING_CMD: `node ${fileURLToPath(new URL('../bin/dianjing.mjs', import.meta.url))} extract --jsonl` } });
  failed ||= r.status !== 0;
}
process.exit(failed ? 1 : 0);
