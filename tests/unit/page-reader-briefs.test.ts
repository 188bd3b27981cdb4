// A page of reports, each under its own <h2> below a section title: each report is a story, however short,
// once it holds a sentence.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../cli/read-input';

const report = (title: string, ...paragraphs: string[]) => `<div class="story"><h2>${title}</h2>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`;

describe('page reader: reports under headings', () => {
  it('reads three reports under their own h2 as three stories, the last one a single sentence of some thirty characters', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>县域</title></head><body><h1>县域</h1>
${report('九江推进农田水利建设', '九江市今年投入农田水利资金2.1亿元，新建和改造渠道360公里，受益农田面积达到12万亩。', '各县区同步完善小型水利设施，确保旱涝保收。')}
${report('吉安新建一批村级光伏电站', '吉安市今年新建村级光伏电站八十座，每座年发电收益约五万元，全部用于村集体经济。')}
${report('赣州新增高标准农田两万亩', '赣州市今年新增高标准农田两万亩，带动全市三千余户农民种植蔬菜和药材增收。')}
</body></html>`;
    const read = readHtml(html);
    expect(read.kind).toBe('stories');
    const heads = read.blocks.filter((b) => b.role === 'headline').map((b) => read.text.slice(b.start, b.end));
    expect(heads).toEqual(['九江推进农田水利建设', '吉安新建一批村级光伏电站', '赣州新增高标准农田两万亩']);
  });
});
