// dianjing read from the command line: the story as plain text, the blocks as JSON, stdin, bad arguments;
// and dianjing extract on HTML taking the reader's blocks (chrome holds no article).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

const BIN = join(__dirname, '../../bin/dianjing.mjs');
const dir = mkdtempSync(join(tmpdir(), 'dianjing-read-'));
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });

const BODY = '本报讯 江西省樟树市今年新建高标准农田3.2万亩，惠及农户1.5万户，亩均增收约400元。';
const PAGE = `<html><head><meta charset="gbk"><title>樟树新建农田_江西新闻网</title></head><body>
<nav><a href="/">首页</a> <a href="/nc">南昌新闻</a></nav><h1>樟树新建农田</h1><p>2024-03-05 来源：江西日报</p><p>${BODY}</p>
<div class="related"><a href="/1">九江市建成高标准农田五十万亩</a></div></body></html>`;
const path = join(dir, 'page.html');
writeFileSync(path, iconv.encode(PAGE, 'gbk'));

describe('dianjing read', () => {
  it('prints the headline, the date line and the body of a GBK page, nothing of its menu or related list', () => {
    const r = run(['read', path]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`樟树新建农田\n2024-03-05 来源：江西日报\n${BODY}\n`);
  });

  it('reads HTML from stdin the same way', () => {
    const r = run(['read', '-'], iconv.encode(PAGE, 'gbk'));
    expect(r.stdout).toBe(`樟树新建农田\n2024-03-05 来源：江西日报\n${BODY}\n`);
  });

  it('gives the blocks with their roles, the metadata and the kind as JSON', () => {
    const out = JSON.parse(run(['read', path, '--format', 'json']).stdout);
    expect(out.kind).toBe('story');
    expect(out.meta).toMatchObject({ headline: '樟树新建农田', siteName: '江西新闻网' });
    expect(out.blocks.map((b: { role: string }) => b.role)).toEqual(['nav', 'headline', 'date', 'body', 'related']);
    expect(out.framesNotRead).toEqual([]);
  });

  it('refuses an unknown format with a message', () => {
    const r = run(['read', path, '--format', 'xml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/unknown format: xml/);
  });

  it('lets dianjing extract take the blocks: one article, headed by the headline, no article for the related list', () => {
    const r = run(['extract', path]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.articles).toHaveLength(1);
    expect(out.articles[0].headline.text).toBe('樟树新建农田');
    expect(out.articles[0].date).toBe('2024-03-05');
    expect(out.articles[0].entities.some((e: { text: string }) => e.text === '九江市')).toBe(false);
  });
});
