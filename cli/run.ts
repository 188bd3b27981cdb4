// The command line itself: arguments, then one page or the JSONL protocol. Started by cli/main.ts (the
// bundle, dist/dianjing.mjs) or by cli/snapshot-main.ts (the startup snapshot, dist/dianjing.blob).
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { writeExtraction, type OutputFormat } from './write-output';
import { loadJieba } from './jieba-node';
import { runJsonl } from './jsonl';
import { runJsonlParallel } from './jsonl-parallel';
import { InputError, readPage } from './read-input';
import { runRead } from './read-command';
import { requirePackagesFrom } from './node-packages';

// a function, not a constant: the startup snapshot evaluates this module on the machine that builds it
const usage = () => `usage: dianjing extract FILE|- [--format json|csv|tsv|md] [--date YYYY-MM-DD]
       dianjing extract --jsonl [--jobs N] < records.jsonl
       dianjing read FILE.html|- [--format text|json]

  --jsonl     one {"id", "text", "date"?} record a line on stdin, one answer a line on stdout, in input order
  --jobs N    worker threads for --jsonl (default: the number of cores, ${availableParallelism()} here);
              --jobs 1 runs on the main thread alone
  read        the page reader alone: the page's story as plain text (headline, byline, date, then the body,
              one paragraph a line; each story in turn on a page of many), or its blocks and roles as JSON`;

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') return { help: true } as const;
  if (command === 'read') return { help: false, read: rest } as const;
  if (command !== 'extract') throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  let file: string | undefined;
  let format = 'json';
  let date: string | undefined;
  let jsonl = false;
  let jobs = availableParallelism();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--jsonl') jsonl = true;
    else if (a === '--format') format = rest[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '--date') date = rest[++i];
    else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const n = a === '--jobs' ? rest[++i] : a.slice(7);
      if (!/^[1-9]\d*$/.test(n ?? '')) throw new UsageError(`--jobs takes a whole number of at least 1, got ${n}`);
      jobs = Number(n);
    }
    else if (a.startsWith('--') ) throw new UsageError(`unknown option: ${a}`);
    else if (file === undefined) file = a;
    else throw new UsageError(`one input at a time (got ${file} and ${a})`);
  }
  if (!['json', 'csv', 'tsv', 'md'].includes(format)) throw new UsageError(`unknown format: ${format} (json, csv, tsv or md)`);
  if (date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) throw new UsageError(`--date takes YYYY-MM-DD, got ${date}`);
  if (!jsonl && file === undefined) throw new UsageError('no input: give a file, or - for stdin');
  return { help: false, file, format, date, jsonl, jobs } as const;
}

async function main(argv: string[], bundleUrl: string): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    process.stdout.write(usage() + '\n');
    return 0;
  }
  if ('read' in args && args.read) return runRead(args.read, process.stdout);
  if (args.jsonl && args.jobs > 1) {
    // the workers run the bundle, which serves jobs when started as one (cli/main.ts)
    return (await runJsonlParallel(process.stdin, process.stdout, args.jobs, fileURLToPath(bundleUrl))) ? 1 : 0;
  }
  loadJieba(bundleUrl);
  if (args.jsonl) return (await runJsonl(process.stdin, process.stdout)) ? 1 : 0;
  const { text, headings, blocks, meta, kind } = readPage(args.file!);
  await writeExtraction(text, args.format as OutputFormat, { date: args.date ?? meta?.date, headings, blocks, meta, kind }, process.stdout);
  return 0;
}

/**
 * Runs `dianjing ARGV…` and sets the exit code. `bundleUrl` is dist/dianjing.mjs: its folder is where
 * packages (jieba-wasm) are found from, and it is what --jobs workers run.
 */
export function runCli(argv: string[], bundleUrl: string): void {
  requirePackagesFrom(bundleUrl);
  // a reader that stops early (| head) closes the pipe: that ends the run quietly, as for any Unix filter
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  main(argv, bundleUrl).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      if (e instanceof UsageError) process.stderr.write(`dianjing: ${e.message}\n${usage()}\n`);
      else if (e instanceof InputError) process.stderr.write(`dianjing: ${e.message}\n`);
      else process.stderr.write(`dianjing: internal error: ${e?.stack ?? e}\n`);
      process.exitCode = e instanceof UsageError ? 2 : 1;
    },
  );
}
