// The batch protocol of ../shared/eval/score.mjs: {"id","text"} lines in, one result line out each,
// in order, streaming. A bad line is reported with its number on stderr and skipped (no output line).
// This is the one-thread path (--jobs 1); cli/jsonl-parallel.ts spreads the same work over worker threads.
import { createInterface } from 'node:readline';
import { extract, allEntities } from '../lib/extract';
import type { Entity, Fact } from '../lib/types';

export interface JsonlRecord {
  id?: unknown;
  text: string;
  date?: unknown;
}

export function toWire(e: Entity): Record<string, unknown> {
  const w: Record<string, unknown> = { type: e.type, start: e.start, end: e.end };
  if (e.type === 'figure') {
    for (const k of ['value', 'min', 'max', 'unit', 'approx'] as const) if (e[k] != null) w[k] = e[k];
  }
  return w;
}

/** A fact as score.mjs reads it: the figure's start, then what it measures, where and when. */
export function factToWire(f: Fact): Record<string, unknown> {
  return {
    start: f.figure.start,
    subject: f.subject ?? null,
    place: f.place ? { text: f.place.text, name: f.place.name ?? f.place.text, code: f.place.code ?? null } : null,
    time: f.time ? { text: f.time.text } : null,
  };
}

/** The record on a line, or the reason it is none (for the line's report on stderr). */
function parseRecord(line: string): JsonlRecord | { error: string } {
  try {
    const record = JSON.parse(line);
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') throw new Error('expected {"id", "text": string}');
    return record as JsonlRecord;
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function reportBadLine(lineNo: number, error: string): void {
  process.stderr.write(`dianjing: line ${lineNo}: malformed JSONL record (${error}); skipped\n`);
}

/** One record's answer line, newline included. */
export function answerRecord(record: JsonlRecord): string {
  const result = extract(record.text, { date: typeof record.date === 'string' ? record.date : undefined });
  const out = {
    id: record.id,
    entities: allEntities(result).map(toWire),
    articles: result.articles.map((a) => ({ start: a.start, end: a.end })),
    facts: result.articles.flatMap((a) => a.facts.map(factToWire)),
  };
  return JSON.stringify(out) + '\n';
}

export async function writeOrWait(output: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!output.write(chunk)) await new Promise((r) => output.once('drain', r));
}

/** The records of a JSONL stream, in order, as they arrive; a bad line is reported on stderr with its number and counted. */
export async function* jsonlRecords(input: NodeJS.ReadableStream, bad: { count: number }): AsyncGenerator<JsonlRecord> {
  let lineNo = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    const record = parseRecord(line);
    if ('error' in record) {
      bad.count++;
      reportBadLine(lineNo, record.error);
      continue;
    }
    yield record;
  }
}

export async function runJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const bad = { count: 0 };
  for await (const record of jsonlRecords(input, bad)) await writeOrWait(output, answerRecord(record));
  return bad.count;
}
