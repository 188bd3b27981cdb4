import { describe, expect, it } from 'vitest';
import { findFigures } from '../../lib/figures';

// Kinds of figures in national news (issue #10) that no gold sentence holds yet.

const read = (text: string) => findFigures(text).map((f) => [f.text, f.value, f.unit, f.approx]);

describe('an approximation word joins a fraction or a percentage in words (ANNOTATION.md § FIGURE)', () => {
  it('超过三分之一, 约三分之二', () => {
    expect(read('出口额占全国比重超过三分之一。')).toEqual([['超过三分之一', 1 / 3, undefined, 'over']]);
    expect(read('约三分之二的受访者表示满意。')).toEqual([['约三分之二', 2 / 3, undefined, 'about']]);
  });
  it('近百分之六十, 不到千分之五', () => {
    expect(read('近百分之六十的家庭用上了天然气。')).toEqual([['近百分之六十', 60, '%', 'about']]);
    expect(read('差错率不到千分之五。')).toEqual([['不到千分之五', 5, '‰', 'under']]);
  });
});

describe('a class of size named by a bare magnitude is no amount', () => {
  it('百亿级, 千亿元级, 亿吨级 are no figures; amounts beside them are', () => {
    expect(read('全省培育了8个百亿级产业集群。')).toEqual([['8个', 8, '个', undefined]]);
    expect(read('打造千亿元级新材料产业。')).toEqual([]);
    expect(read('新发现一个亿吨级油田。')).toEqual([]);
    expect(read('总投资百亿元。')).toEqual([['百亿元', 1e10, '元', undefined]]);
  });
});

describe('numbered political slogans written without quotes are no figures (ANNOTATION.md: numbers in slogans)', () => {
  for (const text of ['各级干部要善于统筹两个大局。', '必须坚持两个毫不动摇。', '始终牢记三个务必。', '坚持四项基本原则不动摇。', '推进三个一批项目建设。']) {
    it(text, () => expect(read(text)).toEqual([]));
  }
  it('the same words with a count stay figures', () => {
    expect(read('他往前走了三步。')).toEqual([['三步', 3, '步', undefined]]);
  });
});

describe('the base of a rate is no amount', () => {
  it('每百户, 每万人口, 每10万人口 are bases; the counts per base are figures', () => {
    expect(read('农村居民每百户拥有空调80台。')).toEqual([['80台', 80, '台', undefined]]);
    expect(read('每万人口全科医生数达到3.5名。')).toEqual([['3.5名', 3.5, '名', undefined]]);
    expect(read('每10万人口发病率下降。')).toEqual([]);
  });
  it('a population is a figure where no 每 makes it a base', () => {
    expect(read('全县总人口12万人。')).toEqual([['12万人', 120000, '人', undefined]]);
  });
});
