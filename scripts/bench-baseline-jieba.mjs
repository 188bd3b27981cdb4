#!/usr/bin/env node
// The floor `dianjing extract` is measured against: load jieba-wasm and tag() one file's text, nothing else.
// The command line cannot start cheaper than this, since its engine tags every text with jieba.
//
//   node scripts/bench-baseline-jieba.mjs FILE
import { readFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';

const text = readFileSync(process.argv[2], 'utf8');
process.stdout.write(`${jieba.tag(text, true).length} words\n`);
