// Set phrases, idioms and slogans in which a numeral + measure word is no quantity.
// Looked up only at a candidate figure's numeral, by the numeral char and its offset in the phrase.

const PHRASES = `
一心一意 三心二意 一五一十 一举两得 一箭双雕 一石二鸟 一目了然 一帆风顺 一路顺风 一路平安 一成不变
一模一样 一丝不苟 一如既往 一视同仁 一针见血 一鼓作气 一气呵成 一脉相承 一朝一夕 一草一木 一点一滴
一砖一瓦 一言一行 一举一动 一生一世 一年四季 三面环水 三面环山 四面环山 四面环水 两面环山 一刻钟 独一无二
数一数二 九牛一毛 一衣带水 一日千里 万无一失 一本正经 一鸣惊人 一劳永逸 一臂之力 一席之地 一技之长 一己之力
一家之言 一面之词 三天两头 三天打鱼 一刀切 一把手 二把手 一条龙 一盘棋 一揽子 一窝蜂 一锅端 一股劲 一口气
一阵风 一场空 一溜烟 一辈子 一条心 一股脑 一次性 千方百计 千家万户 千军万马 千山万水 万水千山 千辛万苦
千变万化 千丝万缕 千姿百态 百花齐放 百家争鸣 十全十美 一清二楚 一干二净 七嘴八舌 乱七八糟 横七竖八 三番五次
三令五申 四面八方 五湖四海 千千万万 成千上万 成千成万 成百上千 万众一心 一方面 另一方面 一点儿 一块儿
一会儿 一下子 一部分 一头雾水 一手抓 两手抓 一岗双责 一票否决 一对一 一站式 一体化 一带一路 三字经 三字诀
八字方针 一日三餐 二人转 一国两制 三个代表 四个全面 四个意识 四个自信 两个维护 两个确立 两个一百年 五位一体
四位一体 三位一体 八项规定 三严三实 两学一做 三会一课 一号文件 一张蓝图 百年大计 一步到位 一步一个脚印
一路走来 一路上 一年一度 一事一议 一村一品 一县一品 一户一策 一人一档 一企一策 一线 一流 一同
一级一级 一批批 一次次 一个个 一座座 一条条 一张张 一件件 一项项 一天天 一年年 一步步 一片片 一层层
十指连心 五花八门 七零八落 四分五裂 一分为二 合二为一 一分耕耘 一心为民 三五成群 一字排开 一字一句 只言片语
九死一生 十万火急 一落千丈 千钧一发 一本万利 一劳永逸 万家灯火 百里挑一 一呼百应 一以贯之 一马当先 一步之遥
下一步 上一步 一时间 一手 半边天 三角 五金 万分 十分 百分百 一应俱全 一览无余 一往无前 一无所有 一无所获 一望无际
说一千道一万 一天到晚 三番两次 一年到头 一针一线 一笔一画 一门心思 一个劲 一份子 一分子 一桩桩 一声令下
一声不吭 一份耕耘 万里长城 万里茶道 鹏程万里 万里长征 晴空万里 万人空巷 四周 四处 四季 四伏 一眼 一班人 两回事 约法三章 死路一条 一层楼
三步并作两步 年复一年 日复一日 千头万绪 千差万别 万事如意 包罗万象 万古 万象 独此一家 一方水土 三元里 二道河 九台 八家户 十字 八路军 十里铺 十里堡 七里河 五里河 经五路 三轮车 四方 八方 一方平安 造福一方
四面 四座 三伏 三九天 老两口 小两口 判若两人 五年计划 五年规划 火冒三丈 一波三折 举一反三 百折不挠 千载难逢 一枝独秀
碧波万顷 网开一面 空无一人 一元复始 在一块 到一块 打成一片 连成一片 欢聚一堂 济济一堂 齐聚一堂 共聚一堂 同聚一堂
老三样 一夜间 进一步 一回事 一支独秀 一身正气 于一身 十年九旱 十年一剑 五台山 六盘山 最多跑一次 只跑一次 一次办好 一件事一次办 一张网 一张图 一网通办 一点一点 二元 二次 十面埋伏 万岁 千岁 千人一面 一五一十 一举一动 三番五次 一百单八 三门峡 七台河 六盘水 五家渠 万年 万载 万安 两面性 一刀两断 一言为定 三长两短 半斤八两 一寸光阴 一寸金 一年之计 一日之计
最后一米 最后一公里 最后一里路 最后一百米 最后一厘米
千年古镇 千年古城 千年古村 千年古县 千年古街 千年古刹 千年古寺 千年古樟 千年窑火 百年老店 百年老字号 百年名校 百年古樟 百年古树
`;

// numeral chars a phrase may be found by
const NUMERAL = /[零〇一二三四五六七八九十百千万亿两半]/;

/** "offset|numeral char|first two chars of the phrase" → phrases, so a lookup costs a few Map gets. */
const INDEX = new Map<string, string[]>();
let longest = 0;
for (const phrase of PHRASES.split(/\s+/).filter(Boolean)) {
  longest = Math.max(longest, phrase.length);
  for (let k = 0; k < phrase.length; k++) {
    if (!NUMERAL.test(phrase[k])) continue;
    const key = `${k}|${phrase[k]}|${phrase.slice(0, 2)}`;
    const list = INDEX.get(key) ?? [];
    if (!list.includes(phrase)) list.push(phrase);
    INDEX.set(key, list);
  }
}

/** True when the numeral at pos is inside one of the phrases above. */
export function inSetPhrase(text: string, pos: number): boolean {
  const ch = text[pos];
  for (let k = 0; k < longest && k <= pos; k++) {
    const list = INDEX.get(`${k}|${ch}|${text.slice(pos - k, pos - k + 2)}`);
    if (list && list.some((phrase) => text.startsWith(phrase, pos - k))) return true;
  }
  return false;
}
