import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../cli/read-input';

const BIN = join(__dirname, '../../bin/dianjing.mjs');
const dir = mkdtempSync(join(tmpdir(), 'dianjing-cli-'));
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('dianjing, the built command', () => {
  it('runs the JavaScript bundle through bin/, loading no TypeScript and no tsx at run time', () => {
    // a module hook (on Node's loader thread) logs every module the command resolves
    const log = join(dir, 'resolved.log');
    const hooks = file('log-hooks.mjs', `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, r.url + '\\n');
  return r;
}`);
    const register = `data:text/javascript,import{register}from'node:module';register(${JSON.stringify(pathToFileURL(hooks).href)})`;
    // --jsonl runs in this process from the bundle (one page runs from the startup snapshot, in a child)
    const r = spawnSync(process.execPath, ['--import', register, BIN, 'extract', '--jsonl', '--jobs', '1'], { input: '{"id":1,"text":"江西省樟树市"}\n', encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).entities).toHaveLength(2);
    const urls = readFileSync(log, 'utf8').trim().split('\n');
    expect(urls.some((u) => u.endsWith('/dist/dianjing.mjs'))).toBe(true);
    expect(urls.filter((u) => /\.tsx?$|\/tsx\//.test(u))).toEqual([]);
  });

  it('answers a page from the startup snapshot exactly as from the bundle', () => {
    const fixtures = join(__dirname, '../fixtures');
    const bundle = join(__dirname, '../../dist/dianjing.mjs');
    // three sample pages, each in one of the formats (every fixture was compared by hand when this was written)
    const names = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).slice(0, 3);
    names.forEach((name, i) => {
      const args = ['extract', join(fixtures, name), '--format', ['json', 'csv', 'md'][i]];
      const viaBin = run(args);
      const viaBundle = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8' });
      expect(viaBin.status, viaBin.stderr).toBe(0);
      expect(viaBin.stdout, args.join(' ')).toBe(viaBundle.stdout);
    });
    // an HTML page too, by name and on stdin: the snapshot requires the DOM library when the page comes
    const page = join(fixtures, 'epaper-page.html');
    const html = readFileSync(page);
    for (const [args, input] of [[['extract', page], undefined], [['extract', '-'], html]] as const) {
      const viaBin = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
      const viaBundle = spawnSync(process.execPath, [bundle, ...args], { input, encoding: 'utf8' });
      expect(viaBin.status, viaBin.stderr).toBe(0);
      expect(JSON.parse(viaBin.stdout).articles.length, args.join(' ')).toBeGreaterThan(0);
      expect(viaBin.stdout, args.join(' ')).toBe(viaBundle.stdout);
    }
  });
});

describe('dianjing extract', () => {
  it('reads a GBK page by its declared charset and leaves scripts and hidden text out', () => {
    const html = '<html><head><meta charset="gbk"><title>标题栏</title><script>var 脚本="江西省"</script></head><body><h1>樟树新闻</h1><p>江西省樟树市</p><div style="display:none">隐藏文字</div></body></html>';
    const path = file('page.html', iconv.encode(html, 'gbk'));
    expect(readInput(path)).toBe('樟树新闻\n江西省樟树市');
    const r = run(['extract', path]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).chars).toBe('樟树新闻\n江西省樟树市'.length);
  });

  it('guesses GBK for an undeclared page that is not UTF-8', () => {
    expect(readInput(file('undeclared.html', iconv.encode('<p>南昌昌北国际机场</p>', 'gbk')))).toBe('南昌昌北国际机场');
  });

  it('rejects invalid UTF-8 in a .txt with the byte offset', () => {
    const r = run(['extract', file('bad.txt', Buffer.from([0xe6, 0xb1, 0x9f, 0xff, 0x41]))]);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim()).toMatch(/^dianjing: invalid UTF-8 .* at byte 3/);
  });

  it('rejects a binary file and a missing file with one line each', () => {
    const bin = run(['extract', file('x.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))]);
    expect(bin.status).not.toBe(0);
    expect(bin.stderr).toMatch(/binary/);
    const missing = run(['extract', join(dir, 'nope.txt')]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/no such file/);
  });

  it('refuses an unknown format', () => {
    const r = run(['extract', '-', '--format', 'xml'], 'x');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown format: xml/);
  });

  it('prints the facts table as CSV with its header', () => {
    const r = run(['extract', '-', '--format', 'csv'], '江西省樟树市今年种植500亩。');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe('article,figure,value,unit,approx,subject,place,time,sentence');
  });
});

describe('dianjing extract --jsonl', () => {
  it('answers each record in order, reports a malformed line by number and goes on', () => {
    const input = ['{"id":"a","text":"甲"}', '{not json', '{"id":"b"}', '{"id":"c","text":"丙丙"}'].join('\n') + '\n';
    const r = run(['extract', '--jsonl'], input);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'c']);
    expect(lines[1].articles).toEqual([{ start: 0, end: 2 }]);
    expect(r.stderr).toMatch(/line 2: malformed/);
    expect(r.stderr).toMatch(/line 3: malformed/);
    expect(r.status).toBe(1);
  });

  it('keeps entity offsets inside the text and carries the wire fields only', () => {
    const text = '2022年，江西省樟树市带动1.5万户农民增收，亩均纯利润超7000元。';
    const r = run(['extract', '--jsonl'], JSON.stringify({ id: 1, text }) + '\n');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    for (const e of out.entities) {
      expect(['place', 'program', 'figure', 'time']).toContain(e.type);
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(e.start).toBeLessThan(e.end);
    }
  });
});

describe('dianjing extract --jsonl facts', () => {
  it('carries one fact per figure with its subject, place (text, name, code) and time, as score.mjs reads them', () => {
    const text = '今年以来，江西省樟树市累计放贷6.39亿元。';
    const r = run(['extract', '--jsonl'], JSON.stringify({ id: 1, text }) + '\n');
    const out = JSON.parse(r.stdout);
    const figures = out.entities.filter((e: { type: string }) => e.type === 'figure');
    expect(out.facts.map((f: { start: number }) => f.start)).toEqual(figures.map((e: { start: number }) => e.start));
    const fact = out.facts[0];
    expect(text.slice(fact.start, fact.start + 6)).toBe('6.39亿元');
    expect(fact.place).toEqual({ text: '樟树市', name: '樟树市', code: '360982' });
    expect(fact.time).toEqual({ text: '今年以来' });
    expect(typeof fact.subject).toBe('string');
  });
});

describe('dianjing extract on huge input', () => {
  it('refuses a file past the size limit with one clear line, without reading it', () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 300 * 2 ** 20); // sparse: costs no disk
    const r = run(['extract', path]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^dianjing: .*huge\.txt is 300 MiB, more than the 256 MiB one run reads/);
  });

  it('streams a multi-megabyte page out as CSV, every article read', () => {
    const sample = readFileSync(join(__dirname, '../fixtures/epaper-jiangxi.txt'), 'utf8');
    const copies = 400; // about 1.9 million characters: more than one chunk
    const path = file('big.txt', Array.from({ length: copies }, () => sample).join('\n\n'));
    const r = spawnSync(process.execPath, [BIN, 'extract', path, '--format', 'csv'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(r.status).toBe(0);
    const one = run(['extract', '-', '--format', 'csv'], sample).stdout.split('\r\n').filter(Boolean).length - 1;
    const rows = r.stdout.split('\r\n').filter((l) => /^[^,]/.test(l)).length - 1;
    expect(one).toBeGreaterThan(20);
    expect(rows).toBeGreaterThanOrEqual(one * copies * 0.99);
  });
});
