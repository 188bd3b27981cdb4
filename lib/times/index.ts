// Times: dates and periods. BEFORE_QIAN_DURATION is shared with figures, so that the two reads of
// 前N个月 (a duration, not a figure) cannot drift apart.
export { BEFORE_QIAN_DURATION, findTimes } from './times';
