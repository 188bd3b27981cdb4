// --jobs N for the JSONL protocol: the main thread reads and parses lines and writes answers; N worker
// threads (this same bundle, started with workerData.jsonlWorker) run the engine. Answers go out in input
// order, each as soon as it and every one before it are done. Reading stops while RECORDS_PER_JOB records per
// worker wait to be written, or CHARS_PER_JOB characters per worker wait for a worker, so memory stays bounded
// however long the input is. Both are wide so that workers do not starve on short records while the main
// thread waits for its turn on a busy machine (news records of 100 characters take about a millisecond).
import { Worker } from 'node:worker_threads';
import { jsonlRecords, writeOrWait, type JsonlRecord } from './jsonl';

const RECORDS_PER_JOB = 256;
const CHARS_PER_JOB = 1_000_000;

export interface JobRequest {
  seq: number;
  record: JsonlRecord;
}
export type JobAnswer = { seq: number; line: string } | { seq: number; error: string };

export async function runJsonlParallel(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, jobs: number, workerFile: string): Promise<number> {
  const workers = Array.from({ length: jobs }, () => ({
    worker: new Worker(workerFile, { workerData: { jsonlWorker: true } }),
    pendingChars: 0,
  }));
  const done = new Map<number, string>(); // answers that wait for an earlier one
  const sizes = new Map<number, { at: (typeof workers)[number]; chars: number }>();
  let nextToWrite = 0; // the next answer to hand to the writer
  let written = 0; // answers the output has taken (after any 'drain' wait): the window counts from here
  let sent = 0;
  let queuedChars = 0; // text sent to the workers and not yet answered
  let failure: Error | null = null;
  let wake: (() => void) | null = null; // the reader, waiting for room in the window or for the end
  let writing = Promise.resolve();

  const onAnswer = (answer: JobAnswer) => {
    const job = sizes.get(answer.seq)!;
    sizes.delete(answer.seq);
    job.at.pendingChars -= job.chars;
    queuedChars -= job.chars;
    if ('error' in answer) failure ??= new Error(answer.error);
    else done.set(answer.seq, answer.line);
    // write every answer now in order; a chained promise keeps writes in order across 'drain' waits
    let chunk = '';
    let count = 0;
    for (; done.has(nextToWrite); count++) {
      chunk += done.get(nextToWrite);
      done.delete(nextToWrite++);
    }
    if (count) {
      writing = writing.then(async () => {
        await writeOrWait(output, chunk);
        written += count;
        wake?.();
      });
    } else wake?.();
  };
  for (const w of workers) {
    w.worker.on('message', onAnswer);
    w.worker.on('error', (e: Error) => {
      failure ??= e;
      wake?.();
    });
  }
  const waitFor = async (ready: () => boolean) => {
    while (!ready() && !failure) await new Promise<void>((r) => (wake = r));
    if (failure) throw failure;
  };

  const bad = { count: 0 };
  try {
    for await (const record of jsonlRecords(input, bad)) {
      // a record longer than the whole budget still goes, alone
      await waitFor(() => sent === written || (sent - written < jobs * RECORDS_PER_JOB && queuedChars + record.text.length <= jobs * CHARS_PER_JOB));
      // to the worker with the least text queued, so one huge record does not hold up the rest
      const at = workers.reduce((a, b) => (b.pendingChars < a.pendingChars ? b : a));
      at.pendingChars += record.text.length;
      queuedChars += record.text.length;
      sizes.set(sent, { at, chars: record.text.length });
      at.worker.postMessage({ seq: sent++, record } satisfies JobRequest);
    }
    await waitFor(() => written === sent);
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
  return bad.count;
}
