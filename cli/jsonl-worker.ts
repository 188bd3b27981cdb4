// A worker thread of --jobs N (cli/jsonl-parallel.ts): loads jieba once, then answers batches of records as
// they come, ANSWERS_PER_MESSAGE answers a message.
import { parentPort } from 'node:worker_threads';
import { loadJieba } from './jieba-node';
import { answerRecord } from './jsonl';
import { ANSWERS_PER_MESSAGE, type JobAnswer, type JobRequest } from './jsonl-parallel';

/** `bundleUrl`: where jieba-wasm is found from (cli/jieba-node.ts). */
export function serveJsonlJobs(bundleUrl: string): void {
  loadJieba(bundleUrl);
  parentPort!.on('message', (batch: JobRequest[]) => {
    let answers: JobAnswer[] = [];
    for (const { seq, record } of batch) {
      try {
        answers.push({ seq, line: answerRecord(record) });
      } catch (e) {
        answers.push({ seq, error: `record ${seq + 1}: ${(e as Error)?.stack ?? e}` });
      }
      if (answers.length === ANSWERS_PER_MESSAGE) {
        parentPort!.postMessage(answers);
        answers = [];
      }
    }
    if (answers.length) parentPort!.postMessage(answers);
  });
}
