// The story / whole-page setting: what the reader draws in each scope, and the stored setting's default.
import { describe, expect, it, vi } from 'vitest';

// settings.ts defines its storage items on import; Node has no extension storage to reach
vi.mock('wxt/utils/storage', () => ({ storage: { defineItem: () => ({}) } }));

import { marksInScope, otherScope } from '../../components/highlight-scope';
import { DEFAULT_SETTINGS, settingsFrom } from '../../components/settings';
import type { Entity } from '../../lib/types';

const mark = (start: number, text: string) => ({ entity: { type: 'place', start, end: start + text.length, text } as Entity });

describe('marksInScope', () => {
  const story = [mark(40, '樟树市'), mark(60, '宜春市'), mark(90, '临江镇')];
  const chrome = [mark(0, '北京市'), mark(70, '上海市'), mark(200, '南昌市')];

  it('story scope draws the story only: no chrome entity', () => {
    const drawn = marksInScope(story, chrome, 'story');
    expect(drawn.map((m) => m.entity.text)).toEqual(['樟树市', '宜春市', '临江镇']);
  });

  it('page scope draws chrome too, in text order', () => {
    const drawn = marksInScope(story, chrome, 'page');
    expect(drawn.map((m) => m.entity.start)).toEqual([0, 40, 60, 70, 90, 200]);
  });

  it('page scope on a page without chrome is the story', () => {
    expect(marksInScope(story, [], 'page')).toEqual(story);
  });

  it('the legend toggle flips between the two', () => {
    expect(otherScope('story')).toBe('page');
    expect(otherScope('page')).toBe('story');
  });
});

describe('the scope setting', () => {
  it('is the story by default', () => {
    expect(DEFAULT_SETTINGS.scope).toBe('story');
  });

  it('reads as the story from settings saved before it existed, and from a value that is no scope', () => {
    expect(settingsFrom({ lang: 'zh', kinds: { place: false } }).scope).toBe('story');
    expect(settingsFrom({ scope: 'everything' }).scope).toBe('story');
    expect(settingsFrom({ scope: 42 }).scope).toBe('story');
  });

  it('keeps the whole page when chosen, with the other settings untouched', () => {
    const s = settingsFrom({ scope: 'page', lang: 'en' });
    expect(s.scope).toBe('page');
    expect(s.lang).toBe('en');
  });
});
