// China's great regions and the provinces they span, by the provinces' two-digit GB/T 2260 codes. An article that
// compares the provinces of a region (上海、江苏、浙江…, 以华东为例) is about the region, so main-place.ts counts
// each province's mentions towards its region as it counts a county's towards its province. Only regions whose
// extent is settled usage are here: 东北 / 西南 / 西北 are also plain directions and are no places in the lexicon.

/** Region name (as the place finder names it, without 地区) → the codes of its provinces. */
export const REGION_PROVINCES: Readonly<Record<string, readonly string[]>> = {
  华北: ['11', '12', '13', '14', '15'],
  华东: ['31', '32', '33', '34', '35', '36', '37'],
  华中: ['41', '42', '43'],
  华南: ['44', '45', '46'],
  长三角: ['31', '32', '33', '34'],
  京津冀: ['11', '12', '13'],
  // areas of a national plan, by the plan's own list of provinces (found as programs, made places by area-places.ts)
  长江经济带: ['31', '32', '33', '34', '36', '42', '43', '50', '51', '52', '53'],
  黄河流域: ['15', '14', '37', '41', '51', '61', '62', '63', '64'],
};
