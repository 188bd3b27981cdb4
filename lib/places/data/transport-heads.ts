// Word lists of the transport-site finder (transport.ts), one entry per line so that a change is one line in a diff.
// Each array keeps the order of the regex it builds: longer alternatives first where one ends another.

/**
 * Head words of named transport sites and waters: a name right before one makes one site with it (杭州湾跨海大桥,
 * 延安东路隧道, 甬金高速公路, 西直门地铁站, 郑东新城, 黄浦江): HEADS in transport.ts. Railways (京九铁路, 南昆铁路)
 * are left out: PD1998 reads them as lines, not locations.
 */
export const TRANSPORT_HEADS: readonly string[] = [
  '跨海大桥',
  '跨江大桥',
  '长江大桥',
  '黄河大桥',
  '立交桥',
  '大桥',
  '海底隧道',
  '越江隧道',
  '过江隧道',
  '隧道',
  '绕城高速公路',
  '绕城高速',
  '高速公路',
  '高速',
  '快速路',
  '高架路',
  '地铁站',
  '火车东站',
  '火车南站',
  '火车西站',
  '火车北站',
  '火车站',
  '高铁站',
  '汽车站',
  '客运站',
  '东站',
  '南站',
  '西站',
  '北站',
  '新城',
  '湾',
  '桥',
  '江',
  '河',
];

/**
 * Heads of rivers: taken only with a whole word jieba tags as a place (黄浦江/ns, 苏州河/ns), never a person's name
 * (刘长江/nr) or a common noun (运河/n): RIVER in transport.ts.
 */
export const RIVER_HEADS: readonly string[] = [
  '江',
  '河',
];

/**
 * Heads whose name is mostly two or three abbreviations of the places they join (沪杭, 甬金, 京港澳, 杭金衢, 港珠澳):
 * jieba cuts such a name into single characters, so a run of abbreviations stands as the name: CONNECTOR in transport.ts.
 */
export const CONNECTOR_HEADS: readonly string[] = [
  '跨海大桥',
  '大桥',
  '绕城高速公路',
  '绕城高速',
  '高速公路',
  '高速',
  '快速路',
];

/**
 * Heads too plain to follow anything but a known place or a word jieba tags as a place (not a person's name):
 * 桥 (三元桥, but 一座桥, 鹊桥), 湾 (大亚湾, but 港湾), the station's direction (北京西站, but 服务站): WEAK in transport.ts.
 */
export const WEAK_HEADS: readonly string[] = [
  '东站',
  '南站',
  '西站',
  '北站',
  '湾',
  '桥',
];

/**
 * One-character abbreviations of provinces and cities that name highways and railways by the places they join
 * (沪 上海, 甬 宁波, 杭 杭州, 金 金华, 衢 衢州, 蓉 成都): ABBREVIATION in transport.ts.
 */
export const PLACE_ABBREVIATIONS = `
  京 津 沪 渝 冀 晋 辽 吉 黑 苏 浙 皖 闽 赣 鲁 豫 鄂 湘 粤 桂 琼 川 蜀 贵 黔 云 滇 藏 陕 秦 甘 陇 青 宁 新 港 澳 台 蒙
  甬 杭 金 衢 温 绍 嘉 湖 台 丽 舟 宁 锡 常 苏 通 扬 徐 连 合 芜 昆 广 深 珠 佛 汕 厦 福 泉 漳 蓉 汉 宜 长 株 潭 岳
  郑 洛 开 济 烟 威 潍 石 保 唐 太 大 沈 哈 呼 包 银 西 兰 乌 拉 贵 遵 柳 南 北 海 三 成 绵 渝 昌 九 赣 景 萍 鹰 赤
`;

/**
 * Stems that make a generic phrase with a head, not a name (城市新区 has its own rule; 这座桥, 一条高速公路 fail
 * the tags): GENERIC in transport.ts, GENERIC_WAY_STEMS in roads.ts.
 */
export const GENERIC_TRANSPORT_STEMS = `
  城市 城区 市区 农村 乡村 全国 全省 全市 各地 当地 国内 国外 境内 境外 省内 省外 市内 市外 县内 县域 沿线 周边 附近
  国家 地方 干线 支线 城际 普通 一级 二级 主要 重要 新建 在建 已建 拟建 改建 扩建 现有 原有 这座 那座 一座 这条 那条
  一条 两条 多条 各条 该条 信息 网络 数字 智慧 未来 友谊 连心 同心 爱心 希望 幸福 生命 心灵 沟通 合作 交流 鹊
  公路 铁路 道路 大桥 过街 人行 立交 天桥 吊桥 浮桥 石桥 木桥 便桥 危桥 独木 廊桥 港 海 河 沿海 沿江 沿河 海港
  临时 地下 地上 空中 水下 海底 高架 收费 免费 服务 加油 汽车 客运 货运 物流 地铁 轻轨 高铁 动车 火车 列车 公交
  建设 发展 规划 开放 改革 创新 示范 试点 生态 文明 现代 老 旧 全 新 大 小 同一 某 该 此 本 大陆
  金光 康庄 阳光 光明 致富 小康 复兴 振兴 成功 胜利 人生 求学 成才 发财
  美食 小吃 步行 商业 购物 文化 风情 特色 酒吧 创意 夜市 时尚 历史 休闲 旅游
  东部 南部 西部 北部 城东 城南 城西 城北 高速 快速 美丽 宜居 智慧 科技 国际 产业 现代化 跨线 跨河 跨江 跨海 双层 斜拉 悬索 特大 大型 京城 都市 中心
`;

/** Characters before 桥 that make a kind of bridge, not a name (天桥, 吊桥, 浮桥, 鹊桥): PLAIN_BRIDGE in transport.ts. */
export const PLAIN_BRIDGE_KINDS = '天吊浮石木便危廊拱引断栈鹊陆';

/**
 * Words right after a would-be site that make it a company (路桥公司, 高速公路集团, 大桥局); an office named after the
 * site (火车站派出所) keeps the site a place.
 */
export const TRANSPORT_COMPANY_AFTER: readonly string[] = [
  '公司',
  '集团',
  '股份',
  '有限',
  '控股',
  '局',
  '牌',
];

/** Two-character words ending in a road word that are common nouns of ways, not a street's end (高速铁路, 思路): COMMON_WAY_WORD in roads.ts. */
export const COMMON_WAY_WORDS: readonly string[] = [
  '铁路',
  '公路',
  '马路',
  '道路',
  '水路',
  '陆路',
  '航路',
  '电路',
  '线路',
  '网路',
  '思路',
  '出路',
  '销路',
  '门路',
  '套路',
  '退路',
  '去路',
  '来路',
  '歧路',
  '岔路',
  '弯路',
  '老路',
  '新路',
  '大路',
  '小路',
  '山路',
  '近路',
  '远路',
  '半路',
  '一路',
  '上路',
  '让路',
  '带路',
  '开路',
  '修路',
  '筑路',
  '引路',
  '街巷',
  '小巷',
  '大街',
  '上街',
  '逛街',
  '沿街',
  '临街',
  '老街',
  '古街',
];
