import { describe, expect, it } from 'vitest';
import { findTimes } from '../../lib/times';

const times = (text: string, ref?: string) => findTimes(text, ref).map(({ text: t, from, to }) => ({ t, from, to }));

describe('findTimes: spans and periods', () => {
  const REF = '2023-03-15';
  const cases: Array<[string, string, string | undefined, string | undefined, string?]> = [
    ['2022年，该市实现', '2022年', '2022', '2022'],
    ['10月29日，记者从', '10月29日', '2022-10-29', '2022-10-29', REF], // seven months ahead of the page: last year's
    ['今年1至10月', '今年1至10月', '2023-01', '2023-10', REF],
    ['2020年初以来', '2020年初', '2020-01', '2020-03'],
    ['2018年1－9月份', '2018年1－9月份', '2018-01', '2018-09'],
    ['从2015年1月至12月', '2015年1月至12月', '2015-01', '2015-12'],
    ['今年前三季度', '今年前三季度', '2023-01', '2023-09', REF],
    ['（一九九七年十二月三十一日）', '一九九七年十二月三十一日', '1997-12-31', '1997-12-31'],
    ['去年同期', '去年', '2022', '2022', REF],
    ['上月', '上月', '2023-02', '2023-02', REF],
    ['2024年2月底', '2024年2月底', '2024-02-21', '2024-02-29'],
    ['上世纪80年代', '上世纪80年代', '1980', '1989'],
    ['执行时限至“十四五”末', '十四五', '2021', '2025'],
    ['“十三五”时期', '十三五', '2016', '2020'],
    ['二十世纪九十年代', '二十世纪九十年代', '1990', '1999'],
    ['2015-2020年', '2015-2020年', '2015', '2020'],
    ['3月1日至7日', '3月1日至7日', '2023-03-01', '2023-03-07', REF],
    ['12月27日至1月3日', '12月27日至1月3日', '2022-12-27', '2023-01-03', '2023-01-05'],
    ['30日上午', '30日上午', '2022-12-30', '2022-12-30', '2023-01-05'], // the part of the day is the span's (the time gold: 2月8日下午)
    ['元月1日', '元月1日', '2023-01-01', '2023-01-01', REF],
    ['上午九时二十分', '上午九时二十分', undefined, undefined],
    ['一月十二日至十九日', '一月十二日至十九日', '2023-01-12', '2023-01-19', REF],
    ['同年7月至9月', '同年7月至9月', undefined, undefined, REF], // the year is an earlier one, not the page's
    ['2022-10-29', '2022-10-29', '2022-10-29', '2022-10-29'],
    ['今年上半年', '今年上半年', '2023-01', '2023-06', REF],
    ['截至2022年底', '2022年底', '2022-12', '2022-12'],
    ['１９９７年１１月末', '１９９７年１１月末', '1997-11-21', '1997-11-30'],
    ['昨天', '昨天', '2023-03-14', '2023-03-14', REF],
    ['2022年以来', '2022年以来', '2022', '2023-03', REF],
    ['2004年12月11－12日', '2004年12月11－12日', '2004-12-11', '2004-12-12'],
    ['2003年11月1日至2003年11月30日', '2003年11月1日至2003年11月30日', '2003-11-01', '2003-11-30'],
    ['2015年1月至2020年', '2015年1月至2020年', '2015-01', '2020'],
    ['一月五日', '一月五日', '2023-01-05', '2023-01-05', REF],
    ['明日起', '明日', '2023-03-16', '2023-03-16', REF],
  ];
  for (const [text, span, from, to, ref] of cases) {
    it(`${text} → ${span}`, () => {
      const got = findTimes(text, ref);
      expect(got.map((t) => t.text)).toEqual([span]);
      expect(got[0].start).toBe(text.indexOf(span));
      expect(got[0].from).toBe(from);
      expect(got[0].to).toBe(to);
    });
  }

  it('finds relative times without a refDate but leaves them unnormalized', () => {
    expect(times('今年1至10月')).toEqual([{ t: '今年1至10月', from: undefined, to: undefined }]);
    expect(times('10月29日')).toEqual([{ t: '10月29日', from: undefined, to: undefined }]);
  });

  it('finds 近年来 and clock times as spans', () => {
    expect(times('近年来，下午3时30分').map((t) => t.t)).toEqual(['近年来', '下午3时30分']);
  });
});

describe('findTimes: what is not a time', () => {
  for (const text of ['正月初三', '保存一月', '《光明日报》', '过去年份', '基本年薪', '线上年会', '这次年终报道', '投产后年产值', '目前', '3个月', '3年', '9号楼', '一年中', '此后年均增长', '5000年历史', '20个以上年份', '130·30日元', '三点意见'])
    it(text, () => expect(findTimes(text, '2023-03-15')).toEqual([]));
});

describe('findTimes: long numeral runs', () => {
  // (that the scan stays linear is measured by npm run bench; here only that it ends right)
  it('finds the one time after 100,000 numerals', () => {
    expect(findTimes('十'.repeat(100_000) + '，二十世纪')).toHaveLength(1);
  });
});

describe('findTimes: invariants on random text', () => {
  it('returns in-bounds, ordered spans with valid ISO periods', async () => {
    const fc = (await import('fast-check')).default;
    const alphabet = '0123456789０１２３４５６７８９一二三四五六七八九十〇年月日号份初底末上中下旬季度前半今去明本至到-－—时点分许公元世纪代近来\n ';
    const char = fc.constantFrom(...alphabet);
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        let last = 0;
        for (const t of findTimes(text, '2023-03-15')) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.text).toBe(text.slice(t.start, t.end));
          for (const d of [t.from, t.to]) if (d) expect(d).toMatch(/^-?\d{4}(-\d{2}(-\d{2})?)?$/);
          last = t.end;
        }
      }),
      { seed: 20261126, numRuns: 3000 },
    );
  });
});

describe('findTimes: the year\'s first months', () => {
  it('reads 前10个月 as January to October of the year', () => {
    expect(times('今年前10个月，全省外贸', '2024-11-20')).toEqual([{ t: '今年前10个月', from: '2024-01', to: '2024-10' }]);
    expect(times('江西前两个月进出口', '2024-03-20')).toEqual([{ t: '前两个月', from: '2024-01', to: '2024-02' }]);
  });

  it('leaves 提前3个月 (a duration) alone', () => {
    expect(times('提前3个月完成')).toEqual([]);
  });
});
