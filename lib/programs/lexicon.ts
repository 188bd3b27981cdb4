// Word lists that tell a program name from other quoted or titled text. General Chinese policy vocabulary,
// written for this engine; no list of answers.
import { DOCUMENT_HEAD_WORDS, DOCUMENT_VERB_WORDS, FIGURATIVE_FRAME_WORDS, MEDIA_TITLE_ENDINGS, PERSON_ENDING_WORDS, WORK_WORDS } from './data/frame-words';

/** Heads that name a kind of policy artifact when they come right after a quote: “六办”机制, “洪工杯”竞赛. */
export const HEADS_AFTER_QUOTE = [
  '工作法', '工作模式', '工作机制', '工作室', '工作站', '活动', '机制', '模式', '平台', '品牌', '工程', '行动', '计划', '方案',
  '战略', '改革', '竞赛', '大赛', '比赛', '杯', '服务', '项目', '制度', '体系', '倡议', '攻坚战', '攻坚', '专项', '专项行动',
  '主题活动', '系列活动', '创建', '创建活动', '评选活动', '试点', '理论', '方针', '规划', '示范创建',
  '运动', '课堂', '讲堂', '热线', '小程序', '联盟', '举措', '做法', '经验', '路径', '载体', '阵地', '基金', '专班',
  '志愿服务', '服务队', '示范区', '示范点', '示范村', '样板', '三年行动', '行动计划', '攻坚行动', '大讲堂', '大走访',
  '建设', '监管', '清单', '主题教育', '专项整治', '帮扶', '结对', '工作法', '论坛', '节', '文化节', '月活动',
  // exhibitions and shows are activities too: “红色记忆”主题展览
  '展览', '主题展览', '巡展', '展演', '文艺晚会', '晚会', '宣讲',
  // a brand a city builds for its services: “好地方、事好办”金字招牌
  '金字招牌', '招牌',
  // themed fairs and meetings for investment or jobs: “一月一主题”招商推介会, “春风行动”招聘会
  '推介会', '招聘会', '洽谈会', '博览会', '交易会', '对接会', '观摩会', '擂台赛',
  // named meetings held as events: “中国—东盟…合作”研讨会, “…观察”报告会
  '研讨会', '峰会', '年会', '报告会', '交流会', '座谈会',
  // a named series of press conferences: “…”系列主题新闻发布会
  '新闻发布会', '发布会',
];

/** Words that may stand between a quote and its head noun: “我为群众办实事”实践活动, “洪工杯”劳动竞赛. */
export const HEAD_MODIFIERS = [
  '实践', '专项', '主题', '系列', '志愿', '示范', '品牌', '创建', '评选', '竞赛', '劳动', '技能', '集中', '攻坚', '提升',
  '宣传', '培训', '结对', '改革', '试点', '综合', '联动', '融合', '暖心', '惠民', '便民', '惠企', '三年', '五年', '年度',
  // the field a brand or service works in: “丰易办”政务服务品牌, “红色物业”党建品牌
  '政务', '政务服务', '公共服务', '党建', '民生', '营商环境', '文化', '旅游', '普法', '法律', '金融', '数字',
  '招商', '项目', '专场', '现场', '网络', '线上',
  '系列主题',
];

/** Verbs that put a policy artifact after them: 开展“调研引路”活动, 实施“一乡一品”. */
export const STRONG_TRIGGERS = [
  '开展', '实施', '推行', '启动', '签订', '签署', '举办', '创建', '组建', '开通', '推出', '评选', '发起', '上线', '部署',
  '执行', '实行', '开设', '启用', '承办', '主办', '深化', '推广',
];

/** Verbs that often but not always do: 打造“红色名村”, but also 打造“桥头堡”. */
export const WEAK_TRIGGERS = ['打造', '推进', '建立', '构建', '探索', '落实', '搭建', '成立', '创新', '依托', '借助', '围绕', '聚焦', '坚持', '通过'];

/** Endings that mark a quoted name as a program by themselves: “财园信贷通”, “党建联盟”, “履职之星”. */
export const INTERNAL_CUES = [
  '信贷通', '贷', '通', '工程', '通办', '易办', '掌上办', '马上办', '就近办', '一次办', '网上办', '行动', '联盟', '之星', '杯', '计划', '工作法', '模式', '机制', '平台', '服务', '服务月',
  '活动', '项目', '工作室', '驿站', '之家', '课堂', '讲堂', '书屋', '超市', '专班', '战略', '改革', '方案',
  '竞赛', '大赛', '工作站', '示范区', '行动计划', '攻坚战', '三年行动', '先锋岗', '示范岗', '责任区', '惠企', '长制', '责任制', '负责制', '承诺制', '代办制', '清单',
  // Campaign years: “营商环境提升年”, “数字突破年”.
  '提升年', '突破年', '攻坚年', '建设年', '服务年', '推进年', '落实年', '效能年', '行动年', '活动年', '创新年', '招商年', '质量年', '项目年',
  // a document known by its number: “五号文件”, “一号文件”
  '号文件',
];

/**
 * 实施生态保护修复工程: the field of ecology and a kind of work, with no object of its own (滩区, 尾矿污染), name a
 * class of projects, not one project.
 */
export const BARE_ECOLOGY_WORK = /^(?:生态|环境|生态环境|自然生态)(?:保护|修复|治理|保护修复|保护和修复|修复治理)$/;

/** A named meeting held as an event, its kind inside the quote: “中国—东盟…合作研讨会”, “…高层论坛”. */
export const MEETING_END = /(研讨会|论坛|峰会|洽谈会|博览会|交易会|推介会|招聘会|报告会)$/;

/** Figurative words of news Chinese: never programs unless a head noun follows right after the quote. */
export const FIGURATIVE = [
  '金点子', '火车头', '牛皮癣', '领头雁', '领头羊', '主心骨', '排头兵', '试验田', '压舱石', '顶梁柱', '娘家人', '店小二',
  '急难愁盼', '最后一公里', '最后一米', '卡脖子', '一把手', '绊脚石', '拦路虎', '硬骨头', '摇钱树', '钱袋子', '米袋子',
  '香饽饽', '金饭碗', '铁饭碗', '半边天', '空心村', '僵尸企业', '金钥匙', '金名片', '桥头堡', '后花园', '主力军', '生力军',
  '定心丸', '强心剂', '助推器', '加速器', '孵化器', '蓄水池', '晴雨表', '风向标', '指挥棒', '紧箍咒', '护身符', '敲门砖',
  '连心桥', '暖心', '贴心人', '知心人', '带头人', '领路人', '明白人', '守门人', '宣传员', '代言人', '网红', '爆款', '打卡',
  '升级版', '加速度', '新引擎', '新高地', '快车道', '高速路', '绿水青山', '金山银山', '两张皮', '一刀切', '走过场', '形式主义',
  '万事通', '百事通', '痛点', '堵点', '难点', '盲区', '短板', '瓶颈', '红利', '蛋糕', '接力棒', '指南针', '及时雨', '雪中送炭', '量身定制',
];

/** Manner words (“一站式”服务, “保姆式”, “点对点”, “全天候”): how a service is given, not its name. */
export const MANNER = /式$|^(.)对\1$|^(.)把\2$|^全天候|^零|不打烊|无缝|^(24|二十四)小时/;

/** Organizations are not programs: “中国防伪行业协会”, “防伪技术产品管理办公室”, “中国联通”. */
export const ORGANIZATION_END = /(协会|学会|商会|委员会|办公室|公司|集团|银行|中心|考察队|工作队|代表团|局|厅|院|所|社|联通|电信|移动)$/;

/** Words that end in 通 without being a “…通” service: 交通, 沟通, 开通. */
export const NOT_TONG = /(联通|畅通|互通|交通|流通|普通|精通|沟通|疏通|开通|贯通|打通|相通|融通|变通)$/;

/** Quote endings of a complaint or problem (“融资贵”, “吃水难”, “办事慢”): not a program. */
export const PROBLEM_ENDINGS = /[难贵慢乱差远险忧愁烦堵荒少缺弱偏低高]$/;

/** Endings of a kind of person (“外卖小哥”, “上班族”): not a program. */
export const PERSON_ENDINGS = new RegExp(`(${PERSON_ENDING_WORDS.join('|')})$|^.{1,3}[人员户]$`);

/** Words before a quote that make it a figure of speech: 当好“店小二”, 被誉为“…”. */
export const FIGURATIVE_FRAMES = new RegExp(`(${FIGURATIVE_FRAME_WORDS.join('|')})$`);

/** Words after a quote that make it a figure of speech or a problem: “融资贵”问题, “空心村”现象. */
export const FIGURATIVE_AFTER = /^(问题|难题|现象|困境|难点|痛点|堵点|短板|瓶颈|之困|之忧|心态|作用|角色|精神|称号|美誉|之称|的称号|的美誉|的作用|的角色)/;

/** Words after a quote that make it reported speech: “…”他说. */
export const SPEECH_AFTER = /^[，,。]?\s*(他|她|我|他们|她们|大家|记者|该|这位|对方)?[^，。]{0,6}?(说|表示|介绍|告诉|感慨|笑着|坦言|称|指出|强调|认为)/;
export const SPEECH_BEFORE = /(说|表示|道|问|称|指出|强调|认为|介绍|感慨|坦言|喊|写道|提出)[：:，,]?$/;

/** Endings of a document title in 《》: 《…工作方案》, 《…条例》. */
export const DOCUMENT_HEADS = new RegExp(`(${DOCUMENT_HEAD_WORDS.join('|')})$`);

/** Verbs that take a document after them: 印发《…》, 根据《…》. */
// 学习 is left out: 学习《习近平谈治国理政》 is a book; 学习《…条例》 ends like a document anyway
export const DOCUMENT_VERBS = new RegExp(`(${DOCUMENT_VERB_WORDS.join('|')})(了)?$`);

/** A kind of document named right before its title: 世界银行发布的报告《…》. Not 书 or 文章: those are works. */
export const DOCUMENT_KIND_BEFORE = /(报告|白皮书|文件|公报|蓝皮书|绿皮书|政策文件|研究报告)$/;

/** Policy words inside a title: 《关于加快…的实施意见》. */
export const POLICY_WORDS = /^关于|实施|暂行|试行|若干/;

/** Titles of papers, magazines, broadcasts: not programs. */
export const MEDIA_TITLE = new RegExp(`(${MEDIA_TITLE_ENDINGS.join('|')})$`);

/** Words before a title that make it a work of art or a book: 话剧《虎踞钟山》. */
export const WORK_BEFORE = new RegExp(`(${WORK_WORDS.join('|')})$`);

/** Well-known national program names that stand unquoted: general policy vocabulary. */
export const NATIONAL_PROGRAMS = [
  '乡村振兴',
  '长江十年禁渔',
  '十年禁渔',
  '长江大保护',
  '脱贫攻坚',
  '精准扶贫',
  '一带一路',
  '放管服',
  '河长制',
  '林长制',
  '田长制',
  '湖长制',
  '高标准农田建设',
  '厕所革命',
  '美丽乡村建设',
  '新型城镇化',
  '共同富裕',
  '碳达峰',
  '碳中和',
  '最多跑一次',
  '一网通办',
  '一次不跑',
  '证照分离',
  '揭榜挂帅',
  '千万工程',
  '万企兴万村',
  '双一流',
  '长江经济带',
  '乡村建设行动',
  '农村人居环境整治',
  '人居环境整治',
  '文明城市创建',
  '全国文明城市创建',
  '扫黑除恶',
  '平安建设',
  '法治政府建设',
  '营商环境优化升级',
  '数字乡村',
  '放管服改革',
  '双减',
  '清廉江西建设',
  '清廉村居建设',
  '清廉机关建设',
  '创新驱动发展战略',
  '区域协调发展战略',
  '健康中国',
  '美丽中国',
  '平安中国',
  '法治中国',
  '数字中国',
  '新农合',
  '新农保',
  '义务教育均衡发展',
  '雪亮工程',
  '菜篮子工程',
  '退耕还林',
  '退耕还林还草',
  '南水北调',
  '西电东送',
  '西气东输',
  '西部大开发',
  '中部崛起',
  '东北振兴',
  '粤港澳大湾区建设',
  '长三角一体化',
  '京津冀协同发展',
  '三下乡',
  '希望工程',
  '春蕾计划',
  '星火计划',
  '火炬计划',
  '一县一品',
  '一村一品',
  '一乡一品',
  '两不愁三保障',
  '四好农村路',
  '村村通',
  '户户通',
  // the economy: the central government's named aims and its yearly report
  '六稳',
  '六保',
  '政府工作报告',
  '中央一号文件',
  // schools: national activities named in every term's notices
  '开学第一课',
  '思政第一课',
  '安全教育第一课',
  // poverty relief, housing, environment and services: names of national and provincial programs
  '雨露计划',
  '以工代赈',
  '消费帮扶',
  '光伏扶贫',
  '易地扶贫搬迁',
  '农村危房改造',
  '棚户区改造',
  '老旧小区改造',
  '城市更新行动',
  '污染防治攻坚战',
  '蓝天保卫战',
  '碧水保卫战',
  '净土保卫战',
  '河湖长制',
  '禁捕退捕',
  '秀美乡村建设',
  '新农村建设',
  '家庭医生签约服务',
  '县域医共体建设',
  '双随机、一公开',
  '互联网+政务服务',
  '一件事一次办',
  '新时代文明实践',
  '强省会战略',
  '昌九一体化',
  '赣南等原中央苏区振兴发展',
  '革命老区振兴发展',
  '农村集体产权制度改革',
  '集体林权制度改革',
  '农村承包地确权登记颁证',
  '河湖清四乱',
  '稳岗返还',
  // national strategies and corridors of trade and development, named bare in national news
  '西部陆海新通道',
  '东数西算',
  '国内国际双循环',
  '全国统一大市场',
  '黄河流域生态保护和高质量发展',
  '成渝地区双城经济圈建设',
  '海南自由贸易港建设',
  '长江中游城市群',
  '中部地区崛起',
  '科教兴国战略',
  '人才强国战略',
  '交通强国',
  '制造强国',
  '质量强国',
  '网络强国',
  '新型基础设施建设',
  '丝绸之路经济带',
  '21世纪海上丝绸之路',
  // national fairs, known by their short forms in national news
  '广交会',
  '进博会',
  '服贸会',
  '消博会',
  '链博会',
  '投洽会',
  '高交会',
  '东博会',
  '数博会',
];
