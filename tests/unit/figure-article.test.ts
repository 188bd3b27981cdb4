import { describe, expect, it } from 'vitest';
import { findFigures } from '../../lib/figures';

// Classes of false hits on national news (issue #10), each tested with sentences of the same kind that are not
// the gold's own: 一 + measure word as the article "a", a clause that opens with 近N年, tiers of a structure.

const spans = (text: string) => findFigures(text).map((f) => f.text);

describe('一 + measure word as the article "a" is no figure', () => {
  const articles = [
    '记者在村口遇到一位正在晒谷的老人。',
    '他辞去工作，开了一家小小的面馆。',
    '去年秋天，一座新的图书馆在镇上落成。',
    '这是一扇通往外部世界的大门。',
    '一项针对大学生的问卷显示，就业仍是首要关切。',
    '一名快递员骑车经过路口时摔倒。',
    '桌上放着一张泛黄的老照片。',
    '该局一位不愿具名的负责人表示，方案仍在修改。',
    '双方在会后发表了一份联合声明。',
    '这是一次具有里程碑意义的会议。',
    '会上通过的一次性补助办法，今年起执行。',
    '这是一款面向年轻家庭的新车。',
    '门口站着一对年轻夫妇。',
    '空气中飘来一股烧焦的味道。',
    '临走时他留下一笔钱。',
    '她没说一声就走了。',
    '他们一面组织生产，一面抓紧培训。',
    '那是被耽误的一代。',
    '有一次，他在路上捡到一个钱包。',
    '在一次座谈会上，她提出了这个建议。',
    '事实再一次证明了这一点。',
    '他们一步一步走出了困境。',
    '她弯腰捡起一包旧衣服。',
  ];
  for (const text of articles) it(text, () => expect(spans(text)).toEqual([]));
});

describe('一 + measure word still counts where the text counts', () => {
  it('after only / at least', () => {
    expect(spans('全村只有一家超市。')).toEqual(['一家']);
    expect(spans('每个乡镇至少一所寄宿制学校。')).toEqual(['一所']);
  });
  it('as a share per unit: 每 / 各 / 户均 in its clause (not 每当)', () => {
    expect(spans('每个社区配备一名法律顾问。')).toEqual(['一名']);
    expect(spans('县里为各村聘请一位驻村医生。')).toEqual(['一位']);
    expect(spans('每当遇到一位困难群众，他都停下来。')).toEqual([]);
  });
  it('beside another count of the same measure word in its sentence', () => {
    expect(spans('事故造成一名乘客死亡、三名乘客受伤。')).toEqual(['一名', '三名']);
  });
  it('一次 after a verb is once, and units of measure stay figures', () => {
    expect(spans('每学期组织一次消防演练。')).toEqual(['一次']);
    expect(spans('一亩地能多收两百斤。')).toEqual(['一亩', '两百斤']);
    expect(spans('一人重伤，两人轻伤。')).toEqual(['一人', '两人']);
  });
  it('but not beside a number inside quotes, which is a name', () => {
    expect(spans('他们高举“两面旗帜”中的一面旗帜。')).toEqual([]);
  });
  it('只有一次 is a count, and a rule of 一X一X does not read a figure at the text start as its own partner', () => {
    expect(spans('只有一次，我错过了末班车。')).toEqual(['一次']);
    expect(spans('一天一夜的抢修')).toEqual(['一天', '一夜']);
  });
  it('counts above one are never articles', () => {
    expect(spans('两位专家和三家企业参加了论证。')).toEqual(['两位', '三家']);
  });
});

describe('近N年 that opens a clause is a period, not a figure', () => {
  it('drops the recent years at the head of a clause', () => {
    expect(spans('他介绍，近三年，全县新修道路不少。')).toEqual([]);
    expect(spans('最近五年里，这里变化很大。')).toEqual([]);
  });
  it('keeps a length after a verb, with 近 as its prefix', () => {
    const [f] = findFigures('工程历时近三年才完工。');
    expect([f.text, f.value, f.unit, f.approx]).toEqual(['近三年', 3, '年', 'about']);
    expect(spans('在近两年的时间里完成改造。')).toEqual(['近两年']);
  });
});

describe('numbered tiers of a structure are ranks, grades of force are figures', () => {
  it('drops tiers', () => {
    expect(spans('建立省市县三级联动机制。')).toEqual([]);
    expect(spans('形成县乡两级协同的格局。')).toEqual([]);
    expect(spans('打造了覆盖全域的五级防控体系。')).toEqual([]);
  });
  it('keeps wind and quake grades', () => {
    expect(spans('沿海将有七级大风。')).toEqual(['七级']);
    expect(spans('该县发生四级地震。')).toEqual(['四级']);
  });
});

describe('a numbered figure or table is no count', () => {
  it('如图4所示 / 如表2所列, while 41所学校 counts', () => {
    expect(spans('其结构如图4所示。')).toEqual([]);
    expect(spans('数据如表2所列。')).toEqual([]);
    expect(spans('全县共有41所学校。')).toEqual(['41所']);
  });
});

describe('units as written', () => {
  it('keeps 块 of 块钱 and reads hours of use as hours', () => {
    const [money] = findFigures('一斤菜贵了两块钱。').slice(-1);
    expect([money.text, money.value, money.unit]).toEqual(['两块钱', 2, '块']);
    const [hours] = findFigures('机组年均设备利用小时达4200利用小时。');
    expect([hours.text, hours.value, hours.unit]).toEqual(['4200利用小时', 4200, '小时']);
  });
});
