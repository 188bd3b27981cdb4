import * as jieba from 'jieba-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';
import type { Entity, FigureEntity } from '../../lib/types';
import { at, subjectsOf as subjects } from './fact-spans';

// Figures placed by hand: these tests judge the subject rules of the fifth facts round (figures beside their phrase,
// counts whose noun is left out). Each sentence is written for the test, of the kind the rule is for.
const figure = (text: string, s: string, unit: string, from = 0): FigureEntity => ({ type: 'figure', ...at(text, s, from), unit, value: 1 });
const place = (text: string, s: string): Entity => ({ type: 'place', ...at(text, s) });

beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));

describe('subject: a value in brackets after its phrase', () => {
  it('is the value of the phrase before the bracket, not of what a comparison before it compares', () => {
    const text = '该县的城镇化率(61.2%)已经超过全省的平均水平(58.4%)。';
    const figs = [figure(text, '61.2%', '%'), figure(text, '58.4%', '%')];
    expect(subjects(text, figs)).toEqual(['城镇化率', '平均水平']);
  });
  it('goes over an adjective said of the phrase', () => {
    const text = '这种进口药的价格一直很高（六七百元一盒），不少患者只好放弃。';
    expect(subjects(text, [figure(text, '六七百元', '元')])).toEqual(['进口药的价格']);
  });
  it('leaves a bracket after a time to the figure before it (比上年(3万人))', () => {
    const text = '游客人数达到5万人，比上年(3万人)多出不少。';
    expect(subjects(text, [figure(text, '5万人', '人'), figure(text, '3万人', '人')])[1]).not.toBe('上年');
  });
});

describe('subject: a measure named after it by 是', () => {
  it('is the head noun after 是 and 的', () => {
    const text = '谁能说100公里就是长跑的极限呢？';
    expect(subjects(text, [figure(text, '100公里', '公里')])).toEqual(['极限']);
  });
  it('reads over a comma and 正', () => {
    const text = '18岁，正是求学的年龄，他却外出打工。';
    expect(subjects(text, [figure(text, '18岁', '岁')])).toEqual(['年龄']);
  });
  it('is not taken for a count, whose 是 says what kind the counted are', () => {
    const text = '评审组共有9人，其中5名是外地来的专家。';
    const figs = [figure(text, '9人', '人'), figure(text, '5名', '名')];
    expect(subjects(text, figs)[1]).not.toBe('专家');
  });
  it('is not taken for a span of time', () => {
    const text = '今后三年，是全面推进乡村振兴的关键时期。';
    expect(subjects(text, [figure(text, '三年', '年')])).not.toEqual(['关键时期']);
  });
});

describe('subject: a count whose noun is left out', () => {
  it('counts what the same measure word counted before in the sentence', () => {
    const text = '全镇的12座水库中有9座是上世纪修建的。';
    expect(subjects(text, [figure(text, '12座', '座'), figure(text, '9座', '座')])).toEqual(['水库', '水库']);
  });
  it('never starts its phrase with a linking verb', () => {
    const text = '参赛的企业里，8家是本地民营企业。';
    expect(subjects(text, [figure(text, '8家', '家')])[0] ?? '').not.toMatch(/^是/);
  });
  it('is of things that have something (有…的) when what they have is a noun', () => {
    const text = '偏远山区只能由两三家有实力的物流公司承担配送。';
    expect(subjects(text, [figure(text, '两三家', '家')])).toEqual(['物流公司']);
  });
});

describe('subject: a second value of one measure', () => {
  it('takes the measure of the value before it over a comma', () => {
    const text = '两种疗法相比，住院时间15天以上，5天左右；费用也少了一半。';
    const figs = [figure(text, '15天以上', '天'), figure(text, '5天左右', '天')];
    expect(subjects(text, figs)).toEqual(['住院时间', '住院时间']);
  });
  it('keeps its own noun when one follows it', () => {
    const text = '改造前漏水率30%，30%的管网需要更换。';
    const figs = [figure(text, '30%', '%'), figure(text, '30%', '%', 8)];
    expect(subjects(text, figs)[1]).toBe('管网');
  });
});

describe('subject: an amount before a total', () => {
  it('counts the total after it (36亿元总投资中)', () => {
    const text = '在绕城公路12亿元总投资中，民间资本占了四成。';
    expect(subjects(text, [place(text, '绕城公路'), figure(text, '12亿元', '元')])).toEqual(['总投资']);
  });
});

describe('subject: a count described by an adjective before 的', () => {
  it('counts the noun after 的 (走进一间又小又黑的仓库)', () => {
    const text = '记者走进一间又小又黑的仓库，里面堆满了杂物。';
    expect(subjects(text, [figure(text, '一间', '间')])).toEqual(['仓库']);
  });
  it('takes a noun of the aspect qualified (两台性能稳定的机床)', () => {
    const text = '厂里去年引进了两台性能稳定的机床。';
    expect(subjects(text, [figure(text, '两台', '台')])).toEqual(['机床']);
  });
  it('leaves a count whose own noun is followed by what it does (20位代表从各自不同的角度)', () => {
    const text = '来自各行业的20位代表从各自不同的角度提出建议。';
    expect(subjects(text, [figure(text, '20位', '位')])).toEqual(['代表']);
  });
  it('leaves what the counted have (其中300多处有很高的价值)', () => {
    const text = '全村有900处老宅，其中300多处有很高的文物价值。';
    const figs = [figure(text, '900处', '处'), figure(text, '300多处', '处')];
    expect(subjects(text, figs)).toEqual(['老宅', '老宅']);
  });
});

describe('subject: a hedge of possibility between the phrase and its figure', () => {
  it('stays out of the phrase (投资回报可能是400万元)', () => {
    const text = '据测算，这笔投资回报可能是300万元。';
    expect(subjects(text, [figure(text, '300万元', '元')])).toEqual(['投资回报']);
  });
});

describe('subject: verbs of becoming link like 达', () => {
  it('leaves 变成 out of the phrase', () => {
    const text = '到了三季度，出口增长率变成了9.6%。';
    expect(subjects(text, [figure(text, '9.6%', '%')])).toEqual(['出口增长率']);
  });
  it('leaves 降至 and an adverb of manner out of the phrase', () => {
    const text = '经过治理，水库的含磷量迅速降至0.02毫克。';
    expect(subjects(text, [figure(text, '0.02毫克', '毫克')])).toEqual(['含磷量']);
  });
  it('reads 已有 as 已 and 有 (当地已有3000户)', () => {
    const text = '目前全县已有3000户安装了太阳能热水器。';
    expect(subjects(text, [figure(text, '3000户', '户')])[0] ?? '').not.toBe('已有');
  });
});

describe('subject: an amount after an act done by a named body', () => {
  it('is the act, without who did it', () => {
    const text = '为此，长江电影制片厂投入三千万元拍摄这部影片。';
    expect(subjects(text, [figure(text, '三千万元', '元')])).toEqual(['投入']);
  });
  it('keeps a compound whose noun is what the act is of (财政资金投入)', () => {
    const text = '去年财政资金投入8000万元。';
    expect(subjects(text, [figure(text, '8000万元', '元')])[0]).toContain('资金投入');
  });
});

describe('subject: a share followed by what its members do', () => {
  it('is the short predicate that ends its clause', () => {
    const text = '调查显示，61.2%支持延长假期，其余表示无所谓。';
    expect(subjects(text, [figure(text, '61.2%', '%')])).toEqual(['支持延长假期']);
  });
  it('is not a change to another figure', () => {
    const text = '服务业的比重由40.5%上升到46.1%。';
    const figs = [figure(text, '40.5%', '%'), figure(text, '46.1%', '%')];
    expect(subjects(text, figs)[0]).not.toBe('上升到');
  });
});

describe('subject: a count, a place and 的', () => {
  it('counts the noun after 的 (一位莫斯科的科学家)', () => {
    const text = '报告援引了两位柏林的经济学家的看法。';
    expect(subjects(text, [place(text, '柏林'), figure(text, '两位', '位')])).toEqual(['经济学家']);
  });
});
