// Words of the people rule (people.ts): a title or a verb of naming stands right before a person's name, and most
// Chinese names start with one of the common surnames. Whitespace-separated; blank lines only group the words.

/** Titles and words of naming after which a name follows (导演程某某, 名叫韩某某, 委员关某某). */
export const TITLES_BEFORE_NAME = `
记者 通讯员 委员 主任 主席 书记 局长 部长 厂长 校长 院长 县长 市长 省长 村长 队长 会长 处长 科长 所长 站长
经理 助理 秘书 导演 演员 编剧 作者 教授 研究员 工程师 医生 律师 负责人 同志 先生 女士
名叫 叫做 名字叫
`;

/**
 * Common surnames, one character each; those that are also function words or start many place names (和, 向, 于,
 * 华, 安, 宁) are left out, so that 部长和北京的代表 keeps its 北京.
 */
export const SURNAMES = `
王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘
蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江
尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 汤 常 温 康 施 牛 樊 葛 邢
齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 兰 焦 俞 柳 舒 阮 柯 纪 梅 童 凌 毕
季 裴 霍 涂 苗 谷 盛 曲 翁 冉 骆 蓝 游 辛 靳 柴 蒙 鲍 喻 祁 蒲 房 滕 屈 饶 牟 艾 尤 穆
卓 吉 缪 芦 麦 褚 娄 窦 戚 岑 费 卜 冷 晏 卫 瞿 臧 闵 苟
邬 卞 姬 仇 栾 隋 刁 寇 桑 郎 甄 丛 虞 敖 巩 佘 邝
`;
