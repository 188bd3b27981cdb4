// Labels of what follows an article (编后, 延伸阅读), one per line so that a change is one line in a diff;
// in the order of the regex lines.ts builds from them.

/** Labels of a piece appended to an article (编后, 相关链接): APPENDIX_LABEL in lines.ts. */
export const APPENDIX_LABELS: readonly string[] = [
  '编后',
  '编后语',
  '编者按',
  '编者的话',
  '记者手记',
  '采访手记',
  '记者观察',
  '短评',
  '点评',
  '相关链接',
  '链接',
  '延伸阅读',
  '背景资料',
  '背景',
  '小贴士',
  '温馨提示',
  '新闻链接',
  '新闻背景',
  '名词解释',
];
