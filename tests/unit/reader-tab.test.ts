// The message goes to the tab first; the reader is injected only when no reader receives it.
import { describe, expect, it } from 'vitest';
import { askReader, ReaderNotInjected, type TabApi } from '../../components/reader-tab';

/** A tab that holds a reader once the script is injected; it records every call. */
function fakeTab({ loaded = false, injectFails = false, answer = { on: true } as unknown } = {}) {
  const calls: string[] = [];
  const api: TabApi = {
    tabs: {
      async sendMessage(_tabId, message) {
        const type = (message as { type: string }).type;
        calls.push(`send ${type}`);
        if (!loaded) throw new Error('Could not establish connection. Receiving end does not exist.');
        return answer;
      },
    },
    scripting: {
      async executeScript() {
        calls.push('inject');
        if (injectFails) throw new Error('Cannot access contents of the page');
        loaded = true;
      },
    },
  };
  return { api, calls };
}

describe('reader in a tab', () => {
  it('sends once to a tab whose reader is loaded: no injection, no second message', async () => {
    const { api, calls } = fakeTab({ loaded: true });
    expect(await askReader(1, { type: 'dj:run' }, api)).toEqual({ on: true });
    expect(calls).toEqual(['send dj:run']);
  });

  it('injects when the send is rejected (no reader), then sends again', async () => {
    const { api, calls } = fakeTab();
    expect(await askReader(1, { type: 'dj:run' }, api)).toEqual({ on: true });
    expect(calls).toEqual(['send dj:run', 'inject', 'send dj:run']);
  });

  it('does not inject again into a tab whose reader now answers', async () => {
    const { api, calls } = fakeTab();
    await askReader(1, { type: 'dj:run' }, api);
    calls.length = 0;
    await askReader(1, { type: 'dj:toggle' }, api);
    expect(calls).toEqual(['send dj:toggle']);
  });

  it("passes on the reader's own answer, an error reply included, without injecting", async () => {
    const { api, calls } = fakeTab({ loaded: true, answer: { error: 'boom' } });
    expect(await askReader(1, { type: 'dj:run' }, api)).toEqual({ error: 'boom' });
    expect(calls).toEqual(['send dj:run']);
  });

  it('throws ReaderNotInjected when the page cannot take the reader, and sends nothing more', async () => {
    const { api, calls } = fakeTab({ injectFails: true });
    const failed = askReader(1, { type: 'dj:run' }, api);
    await expect(failed).rejects.toBeInstanceOf(ReaderNotInjected);
    await expect(failed).rejects.toThrow(/Cannot access/);
    expect(calls).toEqual(['send dj:run', 'inject']);
  });
});
