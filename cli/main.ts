// dianjing: the engine from the command line. This is the entry of the bundle, dist/dianjing.mjs
// (scripts/build-cli.mjs); the command itself is cli/run.ts.
//   dianjing extract FILE|- [--format json|csv|tsv|md] [--date YYYY-MM-DD]
//   dianjing extract --jsonl [--jobs N]  (batch protocol on stdin/stdout)
import { isMainThread, workerData } from 'node:worker_threads';
import { serveJsonlJobs } from './jsonl-worker';
import { runCli } from './run';

// --jobs workers start this same file
if (!isMainThread && workerData?.jsonlWorker) serveJsonlJobs(import.meta.url);
else runCli(process.argv.slice(2), import.meta.url);
