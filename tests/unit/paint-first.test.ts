// The reply waits for a task of its own only on a shown page.
import { describe, expect, it } from 'vitest';
import { paintFirst } from '../../components/paint-first';

/** What ran first: the promise's continuation or a timer task queued just before it. */
async function order(visibilityState: DocumentVisibilityState): Promise<string[]> {
  const seen: string[] = [];
  setTimeout(() => seen.push('task queued before'), 0);
  await paintFirst({ visibilityState });
  seen.push('reply');
  await new Promise((r) => setTimeout(r, 0));
  return seen;
}

describe('paintFirst', () => {
  it('on a shown page, replies in a later task (after tasks already queued, such as a frame)', async () => {
    expect(await order('visible')).toEqual(['task queued before', 'reply']);
  });

  it('on a hidden page, replies at once: no frame is coming, and its timers are throttled', async () => {
    expect(await order('hidden')).toEqual(['reply', 'task queued before']);
  });
});
