// The reader's settings, kept in extension storage (sync, so they follow the browser profile).
import { storage } from 'wxt/utils/storage';

export type Kind = 'place' | 'program' | 'figure';
export const KINDS: Kind[] = ['place', 'program', 'figure'];
export type Lang = 'auto' | 'zh' | 'en';
/** What gets highlights: the story only (chrome such as navigation and related lists left bare), or the whole page. */
export type HighlightScope = 'story' | 'page';
export const SCOPES: HighlightScope[] = ['story', 'page'];

export interface Settings {
  kinds: Record<Kind, boolean>;
  colors: Record<Kind, string>;
  /** Origins (https://example.com) where Dianjing runs on every page load. */
  sites: string[];
  lexicon: { places: string[]; programs: string[] };
  lang: Lang;
  scope: HighlightScope;
}

export const DEFAULT_SETTINGS: Settings = {
  kinds: { place: true, program: true, figure: true },
  colors: { place: '#1565c0', program: '#2e7d32', figure: '#c62828' },
  sites: [],
  lexicon: { places: [], programs: [] },
  lang: 'auto',
  scope: 'story',
};

export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });

/**
 * Settings too large for sync storage (its quota is 8 KB an item: a long lexicon passes it) are kept on
 * this device instead of being lost; they win over the synced ones until a save fits sync again.
 */
export const deviceSettingsItem = storage.defineItem<{ settings: Settings } | null>('local:settingsOnDevice', { fallback: null });

/** Where a save landed: synced across the profile's browsers, or on this device only. */
export type SavedTo = 'sync' | 'device';

export async function saveSettings(next: Settings): Promise<SavedTo> {
  try {
    await settingsItem.setValue(next);
  } catch {
    // sync's quota is full (8 KB an item, 100 KB in all): local storage holds megabytes
    await deviceSettingsItem.setValue({ settings: next });
    return 'device';
  }
  await deviceSettingsItem.removeValue();
  return 'sync';
}

/** Calls `changed` whenever the settings change, synced or on this device; returns the unwatch. */
export function watchSettings(changed: () => void): () => void {
  const unwatchSync = settingsItem.watch(changed);
  const unwatchDevice = deviceSettingsItem.watch(changed);
  return () => {
    unwatchSync();
    unwatchDevice();
  };
}

const LANGS: Lang[] = ['auto', 'zh', 'en'];
const COLOR = /^#[0-9a-f]{6}$/i;

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** A word list as stored, or as an older or hand-edited value (one string, one word a line): strings only. */
function words(v: unknown): string[] {
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split('\n') : [];
  return list.filter((w): w is string => typeof w === 'string').map((w) => w.trim()).filter(Boolean);
}

/**
 * Settings with every field present and of the right type, whatever an older version (or
 * a corrupt sync) stored: a field that does not fit falls back to its default, and a
 * colour must be #rrggbb, since it goes into the page's stylesheet.
 */
export async function loadSettings(): Promise<Settings> {
  // both asked at once: one round trip to the browser's storage instead of two in a row
  const [device, synced] = await Promise.all([deviceSettingsItem.getValue(), settingsItem.getValue()]);
  return settingsFrom(record(device).settings ?? synced);
}

/** A stored value of any shape made into whole Settings (see loadSettings). */
export function settingsFrom(stored: unknown): Settings {
  const s = record(stored);
  const kinds = record(s.kinds);
  const colors = record(s.colors);
  const lexicon = record(s.lexicon);
  const pick = <T>(fallback: Record<Kind, T>, stored: Record<string, unknown>, ok: (v: unknown) => v is T) =>
    Object.fromEntries(KINDS.map((k) => [k, ok(stored[k]) ? stored[k] : fallback[k]])) as Record<Kind, T>;
  return {
    kinds: pick(DEFAULT_SETTINGS.kinds, kinds, (v): v is boolean => typeof v === 'boolean'),
    colors: pick(DEFAULT_SETTINGS.colors, colors, (v): v is string => typeof v === 'string' && COLOR.test(v)),
    sites: words(s.sites).filter((o) => /^https?:\/\/[^/\s]+$/i.test(o)),
    lexicon: { places: words(lexicon.places), programs: words(lexicon.programs) },
    lang: LANGS.includes(s.lang as Lang) ? (s.lang as Lang) : 'auto',
    // settings saved before the setting existed read as the default: the story only
    scope: SCOPES.includes(s.scope as HighlightScope) ? (s.scope as HighlightScope) : DEFAULT_SETTINGS.scope,
  };
}
