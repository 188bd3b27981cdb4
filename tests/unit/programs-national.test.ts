// Programs of national news (issue #10): unquoted names by their head, short forms defined after a comma,
// quoted slogans with nested quotes, and quoted formulas that are no program. Phrases of the same kind as the
// issue's examples, not the dev pages' own.
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPrograms } from '../../lib/programs';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';

beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
afterAll(() => setSegmenter(null));

const texts = (s: string) => findPrograms(s).map((p) => p.text);

describe('unquoted names by their head', () => {
  it('takes a name before a program head without a trigger verb', () => {
    expect(texts('今年全区开展两轮农村道路清障专项行动。')).toEqual(['农村道路清障专项行动']);
    expect(texts('全市参加城镇职工基本医疗保险的人数增加。')).toEqual(['城镇职工基本医疗保险']);
    expect(texts('国家启动集体经营性建设用地入市改革试点。')[0]).toMatch(/^集体经营性建设用地入市改革/);
    expect(texts('农村宅基地制度改革试点稳慎推进。')).toEqual(['农村宅基地制度改革试点']);
    expect(texts('2023年农村供水保障工程全面完工。')).toEqual(['农村供水保障工程']);
    // a place before the name stays a place of its own
    expect(texts('黄河下游滩区治理工程全面完工。')).toEqual(['滩区治理工程']);
  });

  it('stops at the verbs, scopes and numbers of the clause', () => {
    expect(texts('他说城乡居民大病保险报销比例提高。')).toEqual(['城乡居民大病保险']);
    expect(texts('各地纳入种业振兴行动的企业增多。')).toEqual(['种业振兴行动']);
  });

  it('takes no bare common noun, category or verb of planning', () => {
    expect(texts('这一计划将于明年完成，相关工程已开工，该保险由财政补贴。')).toEqual([]);
    expect(texts('水利工程建设加快，军事行动结束，医疗保险费上调。')).toEqual([]);
    expect(texts('坚定不移深化改革，产值低于计划。')).toEqual([]);
    expect(texts('这家车企计划在明年推出新车，公司计划投资十亿元。')).toEqual([]);
    expect(texts('保险公司和工程师都来了。')).toEqual([]);
    expect(texts('无法采取有效行动，超额完成计划，新建小型水利工程，这是重大军事行动。')).toEqual([]);
    expect(texts('把教育综合改革作为重点，企业长远发展战略要清晰。')).toEqual([]);
  });

  it('takes a 示范区 awarded as a title, not a zone that is a place', () => {
    expect(texts('该市获评全国农村创业创新示范区。')).toEqual(['农村创业创新示范区']);
    expect(texts('该县争创国家生态文明建设示范区。')).toEqual(['国家生态文明建设示范区']);
    expect(texts('东营农业高新技术产业示范区位于黄河口。')).toEqual([]);
  });

  it('knows the yearly central document by name', () => {
    expect(texts('今年中央一号文件部署了粮食生产。')).toEqual(['中央一号文件']);
  });

  it('takes a guiding principle named before 方针', () => {
    expect(texts('全面贯彻新时代人才工作方针。')).toEqual(['新时代人才工作方针']);
  });

  it('leaves a measure word after a numeral or demonstrative, and an organization, out of the name', () => {
    expect(texts('委员会开始执行这项粮食援助计划。')).toEqual(['粮食援助计划']);
    expect(texts('修建3处尾矿污染治理工程。')).toEqual(['尾矿污染治理工程']);
  });

  it('leaves the head after a quoted name to the quote', () => {
    expect(texts('推行“千村示范”农房改造提升行动。')).toEqual(['千村示范']);
  });

  it('keeps a lexicon name without its head, as in its other mentions', () => {
    expect(texts('脱贫攻坚战取得全面胜利。')).toEqual(['脱贫攻坚']);
  });
});

describe('short forms defined in the text', () => {
  it('takes both names of X（简称“Y”） and of X，简称Y, and every later Y', () => {
    expect(texts('新型农村社会养老保险（简称“新农保”）试点扩大，新农保覆盖全县。')).toEqual(['新型农村社会养老保险', '新农保', '新农保']);
    expect(texts('全面推行城乡居民大病保险，简称大病险，大病险减轻了负担。')).toEqual(['城乡居民大病保险', '大病险', '大病险']);
  });
});

describe('quoted names', () => {
  it('takes a slogan of two clauses with nested quotes as one activity', () => {
    expect(texts('团委组织“写’清风家书’，传廉洁家风”活动。')).toEqual(['写’清风家书’，传廉洁家风']);
  });

  it('takes no formula of figures joined by +', () => {
    expect(texts('产假实行“158天+15天”的规定。')).toEqual([]);
    expect(texts('推广“龙头企业+合作社+农户”模式。')).toEqual(['龙头企业+合作社+农户']);
  });

  it('takes numbered slogans only when quoted', () => {
    expect(texts('落实“五个坚持”要求。')).toEqual(['五个坚持']);
    expect(texts('他做到了五个坚持。')).toEqual([]);
  });
});
