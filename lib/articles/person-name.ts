// Whether a short bare string is a person's name: a family name and one to three more Han characters,
// not an outlet (…报, …网, …社), a body (…部, …委) or a place (…州, …市). Credits that give a writer with no
// role word (来源: 尹娟, [ 黄宇 ], （袁源）) are read with it; a role word (记者, 作者) needs no such test.
import { DOUBLE_FAMILY_NAME_SET as DOUBLE, SINGLE_FAMILY_NAME_SET as SINGLE } from '../text';

// the last character of an outlet, an organisation or a place, which a given name does not end in
const NOT_A_NAME_END = /[报网社刊台站部局委会院所厅处办界讯端号吧坛版组队司厂校馆州省市县区镇乡村岛港]$/;
// whole strings that read as names by the rule and are none: provinces, stock credit words, page controls
// in brackets (【关闭】), words that open a caption or a note in brackets (（高清）, （文字）)
const NOT_NAMES = new Set(
  `江苏 江西 吉林 甘肃 宁夏 华夏 东方 综合 佚名 不详 未知 关闭 关注 关于 高清 文字 文章 方法 常见 单位 包括 项目 金融
   黄金 石油 成功 万元 毛重 华人 齐全 连载 连线 简介 简讯 简报 车型 时间 景点 乐评 应用 韩国 法国 马上`.split(/\s+/).filter(Boolean),
);

/** Whether `s` (blanks trimmed) is one person's Chinese name: 2–4 Han characters led by a family name. */
export function isPersonName(s: string): boolean {
  const t = s.trim();
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(t) || NOT_NAMES.has(t) || NOT_A_NAME_END.test(t)) return false;
  if (DOUBLE.has(t.slice(0, 2))) return t.length >= 3;
  return SINGLE.has(t[0]) && t.length <= 3;
}

/** Whether `s` is one to four names apart by blanks or 、 (王建宏 张文攀, 常书香、马丹阳). */
export function isPersonNames(s: string): boolean {
  const names = s.trim().split(/[\s、]+/).filter(Boolean);
  return names.length >= 1 && names.length <= 4 && names.every(isPersonName);
}

/** Whether `s` is two or more names run together with nothing between, as a paper prints its writers (龙益飞石雄, 陶立华王力). */
export function isNameRun(s: string): boolean {
  const t = s.trim();
  if (!/^[\u4e00-\u9fff]{4,16}$/.test(t)) return false;
  // can[k]: the first k characters split into names of two or three characters
  const can = [true];
  for (let k = 1; k <= t.length; k++) can[k] = (k >= 2 && can[k - 2] && isPersonName(t.slice(k - 2, k))) || (k >= 3 && can[k - 3] && isPersonName(t.slice(k - 3, k)));
  return can[t.length];
}
