// A worker thread of --jobs N (cli/jsonl-parallel.ts): loads jieba once, then answers records as they come.
import { parentPort } from 'node:worker_threads';
import { loadJieba } from './jieba-node';
import { answerRecord } from './jsonl';
import type { JobAnswer, JobRequest } from './jsonl-parallel';

/** `bundleUrl`: where jieba-wasm is found from (cli/jieba-node.ts). */
export function serveJsonlJobs(bundleUrl: string): void {
  loadJieba(bundleUrl);
  parentPort!.on('message', ({ seq, record }: JobRequest) => {
    let answer: JobAnswer;
    try {
      answer = { seq, line: answerRecord(record) };
    } catch (e) {
      answer = { seq, error: `record ${seq + 1}: ${(e as Error)?.stack ?? e}` };
    }
    parentPort!.postMessage(answer);
  });
}
