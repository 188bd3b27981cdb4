// A two-line intertitle (a short title and its sub-line) inside a story that opens with its text, or one under
// a numbered part's label (方案1), is no new article; a headline over a byline run of names (栾老寨的奇迹 / 龙益飞石雄) after a finished story still is one.
import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../lib/articles';
import { isNameRun } from '../../lib/articles/person-name';

const P1 = '11月23日，市政府新闻办举行新闻发布会，发布《安宁疗护机构服务规范》等4项太原市地方标准，这为全市医养结合和安宁疗护工作提供了可供遵循的规范。';
const P2 = '安宁疗护是指为控制疾病终末期患者或临终前老年患者及其家属的痛苦和不适症状，提高患者生命质量而提供的照料和人文关怀等服务。';
const P3 = '医养结合是指通过医疗资源与养老资源的整合，为老年人提供专业医疗服务和养老服务的活动，服务对象为六十周岁以上者。';

describe('two-line intertitles', () => {
  it('keep a story that opens with its text in one article', () => {
    const text = [P1, '', '安宁疗护精细化', '', '让临终患者少些痛苦多些温暖', '', P2, '', '医养结合专业化', '', '让老年生活健康有品质', '', P3, '', '记者 刘涛'].join('\n');
    expect(splitArticles(text).map((a) => a.start)).toEqual([0]);
  });

  it('keep a feature\'s numbered parts (方案1 / its title) in the feature, under its own headline too', () => {
    const text = ['人物画像', P1, '方案1', '产权投资安全最重要', P2, '方案2', '投资住宅宜早也宜晚', P3].join('\n');
    expect(splitArticles(text).map((a) => a.start)).toEqual([0]);
  });

  it('leave a headline over its writers\' names as the next article', () => {
    const text = ['工人自报“免检岗”', P1, '栾老寨的奇迹', '龙益飞石雄', P2].join('\n');
    const starts = splitArticles(text).map((a) => text.slice(a.start, a.start + 6));
    expect(starts).toContain('栾老寨的奇迹');
  });

  it('tell a run of names from a phrase', () => {
    expect(isNameRun('龙益飞石雄')).toBe(true);
    expect(isNameRun('张印东周庆新焦守云')).toBe(true);
    expect(isNameRun('让老年生活健康有品质')).toBe(false);
    expect(isNameRun('天气趋势分析')).toBe(false);
  });
});
