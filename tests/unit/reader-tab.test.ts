// The reader is injected into a tab only when no reader there answers the ping.
import { describe, expect, it } from 'vitest';
import { askReader, ensureReader, type TabApi } from '../../components/reader-tab';

/** A tab that holds a reader once the script is injected; it records every call. */
function fakeTab({ loaded = false, injectFails = false, pingAnswer = true as unknown } = {}) {
  const calls: string[] = [];
  const api: TabApi = {
    tabs: {
      async sendMessage(_tabId, message) {
        const type = (message as { type: string }).type;
        calls.push(`send ${type}`);
        if (!loaded) throw new Error('Could not establish connection. Receiving end does not exist.');
        return type === 'dj:ping' ? pingAnswer : { on: true };
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
  it('injects into a tab with no reader, then sends', async () => {
    const { api, calls } = fakeTab();
    expect(await askReader(1, { type: 'dj:run' }, api)).toEqual({ on: true });
    expect(calls).toEqual(['send dj:ping', 'inject', 'send dj:run']);
  });

  it('does not inject again into a tab whose reader answers', async () => {
    const { api, calls } = fakeTab();
    await askReader(1, { type: 'dj:run' }, api);
    calls.length = 0;
    await askReader(1, { type: 'dj:toggle' }, api);
    expect(calls).toEqual(['send dj:ping', 'send dj:toggle']);
  });

  it('says whether it injected', async () => {
    const { api } = fakeTab({ loaded: true });
    expect(await ensureReader(1, api)).toBe(false);
    expect(await ensureReader(2, fakeTab().api)).toBe(true);
  });

  it('takes a reader that answers the ping with nothing (one older than the ping) as there', async () => {
    const { api, calls } = fakeTab({ loaded: true, pingAnswer: undefined });
    expect(await ensureReader(1, api)).toBe(false);
    expect(calls).toEqual(['send dj:ping']);
  });

  it('lets a failed injection throw, so the caller can say the page cannot be read', async () => {
    const { api, calls } = fakeTab({ injectFails: true });
    await expect(askReader(1, { type: 'dj:run' }, api)).rejects.toThrow(/Cannot access/);
    expect(calls).toEqual(['send dj:ping', 'inject']);
  });
});
