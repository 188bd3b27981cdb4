import { describe, expect, it } from 'vitest';
import { findFigures } from '../../lib/figures';

/** The figures of a text as [span text, normalization] pairs. */
const figs = (text: string) => findFigures(text).map(({ text: t, value, min, max, unit, approx }) => ({ t, value, min, max, unit, approx }));

/** Expects exactly one figure with this span text and these normalized fields. */
function one(text: string, span: string, norm: { value?: number; min?: number; max?: number; unit?: string; approx?: string }) {
  const got = findFigures(text);
  expect(got.map((f) => f.text)).toEqual([span]);
  const f = got[0];
  expect(text.slice(f.start, f.end)).toBe(span);
  expect(text.indexOf(span)).toBe(f.start);
  for (const k of ['value', 'min', 'max'] as const) {
    if (norm[k] === undefined) expect(f[k]).toBeUndefined();
    else expect(f[k]).toBeCloseTo(norm[k] as number, 6);
  }
  expect(f.unit).toBe(norm.unit);
  expect(f.approx).toBe(norm.approx);
}

describe('findFigures: spans and normalization (ANNOTATION.md § FIGURE)', () => {
  const cases: Array<[string, string, Parameters<typeof one>[2]]> = [
    ['全村流转土地500亩。', '500亩', { value: 500, unit: '亩' }],
    ['种植面积7000多亩', '7000多亩', { value: 7000, unit: '亩', approx: 'over' }],
    ['人均增收超7000元', '超7000元', { value: 7000, unit: '元', approx: 'over' }],
    // 超过 / 接近 / 将近 are approximation prefixes inside the span (ANNOTATION.md § FIGURE); 不超过 is a limit
    ['外贸增速均超过10%。', '超过10%', { value: 10, unit: '%', approx: 'over' }],
    ['利率不超过3%', '3%', { value: 3, unit: '%' }],
    ['出口额接近500亿美元', '接近500亿美元', { value: 50000000000, unit: '美元', approx: 'about' }],
    ['将近两千名游客', '将近两千名', { value: 2000, unit: '名', approx: 'about' }],
    ['逾百家企业参展', '逾百家', { value: 100, unit: '家', approx: 'over' }],
    ['不足三成的农户', '不足三成', { value: 30, unit: '%', approx: 'under' }],
    // tenths are percentages: 约九成 → 90 %, 六成以上 → 60 %, over
    ['约七成居民支持', '约七成', { value: 70, unit: '%', approx: 'about' }],
    ['五成以上的村', '五成以上', { value: 50, unit: '%', approx: 'over' }],
    // a unit stays as written: 周岁 is not 岁
    ['未满6周岁的儿童', '6周岁', { value: 6, unit: '周岁' }],
    // half a unit: after the unit (两年半) or alone (半个月), but 上半年 is a time
    ['用了两年半的时间', '两年半', { value: 2.5, unit: '年' }],
    ['停机半个月后销号', '半个月', { value: 0.5, unit: '个月' }],
    // a bare magnitude with 余 / 多 counts with any measure word: 百余折, 千余帧
    ['创作歌曲百余首', '百余首', { value: 100, unit: '首', approx: 'over' }],
    // a bare amount that a money word leads in is yuan
    ['政府在水利上投入 200万，回报更多', '200万', { value: 2000000, unit: '元' }],
    ['项目投资在50亿～80亿之间', '50亿～80亿', { min: 5000000000, max: 8000000000, unit: '元' }],
    // …a count of visits before it gives 人次, a word for people after it 人
    ['全年游客人次达到2300万', '2300万', { value: 23000000, unit: '人次' }],
    ['帮助12万山区农民脱贫', '12万', { value: 120000, unit: '人' }],
    ['产量翻了一番多', '翻了一番多', { value: 2, unit: 'times', approx: 'over' }],
    ['船舶进出约2.1万艘次', '约2.1万艘次', { value: 21000, unit: '艘次', approx: 'about' }],
    // a rate's slash stays as written
    ['上网电价0.35元／千瓦时', '0.35元／千瓦时', { value: 0.35, unit: '元／千瓦时' }],
    ['客流强度1.2万人次/公里·日', '1.2万人次/公里·日', { value: 12000, unit: '人次/公里·日' }],
    ['浓度降至31.5微克/立方米', '31.5微克/立方米', { value: 31.5, unit: '微克/立方米' }],
    // …while a two-digit number of years after a verb counts them
    ['他从教55年获表彰', '55年', { value: 55, unit: '年' }],
    ['为纳税人减负180亿元', '180亿元', { value: 18000000000, unit: '元' }],
    ['用了一个月', '一个月', { value: 1, unit: '个月' }],
    ['六十周岁以上的老人', '六十周岁以上', { value: 60, unit: '周岁', approx: 'over' }],
    ['研发团队15个人左右', '15个人左右', { value: 15, unit: '人', approx: 'about' }],
    ['集装箱吞吐量3300万标准箱', '3300万标准箱', { value: 33000000, unit: '标准箱' }],
    ['带动4000余户脱贫', '4000余户', { value: 4000, unit: '户', approx: 'over' }],
    ['带动1.5万户农民增收', '1.5万户', { value: 15000, unit: '户' }],
    ['完成投资6.39亿元', '6.39亿元', { value: 639000000, unit: '元' }],
    ['吸引近万人参加', '近万人', { value: 10000, unit: '人', approx: 'about' }],
    ['覆盖率达86.4%', '86.4%', { value: 86.4, unit: '%' }],
    ['同比增长3%', '3%', { value: 3, unit: '%' }],
    ['提高3个百分点', '3个百分点', { value: 3, unit: 'pp' }],
    ['占比30%以上', '30%以上', { value: 30, unit: '%', approx: 'over' }],
    ['举办4场以上', '4场以上', { value: 4, unit: '场', approx: 'over' }],
    ['在15个工作日内办结', '15个工作日', { value: 15, unit: '个工作日' }],
    ['安置一千二百人', '一千二百人', { value: 1200, unit: '人' }],
    ['两千余名志愿者', '两千余名', { value: 2000, unit: '名', approx: 'over' }],
    ['投入三十几万元', '三十几万元', { value: 300000, unit: '元', approx: 'over' }],
    // a unit stays as written (issue #10): 块钱 is 块, as the unseen gold has 300多块钱
    ['月收入四五千块钱', '四五千块钱', { min: 4000, max: 5000, unit: '块' }],
    ['补助3至5万元', '3至5万元', { min: 30000, max: 50000, unit: '元' }],
    ['奖励1万-5万元', '1万-5万元', { min: 10000, max: 50000, unit: '元' }],
    ['投资50万元（含）以上的项目', '50万元（含）以上', { value: 500000, unit: '元', approx: 'over' }],
    ['余额123元1角1分', '123元1角1分', { value: 123.11, unit: '元' }],
    ['拨付3541.07万元', '3541.07万元', { value: 35410700, unit: '元' }],
    ['总额1,100.9亿', '1,100.9亿', { value: 110090000000 }],
    ['人口3万4000', '3万4000', { value: 34000 }],
    ['人口25万6千', '25万6千', { value: 256000 }],
    ['规模二十万亿', '二十万亿', { value: 2e13 }],
    ['占百分之三十', '百分之三十', { value: 30, unit: '%' }],
    ['增速为负3.9%', '负3.9%', { value: -3.9, unit: '%' }],
    ['降幅在5-20%之间', '5-20%', { min: 5, max: 20, unit: '%' }],
    ['产值翻一番', '翻一番', { value: 2, unit: 'times' }],
    ['产值增长2倍', '2倍', { value: 2, unit: 'times' }],
    ['流转５００亩', '５００亩', { value: 500, unit: '亩' }],
    ['养殖小龙虾387万亩', '387万亩', { value: 3870000, unit: '亩' }],
    ['共有45个村党组织', '45个', { value: 45, unit: '个' }],
    ['用时3年建成', '3年', { value: 3, unit: '年' }],
    ['一个多月', '一个多月', { value: 1, unit: '个月', approx: 'over' }],
    ['收购5千克', '5千克', { value: 5, unit: '千克' }],
    ['装机3万千瓦', '3万千瓦', { value: 30000, unit: '千瓦' }],
    ['历史1000多万年', '1000多万年', { value: 1e7, unit: '年', approx: 'over' }],
    ['贷款4万余元', '4万余元', { value: 40000, unit: '元', approx: 'over' }],
    ['十四点八万元', '十四点八万元', { value: 148000, unit: '元' }],
    ['约3000人', '约3000人', { value: 3000, unit: '人', approx: 'about' }],
    ['不足10%', '不足10%', { value: 10, unit: '%', approx: 'under' }],
    ['近500人左右', '近500人左右', { value: 500, unit: '人', approx: 'about' }],
    ['上百个项目', '上百个', { value: 100, unit: '个', approx: 'over' }],
    ['两三年后', '两三年', { min: 2, max: 3, unit: '年' }],
    ['十五六岁', '十五六岁', { min: 15, max: 16, unit: '岁' }],
    ['共兩萬人', '兩萬人', { value: 20000, unit: '人' }],
    ['三億元', '三億元', { value: 3e8, unit: '元' }],
    ['数百名群众', '数百名', { value: 100, unit: '名', approx: 'over' }],
    ['百分之百', '百分之百', { value: 100, unit: '%' }],
    // units as written (issue #10): km stays km, ℃ stays ℃, 平米 stays 平米; full-width letters read as ASCII
    ['跑了10km', '10km', { value: 10, unit: 'km' }],
    ['全程８ｋｍ', '８ｋｍ', { value: 8, unit: 'km' }],
    ['买套90平米的房子', '90平米', { value: 90, unit: '平米' }],
    ['速率２８．８ｋｂｐｓ', '２８．８ｋｂｐｓ', { value: 28.8, unit: 'kbps' }],
    ['升温5℃', '5℃', { value: 5, unit: '℃' }],
    ['零下5度', '零下5度', { value: -5, unit: '度' }],
    ['亩均收益3000元/亩', '3000元/亩', { value: 3000, unit: '元/亩' }],
    ['三分之一的农户', '三分之一', { value: 1 / 3 }],
    ['三十出头', '三十出头', { value: 30, approx: 'over' }],
    ['5800余万元', '5800余万元', { value: 58000000, unit: '元', approx: 'over' }],
    ['1.2万余人次', '1.2万余人次', { value: 12000, unit: '人次', approx: 'over' }],
    ['降低0.5个百分点', '0.5个百分点', { value: 0.5, unit: 'pp' }],
    ['500千伏', '500千伏', { value: 500, unit: '千伏' }],
    ['增长10%-20%', '10%-20%', { min: 10, max: 20, unit: '%' }],
    ['增速为-3.9%', '-3.9%', { value: -3.9, unit: '%' }],
    ['约1/3的农户', '1/3', { value: 1 / 3 }],
    ['１.５万元', '１.５万元', { value: 15000, unit: '元' }],
    ['超１０００萬元', '超１０００萬元', { value: 1e7, unit: '元', approx: 'over' }],
    ['近兩成', '近兩成', { value: 20, unit: '%', approx: 'about' }],
    ['新一任秘书长', '一任', { value: 1, unit: '任' }],
    ['提出3点建议', '3点', { value: 3, unit: '点' }],
    ['指数上涨10点', '10点', { value: 10, unit: '点' }],
    ['二十来岁', '二十来岁', { value: 20, unit: '岁', approx: 'about' }],
    ['万把块钱', '万把块钱', { value: 10000, unit: '块', approx: 'about' }],
    ['走进一户农家', '一户', { value: 1, unit: '户' }],
  ];
  for (const [text, span, norm] of cases) it(`${text} → ${span}`, () => one(text, span, norm));

  it('keeps verbs outside the span', () => {
    expect(figs('增长23.6%，突破100亿元，达到5000人').map((f) => f.t)).toEqual(['23.6%', '100亿元', '5000人']);
  });

  it('reads a number split by a line or column break as one figure', () => {
    const text = '完成投资4275万\n\n元，同比增长';
    const [f] = findFigures(text);
    expect(f).toMatchObject({ start: 4, end: 12, value: 42750000, unit: '元' });
    expect(f.text).toBe('4275万\n\n元');
  });

  it('does not reach across a paragraph break to a word that is no unit', () => {
    expect(findFigures('合计26\n本年度任务')).toEqual([]);
    expect(findFigures('共2022\n万众一心')).toEqual([]);
    expect(findFigures('人口56\n万，').map((f) => [f.text, f.value])).toEqual([['56\n万', 560000]]);
  });

  it('reads a range whose two ends carry the same unit as one span (ANNOTATION.md: ranges are one span)', () => {
    expect(findFigures('风力6级—8级').map((f) => [f.text, f.min, f.max, f.unit])).toEqual([['6级—8级', 6, 8, '级']]);
    // a year-like number with a unit of its own is no year
    expect(findFigures('每斤售价800元至1200元。').map((f) => [f.text, f.min, f.max, f.unit])).toEqual([['800元至1200元', 800, 1200, '元']]);
    expect(findFigures('票价14元—17元').map((f) => [f.text, f.min, f.max])).toEqual([['14元—17元', 14, 17]]);
  });

  it('keeps two figures where the ends differ in unit, and years apart', () => {
    expect(findFigures('3个村至5户').map((f) => f.text)).toEqual(['3个', '5户']);
    expect(findFigures('1998至2000年').filter((f) => f.min !== undefined)).toEqual([]);
  });

  it('counts numeral + measure word, 一 + measure word included (PD1998 counts 一位, 一张)', () => {
    expect(figs('他是一位老党员，写了一张纸条，去过两次').map((f) => f.t)).toEqual(['一位', '一张', '两次']);
  });
});

describe('findFigures: what is not a figure', () => {
  const none = [
    '第一', '荣获一等奖', '“1+N”模式', '三字诀', '打好十大攻坚战', '一县一品牌', '一户一策', '推出一批项目', '多家企业',
    '一些', '众多', '三面环水', '一刻钟便民生活圈', '四大商圈', '李四人民币', '电话0791-86895555', '2022年', '１９９８年',
    '一九九七年十二月三十一日', '10月29日', '进一步加强', '统一思想', '在一起工作', '一道前往', '十分重要', '千方百计',
    '千家万户', '一方面', '一次性补贴', '5G网络', 'G20峰会', '第3名', '下午3点', '8时30分', '八十年代', '万年县', '三门峡',
    '新一代', '上一年', '一点儿', '一系列', '二期工程', '零部件', '红十字会', '晴空万里', '数以千万计', '万象更新',
    '年轻一代', '欢聚一堂', '一百', '百姓', '3.5', '编号123456', '最多跑一次', '一点一点靠近', '十四五规划', '八一起义',
    '5A级景区', 'PM2.5', '一季度', '人民万岁', '居全省第2位', '一是加强领导', '零容忍', '赣服通5.0版', '第3/4', '2022/10/29', '10点开会', '晚上8点，', '进一步加强', '一发不可收拾', '下一步，该市将', '上一步',
    '麻鸡产业园一期投产', '地铁项目（二期）开工', '乘坐有轨电车2路', '秦山二期、三期', '千年古镇', '百年老店', '一车车新鲜辣椒', '一户户农家',
    '产量一茬不如一茬', '日子一年比一年好', '难题一个接一个', '一次又一次', '留给下一代',
    '一茬接着一茬干，一任接着一任干', '书记市长这一周', '新一年的工作', '新一轮太湖治理', '每一个人', '是一个地方的核心竞争力',
    '按照“凝聚一种精神、把握两个特征、增强三大动力、答好五大考题”的要求',
    '大屯镇东西五家子村', '五棵树镇八家子村', '平凤乡八家户村', '四棵树乡南山湾村',
    '东电股份的一位人士表示', '接到物价局的一份通知', '在北大万众楼二层', '近两年来特别是',
    '杭州祥符桥渡驾桥村四组', '（见本报昨天6版相关报道）', 'EQUUS（百年世纪）',
    // a numbered class is a name, a two-digit year a time, a second child a policy word, 上半年 a period
    // 一件 / 一种 used as "a"
    '读书是一件快乐的事', '诚信是一种品格', '成为一种习惯', '他做得最多的一件事，就是陪伴',
    '考入越剧三班学习', '写下“平安”二字', '进入全省前五名', '排名前20名的高校', '高二五班的学生', '89年调到县里工作', '她是二胎', '放开三孩政策', '上半年经济运行', '下半年开工',
  ];
  for (const text of none) it(text, () => expect(findFigures(text)).toEqual([]));
});

it('still counts issues of a course: 举办三期培训班', () => one('举办三期培训班', '三期', { value: 3, unit: '期' }));

describe('findFigures: robustness', () => {
  it('survives huge numbers without losing the span', () => {
    const text = '9'.repeat(40) + '亿元和' + '1'.repeat(400) + '元';
    const got = findFigures(text);
    expect(got).toHaveLength(2);
    expect(got[0].value).toBeCloseTo(1e48, -40);
    expect(got[1].end).toBe(text.length);
    expect(got[1].value).toBeUndefined(); // beyond a double: span kept, value dropped
  });

  it('does not read 1e308 as a figure and does not crash', () => {
    expect(() => findFigures('1e308元 ' + '１'.repeat(50000))).not.toThrow();
  });

  // speed is measured by npm run bench, not asserted here
  it('reads every figure of a megabyte of text', () => {
    const chunk = '2022年，全县完成投资6.39亿元，带动1.5万户农民增收，同比增长23.6%，一批项目落地。';
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const got = findFigures(text);
    expect(got.length).toBe(3 * Math.ceil(1_000_000 / chunk.length));
  });
});

describe('findFigures: doublings', () => {
  it('reads 翻亿番 as no figure: a doubling count is a small whole number', () => {
    expect(findFigures('翻亿番')).toEqual([]);
    expect(findFigures('翻两番')[0]).toMatchObject({ value: 4, unit: 'times' });
  });
});

describe('findFigures: invariants on random text', () => {
  it('returns in-bounds, ordered, non-overlapping spans whose text is the slice', async () => {
    const fc = (await import('fast-check')).default;
    const alphabet = '0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两零几多余超近约不到足以上下左右个元亩户人%％.．,，、至-－~年月日号第翻番倍百分之点\n “”《》ABCkm/';
    const char = fc.constantFrom(...alphabet);
    fc.assert(
      fc.property(fc.array(char, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        const got = findFigures(text);
        let last = 0;
        for (const f of got) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.text).toBe(text.slice(f.start, f.end));
          if (f.value !== undefined) expect(Number.isFinite(f.value)).toBe(true);
          last = f.end;
        }
      }),
      { seed: 20261126, numRuns: 3000 },
    );
  });
});

describe('findFigures: rules from the unseen regional pages', () => {
  it('reads a magnitude after 来 as part of the number', () => {
    one('去年我家民宿纯收入有20来万元。', '20来万元', { value: 200000, unit: '元', approx: 'about' });
  });

  it('leaves 前10个月 to the times (a period of statistics) but keeps 提前3个月 as a duration', () => {
    expect(figs('前10个月我国外贸进出口').map((f) => f.t)).toEqual([]);
    one('项目提前3个月完工', '3个月', { value: 3, unit: '个月' });
  });

  it('takes no count from a place named with 里 but keeps a length', () => {
    expect(figs('在十里街道、五里街道试点').map((f) => f.t)).toEqual([]);
    expect(figs('在千里河西走廊的军营里').map((f) => f.t)).toEqual(['千里']);
    one('走了十里路', '十里', { value: 10, unit: '里' });
  });

  it('reads 最后一米 as an idiom and 辆次 as a unit', () => {
    expect(figs('打通服务群众最后一米').map((f) => f.t)).toEqual([]);
    expect(figs('通关车辆日均1000辆次')[0]).toMatchObject({ t: '1000辆次', value: 1000, unit: '辆次' });
  });
});
