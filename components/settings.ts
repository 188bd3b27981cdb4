// The reader's settings, kept in extension storage (sync, so they follow the browser profile).
import { storage } from 'wxt/utils/storage';

export type Kind = 'place' | 'program' | 'figure';
export const KINDS: Kind[] = ['place', 'program', 'figure'];
export type Lang = 'auto' | 'zh' | 'en';

export interface Settings {
  kinds: Record<Kind, boolean>;
  colors: Record<Kind, string>;
  /** Origins (https://example.com) where Dianjing runs on every page load. */
  sites: string[];
  lexicon: { places: string[]; programs: string[] };
  lang: Lang;
}

export const DEFAULT_SETTINGS: Settings = {
  kinds: { place: true, program: true, figure: true },
  colors: { place: '#1565c0', program: '#2e7d32', figure: '#c62828' },
  sites: [],
  lexicon: { places: [], programs: [] },
  lang: 'auto',
};

export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });

/** Settings with every field present, whatever an older version stored. */
export async function loadSettings(): Promise<Settings> {
  const s = (await settingsItem.getValue()) ?? DEFAULT_SETTINGS;
  return {
    kinds: { ...DEFAULT_SETTINGS.kinds, ...s.kinds },
    colors: { ...DEFAULT_SETTINGS.colors, ...s.colors },
    sites: s.sites ?? [],
    lexicon: { places: s.lexicon?.places ?? [], programs: s.lexicon?.programs ?? [] },
    lang: s.lang ?? 'auto',
  };
}
