import { describe, expect, it } from 'vitest';
import { findTimes } from '../../lib/times';

const REF = '2023-03-15';
const spans = (text: string) => findTimes(text, REF).map(({ text: t, from, to }) => ({ t, from, to }));

describe('findTimes: words that bound a period belong to its span', () => {
  it('keeps 左右 and 许 after a clock time or a day', () => {
    expect(spans('3月5日上午9时20分左右，一辆货车')[0].t).toBe('3月5日上午9时20分左右');
    expect(spans('前日7时30分许，消防员赶到')[0].t).toBe('7时30分许');
    expect(spans('12日深夜2时许，')[0].t).toBe('12日深夜2时许');
  });
  it('reads 以后 as an open end and 以前 / 年前 as no known start', () => {
    expect(spans('9月份以后，订单回升')).toEqual([{ t: '9月份以后', from: '2023-09', to: undefined }]);
    expect(spans('2015年前已建成')).toEqual([{ t: '2015年前', from: undefined, to: undefined }]);
    expect(spans('2019年后陆续投产')).toEqual([{ t: '2019年后', from: '2019', to: undefined }]);
  });
  it('leaves 前 and 后 that start a word or a part of the year outside', () => {
    expect(spans('2016年前往上海').map((s) => s.t)).toEqual(['2016年']);
    expect(spans('2016年前三季度').map((s) => s.t)).toEqual(['2016年前三季度']);
    expect(spans('2016年后来又').map((s) => s.t)).toEqual(['2016年']);
  });
  it('runs a decade with 以来 to the page date', () => {
    expect(spans('1990年代以来，该国')).toEqual([{ t: '1990年代以来', from: '1990', to: '2023-03' }]);
  });
});

describe('findTimes: periods said in more than one piece', () => {
  it('joins a year, 的 and a quarter', () => {
    expect(spans('2012年的三季度，出口')).toEqual([{ t: '2012年的三季度', from: '2012-07', to: '2012-09' }]);
  });
  it('reads two years under one 年 as one period', () => {
    expect(spans('2011和2012年投资')).toEqual([{ t: '2011和2012年', from: '2011', to: '2012' }]);
    expect(spans('2011、2012年')[0].t).toBe('2011、2012年');
  });
  it('reads a year without 年 before a half-year', () => {
    expect(spans('2010上半年')).toEqual([{ t: '2010上半年', from: '2010-01', to: '2010-06' }]);
  });
  it('joins a season or holiday to the year before it, and finds none alone', () => {
    expect(spans('去年冬季用电')[0].t).toBe('去年冬季');
    expect(spans('今年秋季')).toEqual([{ t: '今年秋季', from: '2023-09', to: '2023-11' }]);
    expect(spans('今年春节假期，全市')[0].t).toBe('今年春节假期');
    expect(spans('夏季用电高峰')).toEqual([]);
  });
  it('finds a holiday named with its period word alone, outside its quote marks', () => {
    expect(spans('元旦假期，全市接待游客')).toEqual([{ t: '元旦假期', from: '2023-01', to: '2023-01' }]);
    expect(spans('“五一”假期，客流')[0].t).toBe('五一');
    expect(spans('中秋期间，景区')[0].t).toBe('中秋期间');
    expect(spans('2025中秋档，影院')[0].t).toBe('2025中秋档');
    expect(spans('2024年国庆黄金周')[0]).toEqual({ t: '2024年国庆黄金周', from: '2024-10', to: '2024-10' });
  });
  it('finds no holiday that names a prize or a greeting', () => {
    expect(spans('获得五一劳动奖章')).toEqual([]);
    expect(spans('祝大家中秋快乐')).toEqual([]);
  });
  it('finds a five-year plan and its first years before 收官 and 前N年', () => {
    expect(spans('“十三五”收官之年').map((x) => x.t)).toEqual(['十三五']);
    expect(spans('“十三五”前3年，投资').map((x) => x.t)).toEqual(['十三五', '前3年']);
    expect(spans('前3年亏损')).toEqual([]);
  });
  it('finds a part of the last century', () => {
    expect(spans('上世纪末，这里')).toEqual([{ t: '上世纪末', from: '1980', to: '1999' }]);
  });
  it('finds a decade named by its first year', () => {
    expect(spans('1970年代末')).toEqual([{ t: '1970年代末', from: '1977', to: '1979' }]);
  });
});

describe('findTimes: relative periods', () => {
  it('finds 过去 / 未来 N 年 from the page date', () => {
    expect(spans('过去5年里，')).toEqual([{ t: '过去5年', from: '2018', to: '2023' }]);
    expect(spans('未来三年')).toEqual([{ t: '未来三年', from: '2023', to: '2026' }]);
  });
  it('finds N 年来 up to the page date', () => {
    expect(spans('五年来，全县')).toEqual([{ t: '五年来', from: '2018', to: '2023-03' }]);
    expect(spans('近3年来投资')).toEqual([{ t: '近3年来', from: '2020', to: '2023-03' }]);
    expect(spans('2012年来').map((x) => x.t)).not.toContain('12年来');
  });
  it('finds a school year', () => {
    expect(spans('本学年共有')[0].t).toBe('本学年');
  });
});

describe('findTimes: a part of the day', () => {
  it('joins a part of the day to the day before it', () => {
    expect(spans('3月9日下午，全县召开')).toEqual([{ t: '3月9日下午', from: '2023-03-09', to: '2023-03-09' }]);
    expect(spans('6日晚，')[0].t).toBe('6日晚');
  });
  it('finds none alone', () => {
    expect(spans('下午，他们来到田间')).toEqual([]);
  });
});
