import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDateline, readSmallNumber, readWebDate } from '../../lib/articles/head';
import { isHeadlineText, readLines } from '../../lib/articles/lines';
import { splitArticles } from '../../lib/articles';

const page = readFileSync(new URL('../fixtures/epaper-jiangxi.txt', import.meta.url), 'utf8');
const slice = (s: { start: number; end: number }) => page.slice(s.start, s.end);

describe('splitArticles on the Jiangxi e-paper fixture', () => {
  const articles = splitArticles(page);

  it('finds every item with its headline, in order', () => {
    expect(articles.map((a) => a.headline?.text ?? null)).toEqual([
      '樟树市“财园信贷通”累计放贷6.39亿元',
      '洲上乡500亩蔬菜基地喜获丰收',
      null, // the photo caption
      '樟树市开展“履职之星”评选活动',
      '《樟树市推进产业工人队伍建设改革工作方案》印发',
      '清廉政府采购建设见实效',
      '宜春明月山机场执行冬航季航班计划',
      '全国秋粮收购进度过半',
      '阁山镇整治“牛皮癣”小广告',
      '樟树中药材种植面积达12.5万亩',
      '临江镇为“外卖小哥”建起歇脚点',
    ]);
    articles.forEach((a, i) => expect(a.index).toBe(i));
  });

  it('leaves the masthead out and dates every article by it', () => {
    expect(page.slice(0, articles[0].start)).toContain('宜春日报');
    expect(articles[0].date).toBe('2023-11-08');
    expect(articles[9].date).toBe('2023-11-08');
  });

  it('keeps a paragraph cut mid-sentence by a column break inside its article', () => {
    const cut = page.indexOf('120余户农户');
    expect(articles[1].start).toBeLessThan(cut);
    expect(articles[1].end).toBeGreaterThan(cut);
    expect(slice(articles[1]).endsWith('（周金宇）')).toBe(true);
  });

  it('reads sub-headline, byline and dateline place', () => {
    expect(articles[0].subheadline?.text).toBe('为园区中小企业破解“融资贵”难题');
    expect(articles[0].byline?.text).toBe('本报讯（全媒体记者 黄晓丽 通讯员 邹文斌）');
    expect(articles[0].datelinePlace).toBeUndefined();
    expect(articles[1].byline?.text).toBe('本报樟树讯');
    expect(articles[1].datelinePlace).toBe('樟树');
    expect(articles[4].byline?.text).toBe('本报樟树讯（通讯员 胡志强）');
    expect(articles[9].byline?.text).toBe('特约通讯员 钟华平');
    expect(articles[7].datelinePlace).toBe('北京');
    expect(articles[7].date).toBe('2023-11-07');
  });

  it('makes the lone photo caption an article of its own', () => {
    expect(articles[2].caption).toBe(true);
    expect(slice(articles[2]).endsWith('杨帆 摄')).toBe(true);
    expect(articles.filter((a) => a.caption)).toHaveLength(1);
  });

  it('spans headline text at the right offsets', () => {
    for (const a of articles) if (a.headline) expect(slice(a.headline)).toBe(a.headline.text);
    for (const a of articles) if (a.byline) expect(slice(a.byline)).toBe(a.byline.text);
  });
});

describe('splitArticles on an indented e-paper page with kickers and footers', () => {
  const indented = readFileSync(new URL('../fixtures/epaper-jiangxi-indented.txt', import.meta.url), 'utf8');
  const articles = splitArticles(indented);

  it('finds the items, the caption among them', () => {
    expect(articles.map((a) => a.headline?.text ?? (a.caption ? 'caption' : null))).toEqual([
      '聚焦“三大战略”　奋力争先进位',
      'caption',
      '丰城“五好”园区建设提速',
      '高安：“赣服通”让群众办事不出村',
      '宜春开展“春风行动”',
    ]);
  });

  it('reads a byline under a three-line head and keeps the dateline place', () => {
    expect(articles[0].subheadline?.text).toBe('樟树市一季度签约项目32个');
    expect(articles[0].byline?.text).toBe('□ 全媒体记者 易文华');
    expect(articles[2].datelinePlace).toBe('丰城');
    expect(articles[3].datelinePlace).toBe('高安');
    expect(articles.every((a) => a.date === '2024-03-12')).toBe(true);
  });

  it('starts each article at its first ink, past the indentation', () => {
    for (const a of articles) expect(indented[a.start]).not.toMatch(/\s/);
  });
});

describe('splitArticles on small pages', () => {
  it('keeps a text with no structure as one article', () => {
    const text = '今年以来，樟树市持续深化改革，取得明显成效。全市经济运行稳中有进。';
    expect(splitArticles(text)).toEqual([{ index: 0, start: 0, end: text.length }]);
  });

  it('does not split at an intertitle inside a feature', () => {
    const text = [
      '山乡巨变看洲上',
      '本报记者 刘思远',
      '初冬时节，走进洲上乡，处处是产业兴旺的景象。',
      '产业兴起来',
      '过去，这里的农民靠种水稻为生，收入不高。',
      '腰包鼓起来',
      '如今，蔬菜基地带动农民人均增收3000余元。',
    ].join('\n');
    expect(splitArticles(text)).toHaveLength(1);
  });

  it('keeps a dated report with intertitles and an afterword as one article', () => {
    const text = [
      '本报讯（记者 樊亮）13岁的李某昨日在医院生下一名女婴。',
      '她已辍学与男友很早就相识',
      '18时许，记者来到这家医院。',
      '李某说，她早就辍学了。',
      '听到女儿怀孕母亲哭了',
      '7月29日，李某到医院检查。',
      '这次生育对她的身体影响很大 本报记者 惠禾 摄',
      '编后',
      '13岁的小李就这样懵懵懂懂地做了母亲。',
    ].join('\n');
    expect(splitArticles(text)).toHaveLength(1);
  });

  it('starts a headline-less brief after a paragraph signed by a person', () => {
    const text = [
      '简讯',
      '樟树市今年新建高标准农田3.2万亩，完成率达到百分之百，为粮食稳产增产打下了坚实基础。（李文）',
      '高安市日前举办农民丰收节，展销特色农产品200余种，吸引游客和市民两万余人次参与选购。（邹萍）',
      '（全文另发）',
    ].join('\n');
    expect(splitArticles(text).map((a) => a.start)).toEqual([0, text.indexOf('高安市')]);
  });

  it('starts a one-paragraph brief after a dated report', () => {
    const text = ['樟树药交会开幕', '本报讯 第54届全国药材药品交易会昨日开幕。', '高安建成物流园', '高安市物流园日前建成投用，年吞吐量达500万吨。'].join('\n');
    expect(splitArticles(text).map((a) => a.headline?.text)).toEqual(['樟树药交会开幕', '高安建成物流园']);
  });

  it('reads a text wrapped at a column width as running lines', () => {
    const text = [
      '樟树市持续深化财园信贷通融资模式',
      '本报讯 今年以来，樟树市持续深化财园信',
      '贷通融资模式，联合11家合作银行为园区企',
      '业提供免抵押、低利率的信用贷款，截至10',
      '月底，累计为园区136家中小企业发放贷款',
      '6.39亿元，企业平均融资成本下降1.2个百分',
      '点，有效缓解了小微企业融资难问题，受到',
      '企业普遍欢迎。',
      '洲上乡蔬菜基地喜获丰收',
      '本报樟树讯 连日来，洲上乡蔬菜基地一派繁',
      '忙景象，500亩芥菜迎来采收期。',
    ].join('\n');
    expect(splitArticles(text).map((a) => a.headline?.text)).toEqual(['樟树市持续深化财园信贷通融资模式', '洲上乡蔬菜基地喜获丰收']);
  });

  it('starts a headline-less brief at 本报讯 after a trailing author', () => {
    const text = ['樟树召开经济工作会议', '本报讯 会议要求全力稳增长。（李文）', '本报讯 近日，阁山镇开展环境整治。（邹萍）'].join('\n');
    expect(splitArticles(text).map((a) => a.start)).toEqual([0, text.indexOf('本报讯 近日')]);
  });

  it('splits a People’s Daily style page: headline, subheadline, byline name, then a new headline', () => {
    const text = [
      '李鹏在北京考察企业',
      '向广大职工祝贺新年',
      '新华社北京十二月三十一日电（记者张宿堂）今天是一九九七年的最后一天。',
      '陪同考察的还有北京市负责人。',
      '人民币汇率与东南亚金融动荡',
      '惠研',
      '去年７月以来的东南亚金融动荡受到各国广泛关注。',
    ].join('\n');
    const articles = splitArticles(text);
    expect(articles.map((a) => a.headline?.text)).toEqual(['李鹏在北京考察企业', '人民币汇率与东南亚金融动荡']);
    expect(articles[0].subheadline?.text).toBe('向广大职工祝贺新年');
    expect(articles[0].datelinePlace).toBe('北京');
    expect(articles[1].byline?.text).toBe('惠研');
    expect(articles[0].date).toBeUndefined(); // no year visible on the page
  });

  it('reads a column of dated briefs as one article each', () => {
    const text = [
      '国内简讯',
      '新华社南昌1月6日电 江西省今年将新建高标准农田200万亩。',
      '新华社长沙1月6日电 湖南省去年粮食产量再创新高。',
      '新华社武汉1月6日电 湖北省启动春运工作。',
    ].join('\n');
    expect(splitArticles(text).map((a) => a.start)).toEqual([0, text.indexOf('新华社长沙'), text.indexOf('新华社武汉')]);
  });

  it('does not start articles at law chapters, speech lines or round-up labels', () => {
    const law = ['价格法全文', '本报讯 全国人大常委会通过价格法。', '第二章经营者的价格行为', '第六条商品价格实行市场调节价。'].join('\n');
    expect(splitArticles(law)).toHaveLength(1);
    const speech = ['新春走基层', '本报讯 村里热闹非凡。', '有人问他想不想去城里，他说：“还是家乡好！”', '村民们都笑了。'].join('\n');
    expect(splitArticles(speech)).toHaveLength(1);
    const roundup = ['各地欢度元旦', '本报讯 各地群众喜迎新年。', '江西', '本报南昌1月5日电 南昌街头张灯结彩。', '湖南', '本报长沙1月5日电 长沙举行庆祝活动。'].join('\n');
    expect(splitArticles(roundup)).toHaveLength(1);
  });

  it('makes each of two stacked photo captions an item, but not a bare photo credit', () => {
    const text = [
      '樟树召开经济工作会议',
      '本报讯 会议要求全力稳增长。',
      '图①：樟树市药材市场一角。　全媒体记者 杨帆 摄',
      '▲洲上乡蔬菜基地。　通讯员 李明 摄',
      '阁山镇整治小广告',
      '本报讯 阁山镇开展环境整治。',
      '（全媒体记者 杨帆 摄）',
      '临江镇建成服务站',
      '本报讯 临江镇建成3个服务站。',
    ].join('\n');
    const articles = splitArticles(text);
    expect(articles.map((a) => text.slice(a.start, a.start + 4))).toEqual(['樟树召开', '图①：樟', '▲洲上乡', '阁山镇整', '临江镇建']);
    expect(articles.map((a) => a.caption ?? false)).toEqual([false, true, true, false, false]);
  });

  it('does not take a contact line or a row of numbers for a headline', () => {
    const text = ['樟树新闻', '本报讯 今年全市经济稳中有进。', '新闻热线：0795-7312345', '4184.84 30.13 5428 5326'].join('\n');
    expect(splitArticles(text)).toHaveLength(1);
  });

  it('ignores blank lines and CRLF endings', () => {
    const text = '标题一号新闻\r\n\r\n本报讯 正文一。\r\n\r\n标题二号新闻\r\n本报讯 正文二。\r\n';
    const articles = splitArticles(text);
    expect(articles.map((a) => a.headline?.text)).toEqual(['标题一号新闻', '标题二号新闻']);
    expect(text.slice(articles[1].start, articles[1].end)).toBe('标题二号新闻\r\n本报讯 正文二。');
  });
});

describe('line labels and datelines', () => {
  it('labels lines by shape', () => {
    const kinds = readLines('樟树市开展评选活动\n本报记者 刘思远\n本报讯 近日，全市开展评选。\n正文继续，没有句号的一行\n图为村民采收芥菜。 全媒体记者 杨帆 摄').map((l) => l.kind);
    expect(kinds).toEqual(['headline', 'byline', 'dateline', 'headline', 'caption']);
  });

  it('reads dateline places, dates and bylines', () => {
    expect(readDateline('本报樟树讯 连日来')).toMatchObject({ place: '樟树', length: 5 });
    expect(readDateline('新华社北京1月1日电（记者 王悦阳）记者7日获悉')).toMatchObject({ place: '北京', month: 1, day: 1, length: 18 });
    const pd = '本报北京１月６日讯新华社记者朱幼棣、本报记者陈维伟报道：中共中央';
    expect(readDateline(pd)).toMatchObject({ place: '北京', month: 1, day: 6, length: pd.indexOf('中共') });
    expect(readDateline('本报讯 全媒体记者 黄晓丽 今年以来')?.length).toBe(13);
    expect(readDateline('据新华社北京十二月三十一日电 今天')).toMatchObject({ place: '北京', month: 12, day: 31 });
    expect(readDateline('今年以来，本报讯')).toBeUndefined();
  });

  it('reads small numbers in any script', () => {
    expect(readSmallNumber('１２')).toBe(12);
    expect(readSmallNumber('十二')).toBe(12);
    expect(readSmallNumber('三十一')).toBe(31);
    expect(readSmallNumber('十')).toBe(10);
    expect(readSmallNumber('七')).toBe(7);
  });
});

describe('splitArticles on a single-article web page', () => {
  const web = [
    '首页 > 新闻中心 > 国内',
    '樟树药材种植面积达12.5万亩',
    '发布时间：2023年11月8日 09:30　来源：宜春日报',
    '今年以来，樟树市围绕中药材产业发展，新增种植面积1.2万亩，全市中药材种植面积达12.5万亩，带动农户增收。',
    '方案1',
    '产权投资安全最重要',
    '该市推行“企业+基地+农户”模式，统一供种、统一技术、统一收购，让药农种得放心、卖得顺心。',
    '“我说你今年种了多少？”',
    '“三十亩，都是枳壳。”老李笑着说。',
    '相关新闻',
    '宜春开展“春风行动”',
    '樟树市开展“履职之星”评选活动',
    'Copyright © 2023 宜春日报社 版权所有',
  ].join('\n');
  const articles = splitArticles(web);
  const bodyStart = web.indexOf('今年以来');
  const bodyEnd = web.indexOf('老李笑着说。') + 6;
  const holder = articles.find((a) => a.start <= bodyStart && a.end >= bodyEnd);

  it('keeps the body, intertitles and dialogue included, in one article', () => {
    expect(holder).toBeDefined();
  });

  it('gives it the headline above and the date of its 发布时间 line', () => {
    expect(holder?.headline?.text).toBe('樟树药材种植面积达12.5万亩');
    expect(holder?.date).toBe('2023-11-08');
    expect(holder?.subheadline).toBeUndefined();
  });

  it('leaves the related links out of it', () => {
    expect(holder!.end).toBeLessThan(web.indexOf('宜春开展'));
  });
});

describe('readWebDate', () => {
  it('reads a dated post line in its usual forms', () => {
    expect(readWebDate('2005-5-7 21:23:57')).toBe('2005-05-07');
    expect(readWebDate('http://house.sina.com.cn 2005年03月31日03:18 北京娱乐信报')).toBe('2005-03-31');
    expect(readWebDate('〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓')).toBe('2005-03-15');
    expect(readWebDate('2022.01.20 16:31 来源：河南日报客户端')).toBe('2022-01-20');
  });

  it('reads a year-last date beside a clock or label, day first unless that cannot be', () => {
    expect(readWebDate('作者：   来源：   发布日期： 7/5/2005 9:23:57 PM')).toBe('2005-05-07');
    expect(readWebDate('发表时间： 06/02/2022 - 13:48')).toBe('2022-02-06');
    expect(readWebDate('发布日期： 9/17/2004 5:54:13 AM')).toBe('2004-09-17');
    expect(readWebDate('共有 3/4/2005 条')).toBeUndefined();
  });

  it('does not date a post by the day its blog or account began', () => {
    expect(readWebDate('建立于:2004年10月6日')).toBeUndefined();
    expect(readWebDate('注册时间：2010-03-02')).toBeUndefined();
    expect(readWebDate('ggjjzhzz 发表于 2005-9-15 11:46:00')).toBe('2005-09-15');
  });

  it('does not take a date inside a sentence', () => {
    expect(readWebDate('2004年3月20日至5月7日，来自四川泸州的个体老中医陈建民在玻璃房中绝食。')).toBeUndefined();
    expect(readWebDate('11220000013544357T/2022-00426')).toBeUndefined();
    expect(readWebDate('12/01/2005 - 01/01/2006')).toBeUndefined();
    expect(readWebDate('海姑娘博客精选文章一(截止2006年8月10日)')).toBeUndefined();
  });
});

describe('splitArticles on government and web page structures', () => {
  const heads = (page: string) => splitArticles(page).map((a) => page.slice(a.start, a.end).split('\n')[0]);

  it('keeps a record table, its document and its signature as one article', () => {
    const page = [
      '索  引 号：', '11220000013544357T/2022-00426', '发文机关：', '吉林省人民政府', '成文日期：', '2022年01月27日',
      '标      题：', '吉林省人民政府关于禁止新增建设项目的通告', '发文字号：', '吉政明电〔2022〕1号',
      '为做好嫩江干流补充治理工程建设，确保工程顺利实施，现将有关事项通告如下。',
      '一、自本通告发布之日起，禁止在征占地范围内新增建设项目和迁入人口。',
      '吉林省人民政府', '2022年1月27日',
    ].join('\n');
    expect(heads(page)).toEqual(['索  引 号：']);
    expect(splitArticles(page)[0].date).toBe('2022-01-27');
  });

  it('keeps the report under an editor\'s note in the note\'s article', () => {
    const page = ['谁来为无序拆房“埋单”？', '编者按', '为拆一幢房，断送了三条人命。这场惨剧发生得实在太突然了。', '本报讯　经过有关部门的调查，现初步查明，承包厂房拆迁的工程队根本没有拆房资质。', '逝去的生命已无法追回，然而城市拆迁的现状令人担忧。'].join('\n');
    expect(heads(page)).toEqual(['谁来为无序拆房“埋单”？']);
  });

  it('reads numbered section heads and a line of dialogue as no headlines', () => {
    const page = ['淘宝网物流配送存在的问题及对策研究', '企业可以利用政府在区域建立的配送中心的基础设施与其配套的服务设施来减少自身的费用支出。', '2) 建立与完善区域公共配送中心', '要充分利用大中城市的经济实力与地理优势，规划建设一些大型的配送中心，以形成比较完整的网络。', '“也谢谢你……”', '她轻轻地说完，转身走进了教室，窗外的阳光正好落在她的肩上。'].join('\n');
    expect(heads(page)).toEqual(['淘宝网物流配送存在的问题及对策研究']);
    expect(isHeadlineText('“也谢谢你……”')).toBe(false);
    expect(isHeadlineText('（二）加强组织领导')).toBe(false);
    expect(isHeadlineText('“金点子”变成“金果子”')).toBe(true);
    expect(isHeadlineText('留言:31')).toBe(false);
    expect(isHeadlineText('地  点：经济学院第二教学楼201')).toBe(false);
    expect(isHeadlineText('3.1 个人生活')).toBe(false);
    expect(isHeadlineText('瑞金：红色旅游持续升温')).toBe(true);
  });
});

describe('splitArticles on a dense e-paper page', () => {
  const page = readFileSync(new URL('../fixtures/epaper-jian-dense.txt', import.meta.url), 'utf8');
  const articles = splitArticles(page);

  it('takes a kicker ending in a colon into the headline under it, after a signed brief', () => {
    const i = articles.findIndex((a) => page.slice(a.start).startsWith('吉水县八都镇：'));
    expect(i).toBeGreaterThan(0);
    expect(articles[i].subheadline?.text).toBe('小小板鸭“游”出致富路');
  });

  it('opens a brief at every bullet of a column, however short', () => {
    const starts = articles.map((a) => page.slice(a.start, a.start + 5));
    expect(starts.slice(-3)).toEqual(['■简讯\n●', '●近日，万', '●10月1']);
  });

  it('does not take a colon line that leads into a list for a kicker', () => {
    const lines = readLines('上一条新闻结束了。\n抽查合格的产品有：\n石家庄乳业公司');
    expect(lines[1].kind).toBe('body');
  });
});

describe('splitArticles after a photo item', () => {
  it('ends a photo item at its credited caption, a picture note after the credit included', () => {
    const page = [
      '温暖进农家（图片）', '图为县人大领导在兴隆村向特困户捐赠衣被。（李广松摄）',
      '本报讯歌颂爱国拥军模范的五集电视连续剧于近日在北京首映，该片由中央领导题写片名。',
      '文化下乡农民欢迎（图片）', '这是省农业部门在邹平县展销农业科技书籍。（新华社记者张鲁成摄）（传真照片）',
      '上海国内生产总值突破３０００亿元', '据上海市统计局最新统计资料表明，１９９７年上海全市国内生产总值首次超过３０００亿元。',
    ].join('\n');
    const articles = splitArticles(page);
    expect(articles.map((a) => page.slice(a.start, a.start + 6))).toEqual(['温暖进农家（', '本报讯歌颂爱', '文化下乡农民', '上海国内生产']);
    expect(articles[2].caption).toBe(true);
  });
});

describe('splitArticles: brief columns and editors’ credits', () => {
  const starts = (text: string) => splitArticles(text).map((a) => text.slice(a.start, a.start + 6));

  it('a brief label over bullets opens a column whose every bullet is a brief', () => {
    const text =
      '都昌县候鸟保护志愿者队伍壮大\n本报都昌讯（通讯员 周平）随着越冬候鸟陆续飞抵鄱阳湖，该县组建护鸟志愿者队伍26支。\n\n' +
      '简讯\n●11月19日，武宁县召开招商推介会，签约项目15个。\n●近日，修水县渣津镇获评示范乡镇。\n●湖口县石钟山景区入选省级示范单位。\n';
    expect(starts(text)).toEqual(['都昌县候鸟保', '简讯\n●11', '●近日，修水', '●湖口县石钟']);
  });

  it('bullets inside an article that no brief label opened stay in it', () => {
    const text = '樟树市推进园区建设\n本报讯 今年以来，樟树市推进园区建设，主要措施有：\n●优化营商环境，压缩审批时限。\n●强化要素保障，新增用地500亩。\n';
    expect(starts(text)).toEqual(['樟树市推进园']);
  });

  it("the editors' credits under a web article close it instead of opening another", () => {
    const text = '靖安县：“两山”转化跑出加速度\n为守住好生态，靖安县全面推行田长制，全县森林覆盖率稳定在84.1%，累计发放贷款9.7亿元。\n【责任编辑：刘敏】　【审核：张华】\n';
    expect(starts(text)).toEqual(['靖安县：“两']);
    expect(readLines(text).at(-1)).toMatchObject({ kind: 'body', author: true, closed: true });
  });

  it("a government notice's document number under its headline does not open an article", () => {
    const text = '吉林省人民政府关于禁止在\n嫩江干流征占地范围内新增建设项目的通告\n吉政明电〔2022〕1号\n　　为做好工程建设，现就有关事项通告如下。\n';
    expect(starts(text)).toEqual(['吉林省人民政']);
    expect(readLines(text)[2].kind).toBe('byline');
  });

  it('a source line under a web article (信息来源：…, 素材来源 …, 整合 …记者) closes it instead of opening another', () => {
    for (const credit of ['信息来源： 内蒙古日报', '素材来源 江苏13个设区市党报及官方发布', '整合 新华日报·交汇点记者 徐睿翔', '（来源：新华社）']) {
      const text = `自治区延续实施税收优惠政策\n预计到2025年末，为纳税人减负180亿元。\n\n${credit}\n`;
      expect(starts(text), credit).toEqual(['自治区延续实']);
    }
  });
});
