import { describe, expect, it } from 'vitest';
import { findFigures } from '../../lib/figures';

// PD1998 misses where the corpus and ANNOTATION.md agree, tested with sentences of the same kind (not PD's own).

const read = (text: string) => findFigures(text).map((f) => [f.text, f.value ?? `${f.min}..${f.max}`, f.unit, f.approx]);

describe('figures PD and ANNOTATION.md both count', () => {
  it('N天才能: the days before 才 are a duration, not 天才 (genius)', () => {
    expect(read('审批要两天才能办完。')).toEqual([['两天', 2, '天', undefined]]);
    expect(read('他是个数学天才。')).toEqual([]);
  });
  it('翻了近两番: an approximation word between 翻 and its count', () => {
    expect(read('农民收入翻了近两番。')).toEqual([['翻了近两番', 4, 'times', 'about']]);
  });
  it('以0.3分之差: a margin of points, not a fraction', () => {
    expect(read('她以0.3分之差屈居亚军。')).toEqual([['0.3分', 0.3, '分', undefined]]);
    expect(read('占全省的三分之一。').map((f) => f[0])).toEqual(['三分之一']);
  });
  it('盆 counts pots, 盆地 is a basin', () => {
    expect(read('摆放鲜花3000盆。')).toEqual([['3000盆', 3000, '盆', undefined]]);
    expect(read('四川盆地和两盆地之间')).toEqual([]);
  });
});

describe('set phrases PD leaves out and ANNOTATION.md calls idioms or names', () => {
  for (const text of ['他千里迢迢赶来报名。', '运筹帷幄，决胜千里之外。', '这是一代人的记忆。', '女子三米板决赛今晚举行。', '一方有难，八方支援。', '他骑着小三轮去赶集。', '年轻人志在千里。']) {
    it(text, () => expect(read(text)).toEqual([]));
  }
});

describe('两支部队 counts troops (支部 alone is a party branch)', () => {
  it('reads 支 before 部队 as the measure word', () => {
    expect(read('两支部队同时出发。')).toEqual([['两支', 2, '支', undefined]]);
    expect(read('成立了村党支部。')).toEqual([]);
  });
});
