import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeQuoted, judgeTitle } from '../../lib/programs/quoted';
import { findPrograms } from '../../lib/programs';

const texts = (s: string) => findPrograms(s).map((p) => p.text);
const one = (s: string, name: string) => {
  const hits = findPrograms(s).filter((p) => p.text === name);
  expect(hits, `${name} in ${s}`).toHaveLength(1);
  return hits[0];
};

describe('quoted program names', () => {
  it('reaches the head noun across the field a brand works in, and reads 通办/易办 service names', () => {
    expect(one('打造“丰易办”政务服务品牌。', '丰易办').rule).toContain('head noun 品牌');
    expect(one('推行“跨省通办”，群众少跑腿。', '跨省通办').rule).toContain('通办');
    expect(texts('他说“这事不好办”。')).toEqual([]);
  });

  it('takes a quote followed by a head noun, without the quote marks', () => {
    const s = '该市推行“六办”机制，并开展“调研引路”活动。';
    const p = one(s, '六办');
    expect(s.slice(p.start, p.end)).toBe('六办');
    expect(s[p.start - 1]).toBe('“');
    expect(p.rule).toContain('head noun 机制');
    expect(one(s, '调研引路').rule).toContain('活动');
  });

  it('takes a quote after a trigger verb', () => {
    expect(one('全市实施“一乡一品”中药材基地建设。', '一乡一品').rule).toContain('trigger verb 实施');
    expect(one('今年启动2023年度“百企帮百村”，成效明显。', '百企帮百村').rule).toContain('启动');
  });

  it('takes a quote whose own ending names a program', () => {
    expect(one('企业通过“财园信贷通”获得贷款。', '财园信贷通').rule).toContain('信贷通');
    expect(one('组建“党建联盟”带动发展。', '党建联盟').rule).toContain('联盟');
    expect(one('评出20名“履职之星”。', '履职之星').rule).toContain('之星');
    expect(one('获得“洪工杯”一等奖。', '洪工杯').rule).toContain('杯');
  });

  it('takes a working model with +', () => {
    expect(one('通过“代表联络站+”工作模式收集意见。', '代表联络站+').rule).toMatch(/head noun 工作模式/);
    expect(one('形成“党支部+合作社+农户”的格局。', '党支部+合作社+农户').rule).toContain('+');
  });

  it('lets a short modifier stand between the quote and its head', () => {
    expect(one('开展“我为群众办实事”实践活动。', '我为群众办实事').rule).toContain('活动');
    expect(texts('举办“金点子”征集活动。')).toEqual([]);
  });

  it('lets a numbered slogan name its subject before the head', () => {
    expect(one('丰城“五好”园区建设提速。', '五好').rule).toContain('numbered slogan');
    expect(texts('村里有“三多”现象。')).toEqual([]);
  });

  it('takes responsibility systems and campaign years by their ending', () => {
    expect(one('推动“链长制”落地。', '链长制').rule).toContain('长制');
    expect(one('南通召开“营商环境提升年”动员会。', '营商环境提升年').rule).toContain('提升年');
    expect(one('开展“五星支部”创建。', '五星支部').rule).toContain('创建');
  });

  it('needs more than a weak trigger for lists and parallel slogans', () => {
    expect(texts('围绕“药、酒、盐、金”四大产业。')).toEqual([]);
    expect(texts('做到“应贷尽贷”。')).toEqual([]);
  });

  it('reads straight quote marks as web pages write them', () => {
    const s = '开展"三下乡"活动，实施"人才强市"战略，他说"好"。';
    expect(texts(s)).toEqual(['三下乡', '人才强市']);
    expect(s[findPrograms(s)[0].start - 1]).toBe('"');
  });

  it('shares the head noun after the last of listed quotes', () => {
    expect(texts('开展“放心岗”、“免检岗”活动。')).toEqual(['放心岗', '免检岗']);
  });

  it('rejects figures of speech, problems and people', () => {
    for (const s of [
      '不少“金点子”已转化为民生实事。',
      '激励代表当好“火车头”。',
      '清理“牛皮癣”小广告3000余处。',
      '破解融资难、“融资贵”问题。',
      '解决了4个村的“吃水难”问题。',
      '为“外卖小哥”提供歇脚点。',
      '该村被誉为“赣中小江南”。',
      '当好服务企业的“店小二”。',
      '打造乡村旅游“升级版”。',
    ]) expect(texts(s), s).toEqual([]);
  });

  it('rejects kinds of people but keeps programs ending like a place for people', () => {
    expect(texts('聘请30名“网格员”。')).toEqual([]);
    expect(texts('培育一批“新农人”。')).toEqual([]);
    expect(one('建成“职工之家”15个。', '职工之家').rule).toContain('之家');
  });

  it('rejects organizations and words that merely end in 通', () => {
    expect(texts('后又相继成立了“中国防伪行业协会”。')).toEqual([]);
    expect(texts('“中国电信”和“中国联通”之间的竞争。')).toEqual([]);
  });

  it('rejects quoted speech', () => {
    expect(texts('“有了联盟带路，种菜心里有底了。”种植户说。')).toEqual([]);
    expect(texts('他说：“这个项目好”。')).toEqual([]);
    expect(judgeQuoted('以前跑银行要准备一大摞材料', '', '江西仁和药业')).toBeNull();
  });

  it('rejects manner words before a service', () => {
    expect(texts('提供“一站式”服务和“保姆式”帮扶。')).toEqual([]);
    expect(texts('开展“点对点”服务，“零距离”服务群众。')).toEqual([]);
    expect(texts('坚持“红色”教育。')).toEqual([]);
  });

  it('keeps a figurative word when a core head follows it', () => {
    expect(texts('实施“菜篮子”工程。')).toEqual(['菜篮子']);
    expect(texts('发挥“火车头”作用。')).toEqual([]);
  });

  it('does not take a head that belongs to another word', () => {
    expect(texts('广东作为中国的“南大门”和改革开放的前沿。')).toEqual([]);
  });
});

describe('quoted themes of fairs', () => {
  it('takes a quote before a 推介会 or 招聘会 as the name of the event', () => {
    expect(texts('武宁县召开“一月一主题”招商推介会，签约项目15个。')).toEqual(['一月一主题']);
    expect(texts('举办“春风行动”专场招聘会')).toEqual(['春风行动']);
  });
});

describe('titles in 《》', () => {
  it('takes document titles', () => {
    expect(one('近日，《樟树市推进产业工人队伍建设改革工作方案》正式印发。', '樟树市推进产业工人队伍建设改革工作方案').rule).toContain('方案');
    expect(judgeTitle('中华人民共和国价格法', '学习')?.rule).toContain('法');
    expect(judgeTitle('水利产业政策', '贯彻落实')?.rule).toContain('落实');
    expect(judgeTitle('关于加快发展现代农业的若干意见', '')).not.toBeNull();
    expect(judgeTitle('农村人居环境整治三年行动实施方案（2023—2025年）', '')?.rule).toContain('方案');
  });

  it('rejects papers, books, songs and works', () => {
    expect(texts('据《人民日报》报道。')).toEqual([]);
    expect(texts('《江西日报》刊发评论。')).toEqual([]);
    expect(texts('观看话剧《虎踞钟山》。')).toEqual([]);
    expect(texts('管弦乐《红旗颂》拉开帷幕。')).toEqual([]);
    expect(judgeTitle('孙子兵法', '播出的')).toBeNull();
  });
});

describe('unquoted names', () => {
  it('finds national programs from the lexicon', () => {
    const p = one('围绕乡村振兴战略，发展特色产业。', '乡村振兴');
    expect(p.rule).toBe('national program lexicon');
    expect(one('把防控知识纳入“开学第一课”，加强教育。', '开学第一课').rule).toBe('national program lexicon');
    expect(texts('服务“六稳”“六保”大局，落实2022年政府工作报告')).toEqual(['六稳', '六保', '政府工作报告']);
    expect(texts('持续擦亮“好地方、事好办”金字招牌')).toEqual(['好地方、事好办']);
    expect(texts('为做好吉林省嫩江干流补充治理工程建设，江西省交通工程公司，樟树市重点工程')).toEqual(['嫩江干流补充治理工程']);
    expect(texts('发布《安宁疗护机构服务规范》《居家安宁疗护服务规范》4项地方标准')).toEqual(['安宁疗护机构服务规范', '居家安宁疗护服务规范']);
    expect(texts('现在的电力体制改革偏离初衷，作为纲领性文件“五号文件”明确规定')).toEqual(['电力体制改革', '五号文件']);
  });

  it('finds trigger-led names ending in a program head', () => {
    expect(one('宜春明月山机场开始执行2023年冬航季航班计划。', '冬航季航班计划').rule).toContain('计划');
    expect(one('樟树市深入推进清廉政府采购建设，成效明显。', '清廉政府采购建设').rule).toContain('建设');
    expect(texts('深化医药卫生体制改革')).toEqual(['医药卫生体制改革']);
  });

  it('reads 实现 before 机制 as part of a noun phrase, and knows national corridors', () => {
    expect(texts('持续深化生态产品价值实现机制改革。')).toEqual(['生态产品价值实现机制改革']);
    expect(texts('西部陆海新通道班列从重庆出发')).toEqual(['西部陆海新通道']);
  });

  it('skips generic heads and words that carry on', () => {
    expect(texts('加快推进项目建设，深化改革，启动专项行动。')).toEqual([]);
    expect(texts('认真贯彻落实计划生育基本国策。')).toEqual([]);
    expect(texts('推进城市建设。')).toEqual([]);
    expect(texts('持续开展整治行动。')).toEqual([]);
    expect(texts('把新发展理念落实到具体行动中。')).toEqual([]);
  });

  it('links a defined short form to its full name', () => {
    const s = '明确了今后三年产业工人队伍建设改革（以下简称“产改”）的目标任务。围绕产改，该市将举办竞赛。';
    const found = findPrograms(s);
    expect(found.map((p) => p.text)).toEqual(['产业工人队伍建设改革', '产改', '产改']);
    expect(new Set(found.map((p) => p.programId)).size).toBe(1);
    expect(found.every((p) => p.name === '产业工人队伍建设改革')).toBe(true);
    expect(found[2].rule).toContain('another mention');
  });

  it('takes a second name joined by 和 to a trigger-led one, not a clause after it', () => {
    expect(texts('深化农村集体产权制度改革和农业水价综合改革。')).toEqual(['农村集体产权制度改革', '农业水价综合改革']);
    expect(texts('深化农村集体产权制度改革和推进城市建设。')).toEqual(['农村集体产权制度改革']);
  });

  it('reads a book after 学习 as no program, a document after it as one', () => {
    expect(texts('组织党员学习《习近平谈治国理政》第四卷。')).toEqual([]);
    expect(texts('组织党员学习《江西省乡村振兴促进条例》。')).toEqual(['江西省乡村振兴促进条例']);
  });

  it('lets quotes listed after a trigger-led one share its verb, not figures of speech', () => {
    expect(texts('落实“六稳”“六保”任务。')).toEqual(['六稳', '六保']);
    expect(findPrograms('落实“六稳”“六保”任务。')[1].rule).toBe('quoted, in a list after the trigger verb 落实');
    expect(texts('推行“容缺受理”“火车头”。')).toEqual(['容缺受理']);
  });

  it('takes exhibitions and numbered appraisals as activities: “红色记忆”主题展览, “五美”庭院评选', () => {
    expect(texts('市民观看“红色记忆”主题展览，该县开展“五美”庭院评选。')).toEqual(['红色记忆', '五美']);
  });

  it('does not take a company defined with a short form', () => {
    expect(texts('国际商业信贷银行（以下简称国商银行）倒闭。')).toEqual([]);
  });
});

describe('mentions and ids', () => {
  it('counts every mention, quoted or not, under one id', () => {
    const s = '“财园信贷通”累计放贷6.39亿元。财园信贷通惠及136家企业，“财园信贷通”还将扩面。';
    const found = findPrograms(s);
    expect(found.map((p) => p.start)).toEqual([1, s.indexOf('财园信贷通惠'), s.lastIndexOf('财园信贷通')]);
    expect(new Set(found.map((p) => p.programId))).toEqual(new Set([1]));
  });

  it('looks for a short quoted name again only in quotes', () => {
    const s = '开展“三光”活动。“三光”效果好，三光荣精神。';
    expect(findPrograms(s).map((p) => p.start)).toEqual([3, s.indexOf('三光”效')]);
  });

  it('looks for a three-character name with a telling ending bare too', () => {
    const s = '“链长制”助推锂电产业。新余市深入实施产业链链长制。';
    expect(findPrograms(s).map((p) => p.start)).toEqual([1, s.lastIndexOf('链长制')]);
  });

  it('gives different programs different ids', () => {
    const found = findPrograms('推行“六办”机制，组建“党建联盟”，再推“六办”机制。');
    expect(found.map((p) => p.programId)).toEqual([1, 2, 1]);
  });

  it('takes the reader’s own lexicon', () => {
    const found = findPrograms('樟树市推进赣服通5.0版建设。', { programs: ['赣服通'] });
    expect(found.map((p) => [p.text, p.rule])).toEqual([['赣服通', 'user lexicon']]);
  });
});

describe('the Jiangxi e-paper fixture', () => {
  const page = readFileSync(new URL('../fixtures/epaper-jiangxi.txt', import.meta.url), 'utf8');
  const found = findPrograms(page);
  const names = new Set(found.map((p) => p.text));

  it('finds its programs', () => {
    for (const name of ['财园信贷通', '党建联盟', '履职之星', '代表联络站+', '六办', '产业工人队伍建设改革', '产改', '洪工杯', '清廉政府采购建设', '冬航季航班计划', '乡村振兴', '一乡一品'])
      expect(names.has(name), name).toBe(true);
    expect(names.has('樟树市推进产业工人队伍建设改革工作方案')).toBe(true);
  });

  it('leaves its figures of speech alone', () => {
    for (const word of ['融资贵', '火车头', '金点子', '牛皮癣', '外卖小哥', '吃水难']) expect(names.has(word), word).toBe(false);
  });

  it('never puts a quote mark inside a span', () => {
    for (const p of found) expect(p.text).not.toMatch(/[“”《》「」『』]/);
    for (const p of found) expect(page.slice(p.start, p.end)).toBe(p.text);
  });
});
