// Characters Chinese uses to spell foreign names by sound (斯, 尔, 拉, 塔 …), after the usual transliteration tables:
// a run of them before 省 / 州 / 市 / 区 names a unit abroad (恰帕斯州, 塔兰托市, 西开普省). Whitespace-separated;
// blank lines only group them. Characters that are mostly plain words in Chinese text (大, 中, 山, 海, 金, 明, 华, 安)
// are left out on purpose, so a Chinese phrase before 市 seldom reads as a foreign name.

export const TRANSLITERATION_CHARS = `
阿 埃 艾 爱 昂 奥
巴 拜 班 邦 鲍 贝 本 比 彼 毕 波 伯 博 堡 布 卜
查 察 楚
达 代 戴 丹 道 德 迪 蒂 底 第 丁 杜 敦 顿 多
厄 恩 尔
法 凡 菲 费 芬 弗 伏 佛 福 夫
盖 冈 戈 哥 格 根 古 圭
哈 汉 豪 赫 亨 洪 胡 惠 霍
基 吉 加 贾 杰 捷
喀 卡 开 凯 坎 考 柯 科 克 肯 库 夸 奎 昆
拉 来 莱 赖 兰 朗 劳 勒 雷 黎 里 利 列 琳 隆 卢 鲁 路 伦 罗 洛
马 玛 迈 麦 曼 芒 毛 梅 门 蒙 孟 米 密 摩 莫 墨 姆 穆
那 纳 娜 奈 瑙 内 尼 涅 纽 努 诺
欧
帕 潘 佩 彭 皮 珀 普
齐 奇 恰 乔 切 琼 丘
热 瑞
萨 撒 塞 桑 瑟 森 沙 莎 珊 舍 圣 施 什 舒 斯 苏 索
塔 泰 坦 汤 陶 特 提 廷 图 托
瓦 旺 威 韦 维 沃 乌 伍
西 希 锡 谢 辛
雅 亚 牙 扬 耶 伊 易 因 尤 约
赞 泽 扎 詹 兹 茨 祖 佐
`;
