// Former names of units that were renamed or merged, as still found in older text and in speech.
// [old name, current full name, code prefix the current unit lies under]. Districts that were counties
// (新津县 → 新津区) are added by rule in gazetteer.ts; this list holds the renames no rule can see, and the
// few customary short forms no rule derives (前郭县).
export const RENAMES: [string, string, string][] = [
  ['襄樊', '襄阳市', '42'],
  ['襄樊市', '襄阳市', '42'],
  ['思茅', '普洱市', '53'],
  ['思茅市', '普洱市', '53'],
  ['荆沙', '荆州市', '42'],
  ['荆沙市', '荆州市', '42'],
  ['大庸', '张家界市', '43'],
  ['大庸市', '张家界市', '43'],
  ['锦西', '葫芦岛市', '21'],
  ['锦西市', '葫芦岛市', '21'],
  ['浑江市', '白山市', '22'],
  ['渡口市', '攀枝花市', '51'],
  ['淮阴市', '淮安市', '32'],
  ['通什市', '五指山市', '46'],
  ['万县', '万州区', '50'],
  ['万县市', '万州区', '50'],
  ['达县', '达川区', '51'],
  ['九江县', '柴桑区', '36'],
  ['宜宾县', '叙州区', '51'],
  ['株洲县', '渌口区', '43'],
  ['清江县', '樟树市', '36'],
  ['蓟县', '蓟州区', '12'],
  ['徽州', '黄山市', '34'],
  // the short forms news uses for autonomous counties whose name no rule shortens so
  ['前郭县', '前郭尔罗斯蒙古族自治县', '22'],
  ['杜蒙县', '杜尔伯特蒙古族自治县', '23'],
];
