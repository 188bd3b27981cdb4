// The last words of an area's name made of a place and a plan (长江经济带, 粤港澳大湾区, 成渝地区双城经济圈):
// such a name is found as a program, but a figure said of it is counted over that area.
export const AREA_WORDS = [
  '经济带',
  '经济区',
  '经济圈',
  '都市圈',
  '城市群',
  '大湾区',
  '三角洲',
  '流域',
];
