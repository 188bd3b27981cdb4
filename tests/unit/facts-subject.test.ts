import * as jieba from 'jieba-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';
import type { Entity, FigureEntity, PlaceEntity, TimeEntity } from '../../lib/types';
import { at, whole, subjectsOf as subjects } from './fact-spans';

// Figures placed by hand: these tests judge the subject rules, not the figure finder.
const figure = (text: string, s: string, unit: string, from = 0): FigureEntity => ({ type: 'figure', ...at(text, s, from), unit, value: 1 });
const place = (text: string, s: string): PlaceEntity => ({ type: 'place', ...at(text, s), name: s });
const time = (text: string, s: string): TimeEntity => ({ type: 'time', ...at(text, s) });

beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));

describe('fact subjects', () => {
  it('keeps a verb inside a news compound before the figure (种植面积, 营业收入)', () => {
    const text = '2023年全县蜜桔种植面积稳定在70万亩左右。';
    expect(subjects(text, [time(text, '2023年'), figure(text, '70万亩左右', '亩')])[0]).toMatch(/种植面积$/);
    const text2 = '全年实现营业收入486亿元。';
    expect(subjects(text2, [figure(text2, '486亿元', '元')])[0]).toMatch(/营业收入$/);
  });

  it('takes the verb phrase an amount measures, not who it was for', () => {
    const text = '今年为312家桔企和合作社发放贷款4.8亿元。';
    expect(subjects(text, [figure(text, '312家', '家'), figure(text, '4.8亿元', '元')])[1]).toBe('发放贷款');
  });

  it('never takes a place or 全县 into the subject', () => {
    const text = '南康区现有家具企业7500余家。';
    expect(subjects(text, [place(text, '南康区'), figure(text, '7500余家', '家')])[0]).toMatch(/家具企业$/);
    const text2 = '全县养殖户达1.1万户。';
    expect(subjects(text2, [figure(text2, '1.1万户', '户')])).toEqual(['养殖户']);
  });

  it('keeps 户均 and 年 with what they qualify', () => {
    const text = '带动村民户均年增收1.2万元。';
    expect(subjects(text, [figure(text, '1.2万元', '元')])[0]).toMatch(/户均年增收$/);
  });

  it('keeps a …率 or 满意度 phrase whole', () => {
    const text = '全县企业满意度达99.2%。';
    expect(subjects(text, [figure(text, '99.2%', '%')])).toEqual(['企业满意度']);
  });

  it('reads the counted noun after 的 and after a duration’s 内', () => {
    const text = '在温室种了6万平方米的原原种。';
    expect(subjects(text, [figure(text, '6万平方米', '平方米')])).toEqual(['原原种']);
    const text2 = '返校时需持48小时内核酸检测阴性证明。';
    expect(subjects(text2, [figure(text2, '48小时', '小时')])).toEqual(['核酸检测阴性证明']);
  });

  it('never returns a fragment such as 全部', () => {
    const text = '全县村集体经济收入全部达到10万元以上。';
    const [s] = subjects(text, [figure(text, '10万元以上', '元')]);
    expect(s).toBe('村集体经济收入');
  });

  it('gives a change the subject of the figure it changes', () => {
    const text = '发放贷款4.8亿元，同比增长15.6%。';
    expect(subjects(text, [figure(text, '4.8亿元', '元'), figure(text, '15.6%', '%')])).toEqual(['发放贷款', '发放贷款']);
  });

  it('pairs 分别 changes with the figures before them, in order', () => {
    const text = '接待游客120万人次、旅游综合收入2.1亿元，同比分别增长18.3%和21.5%。';
    const ents = [figure(text, '120万人次', '人次'), figure(text, '2.1亿元', '元'), figure(text, '18.3%', '%'), figure(text, '21.5%', '%')];
    const got = subjects(text, ents);
    expect(got[2]).toBe(got[0]);
    expect(got[3]).toMatch(/旅游综合收入$/);
  });

  it('gives every figure of a list the list’s subject', () => {
    const text = '对欧盟、美国、韩国分别进出口4.5万亿元、4万亿元和1.9万亿元。';
    const ents = [figure(text, '4.5万亿元', '元'), figure(text, '4万亿元', '元'), figure(text, '1.9万亿元', '元')];
    expect(subjects(text, ents)).toEqual(['进出口', '进出口', '进出口']);
  });

  it('goes over a comparison to the thing compared', () => {
    const text = '全市单位GDP能耗比2023年下降12%左右。';
    expect(subjects(text, [time(text, '2023年'), figure(text, '12%左右', '%')])[0]).toMatch(/GDP能耗$/);
  });

  it('never makes the figure’s unit or a per-unit its subject', () => {
    const text = '负氧离子浓度平均每立方厘米超3000个。';
    expect(subjects(text, [figure(text, '超3000个', '个')])[0]).toMatch(/负氧离子浓度$/);
  });

  it('takes what happened to counted people or events when no noun follows', () => {
    const text = '事故致使一人死亡、三人受伤。';
    expect(subjects(text, [figure(text, '一人', '人'), figure(text, '三人', '人')])).toEqual(['死亡', '受伤']);
  });

  it('keeps a place naming whose the counted people are', () => {
    const text = '欧盟对四名马里领导人实施制裁。';
    expect(subjects(text, [place(text, '马里'), figure(text, '四名', '名')])).toEqual(['马里领导人']);
  });

  it('reads the counted noun after an adjective of size or age and 的', () => {
    const text = '她生下一名只有8个多月大的女婴。';
    expect(subjects(text, [figure(text, '8个多月', '个月')])).toEqual(['女婴']);
  });

  it('goes over the time a figure is of to its subject', () => {
    const text = '村集体经济收入从2019年的不足5万元增加到去年的62万元。';
    const ents = [time(text, '2019年'), time(text, '去年'), figure(text, '不足5万元', '元'), figure(text, '62万元', '元')];
    expect(subjects(text, ents)).toEqual(['村集体经济收入', '村集体经济收入']);
  });

  it('keeps a suffix such as 员 with its noun', () => {
    const text = '配备专职网格员300余名。';
    expect(subjects(text, [figure(text, '300余名', '名')])).toEqual(['专职网格员']);
  });

  it('takes a one-character noun when that is all the sentence names (的村有23个)', () => {
    const text = '其中50万元以上的村有23个。';
    expect(subjects(text, [figure(text, '50万元以上', '元'), figure(text, '23个', '个')])[1]).toBe('村');
  });

  it('goes over a comparison that jieba reads as one word (增速|较前|三季度)', () => {
    const text = '增速较前三季度提高0.1个百分点。';
    expect(subjects(text, [time(text, '前三季度'), figure(text, '0.1个百分点', 'pp')])).toEqual(['增速']);
  });

  it('gives the end of a change the subject of its start (由…调整为, 从…扩至)', () => {
    const text = '将减除幅度由10％调整为30％；计划将产能从目前3万辆在2026年扩至12万辆。';
    const ents = [figure(text, '10％', '%'), figure(text, '30％', '%'), figure(text, '3万辆', '辆'), time(text, '2026年'), figure(text, '12万辆', '辆')];
    expect(subjects(text, ents)).toEqual(['减除幅度', '减除幅度', '产能', '产能']);
  });

  it('names every figure of a list ending in 的 and a noun by that noun', () => {
    const text = '电量分别执行每千瓦时0.26元、0.28元、0.328元的超发电价。';
    const ents = [figure(text, '0.26元', '元'), figure(text, '0.28元', '元'), figure(text, '0.328元', '元')];
    expect(subjects(text, ents)).toEqual(['超发电价', '超发电价', '超发电价']);
  });

  it('reads the rate a share is of after 的', () => {
    const text = '无论是一季度16.2％的同比增长率还是3月份的数据。';
    expect(subjects(text, [figure(text, '16.2％', '%')])[0]).toMatch(/增长率$/);
  });

  it('treats 多达 and 高达 as linking words', () => {
    const text = '仅仅推出的新车型就多达30多种。';
    expect(subjects(text, [figure(text, '30多种', '种')])).toEqual(['新车型']);
  });

  it('goes over the base of a share to what the share is of', () => {
    const text = '城镇土地使用税税额标准调整为现行标准的80％；车船税按照现行适用税额的50％征收。';
    expect(subjects(text, [figure(text, '80％', '%'), figure(text, '50％', '%')])).toEqual(['城镇土地使用税税额标准', '车船税']);
  });

  it('reads a share of a population as counting that population', () => {
    const text = '全市90%的行政村生活污水得到管控。';
    expect(subjects(text, [figure(text, '90%', '%')])[0]).toMatch(/^行政村/);
  });

  it('keeps nouns joined by 和 as one counted phrase', () => {
    const text = '共有26个国家和地区的汽车厂商参展。';
    expect(subjects(text, [figure(text, '26个', '个')])).toEqual(['国家和地区']);
  });

  it('never makes the rest of a time word or an adverb a subject', () => {
    const text = '经过整整10年的努力，他们建成基地。';
    expect(subjects(text, [figure(text, '10年', '年')])[0]).not.toBe('整整');
  });

  it('does not read what money is spent on as what it counts', () => {
    const text = '从社会保险金中调剂236.66万元予以救助。';
    expect(subjects(text, [figure(text, '236.66万元', '元')])[0]).not.toBe('予以救助');
  });

  it('gives a span of time framing a count the subject of that count', () => {
    const text = '返校后在72小时内由学校组织安排2次核酸检测。';
    expect(subjects(text, [figure(text, '72小时', '小时'), figure(text, '2次', '次')])).toEqual(['核酸检测', '核酸检测']);
  });

  it('gives a count after 其中 the subject of the figure it is part of', () => {
    const text = '开发设计23项新产品，其中有4项达到国家先进水平。';
    expect(subjects(text, [figure(text, '23项', '项'), figure(text, '4项', '项')])).toEqual(['新产品', '新产品']);
  });

  it('keeps 以上 between nouns and 可 before a verb inside a phrase', () => {
    const text = '其中规模以上企业32家，农民人均可支配收入达2.3万元。';
    expect(subjects(text, [figure(text, '32家', '家'), figure(text, '2.3万元', '元')])).toEqual(['规模以上企业', '农民人均可支配收入']);
  });

  it('prefers the noun before a count to the verb after it, and goes over 预计 and the doing verb', () => {
    const text = '实施产业项目156个，带动脱贫户3200余户增收，粮食产量预计增加800吨。';
    const ents = [figure(text, '156个', '个'), figure(text, '3200余户', '户'), figure(text, '800吨', '吨')];
    expect(subjects(text, ents)).toEqual(['产业项目', '脱贫户', '粮食产量']);
  });
});
