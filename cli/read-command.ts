// dianjing read FILE.html|- [--format text|json]: the page reader alone. Text: per story its headline,
// byline and date lines where present, then the body one paragraph per line (stories apart by a blank
// line). JSON: the text, every block with its role, the page's metadata and kind, and frames not read.
import { storyText } from '../lib/page';
import { InputError, readPage } from './read-input';

export const READ_USAGE = 'dianjing read FILE.html|- [--format text|json]';

/** Runs `dianjing read` with the arguments after the command word; returns the exit code. */
export function runRead(args: string[], out: NodeJS.WritableStream): number {
  let file: string | undefined;
  let format = 'text';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format') format = args[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a.startsWith('--') && a !== '-') throw new InputError(`unknown option: ${a}\nusage: ${READ_USAGE}`);
    else if (file === undefined) file = a;
    else throw new InputError(`one input at a time (got ${file} and ${a})`);
  }
  if (format !== 'text' && format !== 'json') throw new InputError(`unknown format: ${format} (text or json)\nusage: ${READ_USAGE}`);
  if (file === undefined) throw new InputError(`no input: give a file, or - for stdin\nusage: ${READ_USAGE}`);
  const page = readPage(file);
  // plain text has no markup to read roles from: all of it is the story
  const blocks = page.blocks ?? (page.text ? [{ start: 0, end: page.text.length, role: 'body' as const, story: 0 }] : []);
  if (format === 'json') {
    const roles = blocks.map((b) => ({ ...b, text: page.text.slice(b.start, b.end) }));
    out.write(JSON.stringify({ kind: page.kind ?? 'story', meta: page.meta ?? {}, framesNotRead: page.framesNotRead ?? [], blocks: roles }, null, 1) + '\n');
    return 0;
  }
  const story = storyText(page.text, blocks);
  out.write(story ? story + '\n' : '');
  return 0;
}
