// Chinese family names, for the rules that tell a person's name from a place or an outlet (导演程东海, 来源: 尹娟).
// Whitespace-separated; one list for every finder, each of which leaves out what misleads it (see its own module).
// Left out for all: family names that far more often open a common word (原创, 时间, 全文, 和讯, 经济, 言论, 司法, 安徽).

// single-character family names, roughly by how common they are
export const SINGLE_FAMILY_NAMES = `
王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹
彭 曾 肖 萧 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范
金 石 廖 贾 夏 韦 付 傅 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 阎 段 雷 侯 龙 史 陶 黎 贺 顾 毛
郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 齐 易 乔 伍 庞 颜 倪 庄
聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕
单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解
牟 艾 尤 阳 穆 卓 古 吉 缪 简 车 项 连 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏
宗 瞿 桂 闵 佟 应 臧 闻 苟 栾 郎 鞠 边 巩 乐 刁 商 仇 匡 宣 荣 沙 寇 桑 池 丛 衣 楚 檀 隋
姬 芦 邬 卞 甄 虞 敖 佘 邝
`;

// two-character family names
export const DOUBLE_FAMILY_NAMES = `
欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 司徒 夏侯 长孙 宇文 轩辕 端木 西门 南宫
`;
