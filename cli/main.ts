// dianjing: the engine from the command line.
//   dianjing extract FILE|- [--format json|csv|tsv|md] [--date YYYY-MM-DD]
//   dianjing extract --jsonl            (batch protocol on stdin/stdout)
//   dianjing read FILE.html|- [--format text|json]   (the page reader alone: the story, or its blocks)
import { writeExtraction, type OutputFormat } from './write-output';
import { loadJieba } from './jieba-node';
import { runJsonl } from './jsonl';
import { InputError, readPage } from './read-input';
import { runRead } from './read-command';

const USAGE = `usage: dianjing extract FILE|- [--format json|csv|tsv|md] [--date YYYY-MM-DD]
       dianjing extract --jsonl < records.jsonl
       dianjing read FILE.html|- [--format text|json]`;

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
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--jsonl') jsonl = true;
    else if (a === '--format') format = rest[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '--date') date = rest[++i];
    else if (a.startsWith('--') ) throw new UsageError(`unknown option: ${a}`);
    else if (file === undefined) file = a;
    else throw new UsageError(`one input at a time (got ${file} and ${a})`);
  }
  if (!['json', 'csv', 'tsv', 'md'].includes(format)) throw new UsageError(`unknown format: ${format} (json, csv, tsv or md)`);
  if (date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) throw new UsageError(`--date takes YYYY-MM-DD, got ${date}`);
  if (!jsonl && file === undefined) throw new UsageError('no input: give a file, or - for stdin');
  return { help: false, file, format, date, jsonl } as const;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if ('read' in args && args.read) return runRead(args.read, process.stdout);
  loadJieba();
  if (args.jsonl) return (await runJsonl(process.stdin, process.stdout)) ? 1 : 0;
  const { text, headings, blocks, meta, kind } = readPage(args.file!);
  await writeExtraction(text, args.format as OutputFormat, { date: args.date ?? meta?.date, headings, blocks, meta, kind }, process.stdout);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof UsageError) process.stderr.write(`dianjing: ${e.message}\n${USAGE}\n`);
    else if (e instanceof InputError) process.stderr.write(`dianjing: ${e.message}\n`);
    else process.stderr.write(`dianjing: internal error: ${e?.stack ?? e}\n`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  },
);
