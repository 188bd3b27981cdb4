import { describe, expect, it } from 'vitest';
import { factRow, neutralizeFormula, plainNumber, toTable, type FactRow } from '../../lib/export';
import type { Fact } from '../../lib/types';

const row = (over: Partial<FactRow> = {}): FactRow => ({
  article: '标题', figure: '6.39亿元', value: '639000000', unit: '元', approx: '', subject: '贷款', place: '樟树市', time: '2022年', sentence: '句子。', ...over,
});

describe('toTable', () => {
  it('writes RFC 4180 CSV: CRLF, quotes doubled, commas and newlines quoted', () => {
    const csv = toTable([row({ sentence: '他说："好",\n行' })], 'csv');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('article,figure,value,unit,approx,subject,place,time,sentence');
    expect(lines[1]).toBe('标题,6.39亿元,639000000,元,,贷款,樟树市,2022年,"他说：""好"",\n行"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    const csv = toTable([row({ subject: '=HYPERLINK("http://x")', place: '+1', time: '-2', article: '@SUM(A1)' })], 'csv');
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`,'+1,'-2,`);
    expect(neutralizeFormula('正常')).toBe('正常');
  });

  it('keeps TSV one record a line', () => {
    const tsv = toTable([row({ sentence: 'a\tb\nc' })], 'tsv');
    const lines = tsv.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1].split('\t')).toHaveLength(9);
  });

  it('escapes pipes in Markdown', () => {
    const md = toTable([row({ sentence: 'a|b' })], 'md');
    expect(md.split('\n')[1]).toBe('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    expect(md).toContain('a\\|b');
  });
});

describe('values', () => {
  it('prints big values without an exponent', () => {
    expect(plainNumber(2e13)).toBe('20000000000000');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(-3.9)).toBe('-3.9');
  });

  it('writes a range as min–max', () => {
    const fact = { article: 0, figure: { type: 'figure', start: 0, end: 5, text: '3至5万元', min: 30000, max: 50000, unit: '元' }, sentence: { start: 0, end: 5, text: '3至5万元' } } as Fact;
    expect(factRow(fact, 't').value).toBe('30000–50000');
  });
});
