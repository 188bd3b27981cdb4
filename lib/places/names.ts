// How official unit names shorten in running text: 江西省 → 江西, 黔东南苗族侗族自治州 → 黔东南 / 黔东南州,
// 彭水苗族土家族自治县 → 彭水. Pure string rules, shared by the gazetteer index and the tests.

// The 55 minority nationalities as they appear inside autonomous-unit names (without 族).
const ETHNIC = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克',
  '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬',
  '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克',
  '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各',
].sort((a, b) => b.length - a.length);
const ETHNIC_TAIL = new RegExp(`(?:${ETHNIC.join('|')})族?$`);

/** Strips trailing nationality names: "彭水苗族土家族" → "彭水", "博尔塔拉蒙古" → "博尔塔拉". */
function stripEthnic(stem: string): string {
  for (;;) {
    const m = ETHNIC_TAIL.exec(stem);
    // keep at least two characters of the place itself
    if (!m || stem.length - m[0].length < 2) return stem;
    stem = stem.slice(0, m.index);
  }
}

export interface NameForms {
  /** Forms that name the unit unmistakably (full name, 黔东南州). */
  full: string[];
  /** The bare stem (江西, 樟树, 黔东南): may be a common word, so weaker. */
  short?: string;
}

const AUTONOMOUS = /自治(区|州|县|旗)$/;

/** Full and short forms of an official unit name at a given level. */
export function nameForms(name: string, level: string): NameForms {
  const full = [name];
  let stem = name;
  let autonomous = false;
  const auto = AUTONOMOUS.exec(name);
  if (auto) {
    autonomous = true;
    stem = stripEthnic(name.slice(0, auto.index));
  } else if (level === 'township') {
    // townships are named only in full (洲上乡, 红河镇); their stems are too often plain words
    return { full };
  } else {
    const m = /(省|市|地区|盟|县|区|旗|特别行政区)$/.exec(name);
    if (m && name.length - m[0].length >= 2) stem = name.slice(0, m.index);
    else if (m && level === 'province') stem = name.slice(0, m.index);
  }
  if (autonomous && stem !== name) {
    if (auto![1] === '州') full.push(`${stem}州`);
    if (auto![1] === '县') full.push(`${stem}县`);
    // 新疆自治区, 广西自治区: the region named without its peoples, as news often writes it
    if (auto![1] === '区' && `${stem}自治区` !== name) full.push(`${stem}自治区`);
  }
  // 香港特区: the customary short form of 香港特别行政区
  if (name.endsWith('特别行政区') && stem !== name) full.push(`${stem}特区`);
  if (stem === name || stem.length < 2) return { full };
  return { full, short: stem };
}
