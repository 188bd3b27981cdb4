// Word lists of the named-site rules (sites.ts, lists.ts), one entry per line so that a change is one line in a diff.
// Each array keeps the order of the regex it builds: longer alternatives first where one ends another.

/**
 * Heads that make a named site of the place or name right before them (满洲里 + 口岸, 塔里木 + 盆地,
 * 西昌 + 卫星发射中心, 西安 + 国际陆港区): SITE_HEAD in sites.ts.
 */
export const SITE_HEADS: readonly string[] = [
  '国际陆港区',
  '国际陆港',
  '陆港区',
  '陆港',
  '自由贸易试验区',
  '自贸试验区',
  '自贸区',
  '自贸片区',
  '自由贸易港',
  '自贸港',
  '港区',
  '口岸',
  '盆地',
  '油气田',
  '油田',
  '气田',
  '长城',
  '古镇',
  '水镇',
  '古城',
  '风景名胜区',
  '风景区',
  '景区',
  '旅游区',
  '国家公园',
  '自然保护区',
  '湿地公园',
  '森林公园',
  '卫星发射中心',
  '航天发射场',
  '发射中心',
  '经济特区',
  '沙漠',
  '草原',
  '湿地',
  '大峡谷',
  '科技城',
  '科学城',
  '农谷',
];

/**
 * Heads a province or a region may take too (四川盆地, 新疆油田, 上海自贸区); 浙江古镇 or 江南水镇 name a kind of
 * place, not one site: HEAD_AFTER_PROVINCE in sites.ts.
 */
export const HEADS_AFTER_PROVINCE: readonly string[] = [
  '盆地',
  '油气田',
  '油田',
  '气田',
  '自由贸易试验区',
  '自贸试验区',
  '自贸区',
  '自由贸易港',
  '自贸港',
  '经济特区',
  '科技城',
  '科学城',
  '农谷',
];

/**
 * Heads a stem the gazetteer does not know may take, when the segmenter reads the stem as a name (周庄 + 古镇,
 * 红其拉甫 + 口岸): the strongest of SITE_HEADS, whose stem is seldom a plain word.
 */
export const HEADS_AFTER_STEM: readonly string[] = [
  '国际陆港区',
  '国际陆港',
  '口岸',
  '盆地',
  '油田',
  '气田',
  '长城',
  '古镇',
  '水镇',
  '风景名胜区',
  '风景区',
  '卫星发射中心',
  '航天发射场',
  '沙漠',
  '草原',
];

/** Heads of landscapes, whose names are long (塔克拉玛干沙漠): a stem of two characters is a plain word (雪山草原). */
export const NATURE_HEADS: readonly string[] = [
  '沙漠',
  '草原',
  '湿地',
  '大峡谷',
];

/** Words right after a would-be site that make it a company or a brand (长城汽车, 大庆油田有限责任公司). */
export const COMPANY_AFTER: readonly string[] = [
  '公司',
  '集团',
  '股份',
  '有限',
  '控股',
  '资产',
  '汽车',
  '宽带',
  '证券',
  '银行',
  '酒店',
  '宾馆',
  '饭店',
  '葡萄酒',
  '牌',
];

/**
 * Items that name a kind of airport, not one (国内、国际机场; 支线、通用机场): never an airport's short name in a
 * list: GENERIC_AIRPORT in lists.ts.
 */
export const GENERIC_AIRPORT_WORDS: readonly string[] = [
  '国内',
  '国际',
  '国外',
  '境内',
  '境外',
  '大型',
  '中型',
  '小型',
  '民用',
  '军用',
  '军民合用',
  '支线',
  '干线',
  '通用',
  '枢纽',
  '区域',
  '主要',
  '新建',
  '改建',
  '扩建',
  '改扩建',
  '迁建',
  '运输',
  '货运',
  '客运',
  '门户',
  '直升',
  '各大',
  '其他',
  '周边',
  '临近',
  '附近',
  '城市',
  '省内',
  '省外',
];

/**
 * Endings of village names in Uyghur and other minority regions, written without 村 (托格拉克布拉克, 阿克艾日克):
 * MINORITY_VILLAGE_END in lists.ts. A name ending so counts only where the text says village (…等村, 乡…).
 */
export const MINORITY_VILLAGE_ENDINGS: readonly string[] = [
  '布拉克',
  '艾日克',
  '艾肯',
  '吾斯塘',
  '博斯坦',
  '兰干',
  '巴格',
  '库勒',
  '阔坦',
  '塔木',
];

/** Verbs after which a place is named: going there, coming from there, lying there (来到双泾, 位于蒙山腹地): GOING. */
export const GOING_VERBS: readonly string[] = [
  '来到',
  '位于',
  '地处',
  '坐落于',
  '坐落在',
  '走进',
  '前往',
  '抵达',
  '途经',
  '游览',
  '到达',
  '飞抵',
  '赶赴',
  '奔赴',
  '来自',
];

/** Words jieba tags ns that name no one place: parts of a town, idioms of landscape, kinds of area: NOT_A_SITE. */
export const NOT_A_SITE_WORDS: readonly string[] = [
  '崇山峻岭',
  '五湖四海',
  '大江南北',
  '长城内外',
  '天南海北',
  '山区',
  '城乡',
  '农村',
  '城市',
  '海外',
  '异国他乡',
];

/** Words after a place name that make it an organization's name (华安工业（集团）公司, 东直门医院): ORGANIZATION_AFTER. */
export const ORGANIZATION_WORDS: readonly string[] = [
  '工业',
  '实业',
  '集团',
  '公司',
  '股份',
  '有限',
  '厂',
  '科技',
  '电子',
  '机械',
  '银行',
  '酒店',
  '宾馆',
  '饭店',
  '大学',
  '学院',
  '中学',
  '小学',
  '医院',
];

/** Words ending in 关 that end longer words jieba tags ns without their being passes (直属机关, 入口关): COMMON_GUAN. */
export const COMMON_GUAN_WORDS: readonly string[] = [
  '机关',
  '海关',
  '难关',
  '相关',
  '攻关',
  '把关',
  '通关',
  '公关',
  '开关',
  '闯关',
  '过关',
  '玄关',
  '口关',
  '无关',
  '有关',
  '至关',
  '税关',
  '边关',
  '城关',
  '年关',
];

/** Characters that make a plain word of a land noun after them (天桥, 满城, 临海): tagged-sites.ts. */
export const LAND_MODIFIERS = '东西南北中上下大小天平满临滨商山江新老';

/** Nouns of the land and the town that such a modifier turns into a plain word. */
export const LAND_NOUNS = '城街路桥河湖海山口川江';
