import { describe, expect, it } from 'vitest';
import { parseArabic, parseChinese, parseDigitString, parseMixed, toHalfWidth } from '../../lib/text/numbers';

describe('parseChinese', () => {
  const cases: Array<[string, number]> = [
    ['一千二百', 1200], ['二十万亿', 2e13], ['十五', 15], ['十', 10], ['万', 10000], ['三万五', 35000], ['一百五', 150],
    ['二百零三', 203], ['一万零五百', 10500], ['两千', 2000], ['一千万', 1e7], ['一亿五千万', 1.5e8], ['一千万亿', 1e15],
    ['十万八千', 108000], ['廿五', 25], ['兩萬', 20000], ['三億', 3e8], ['壹佰', 100], ['百万', 1e6],
  ];
  for (const [s, v] of cases) it(`${s} = ${v}`, () => expect(parseChinese(s)).toBe(v));
  for (const bad of ['一九', '十十', '三五', '万万', '百千', '']) it(`${bad || '(empty)'} is not a numeral`, () => expect(parseChinese(bad)).toBeNaN());
});

describe('parseDigitString', () => {
  it('reads years digit by digit', () => {
    expect(parseDigitString('一九九七')).toBe(1997);
    expect(parseDigitString('二〇二二')).toBe(2022);
    expect(parseDigitString('二○二二')).toBe(2022);
    expect(parseDigitString('二十')).toBeNaN();
  });
});

describe('parseMixed and parseArabic', () => {
  const cases: Array<[string, number]> = [
    ['3万4000', 34000], ['25万6千', 256000], ['1.5万', 15000], ['3541.07万', 35410700], ['1,100.9亿', 110090000000],
    ['6.39亿', 639000000], ['１．５万', 15000], ['1亿2000万', 1.2e8], ['3万5', 35000], ['１·６万', 16000], ['500', 500],
  ];
  for (const [s, v] of cases) it(`${s} = ${v}`, () => expect(parseMixed(s)).toBe(v));
  it('reads full-width digits, points and thousands commas', () => {
    expect(parseArabic('１２３．５')).toBe(123.5);
    expect(parseArabic('1,234,567')).toBe(1234567);
    expect(toHalfWidth('５００％')).toBe('500%');
  });
  it('keeps big numbers as numbers', () => {
    expect(parseMixed('9'.repeat(40))).toBeCloseTo(1e40, -30);
    expect(parseMixed('1'.repeat(400))).toBe(Infinity);
  });
});
