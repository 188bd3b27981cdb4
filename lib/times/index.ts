// Times: dates and periods. BEFORE_QIAN_DURATION and PLAN_BEFORE are shared with figures, so that the two
// reads of 前N个月 (a duration, not a figure) and “十四五”前4年 (a period) cannot drift apart.
export { BEFORE_QIAN_DURATION, PLAN_BEFORE, findTimes } from './times';
