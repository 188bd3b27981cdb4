// The popup's view of a result: one story, many stories, or a page of sections with no fact table.
import { describe, expect, it } from 'vitest';
import { found, popupView } from '../../components/popup-view';
import type { PageResult } from '../../components/messages';
import type { ArticleResult, Entity } from '../../lib/types';

const place = (start: number, text: string, name?: string): Entity => ({ type: 'place', start, end: start + text.length, text, name });
const figure = (start: number, text: string): Entity => ({ type: 'figure', start, end: start + text.length, text });
const time = (start: number, text: string): Entity => ({ type: 'time', start, end: start + text.length, text });

function article(index: number, headline: string | undefined, entities: Entity[]): ArticleResult {
  return { index, start: index * 100, end: index * 100 + 99, headline: headline ? { start: index * 100, end: index * 100 + headline.length, text: headline } : undefined, entities, facts: [] };
}

describe('popupView', () => {
  it('lists the story page\'s one article as an article', () => {
    const result: PageResult = { kind: 'story', articles: [article(0, '樟树中药材种植面积达12.5万亩', [])] };
    const view = popupView(result);
    expect(view.show).toBe('articles');
    if (view.show === 'articles') expect(view.articles.map((a) => a.headline?.text)).toEqual(['樟树中药材种植面积达12.5万亩']);
  });

  it('never lists chrome entities as an article', () => {
    const result: PageResult = { kind: 'story', articles: [article(0, '标题', [])], chrome: [place(500, '北京市', '北京市')] };
    const view = popupView(result);
    expect(view.show === 'articles' && view.articles.length).toBe(1);
  });

  it('keeps each story of a many-story page', () => {
    const result: PageResult = { kind: 'stories', articles: [article(0, '甲', []), article(1, '乙', []), article(2, '丙', [])] };
    const view = popupView(result);
    expect(view.show === 'articles' && view.kind).toBe('stories');
    expect(view.show === 'articles' && view.articles.length).toBe(3);
  });

  it('a page that is no story becomes sections, with what each names and no facts', () => {
    const a = article(0, '  要闻\n', [place(3, '樟树市', '樟树市'), figure(10, '6.39亿元'), place(20, '樟树', '樟树市'), time(30, '今年')]);
    a.facts = [{ article: 0, figure: a.entities[1] as never, sentence: { start: 0, end: 40, text: '…' } }];
    const view = popupView({ kind: 'no-story', articles: [a, article(1, undefined, [])] });
    expect(view.show).toBe('sections');
    if (view.show !== 'sections') return;
    expect(view.sections.map((s) => s.title)).toEqual(['要闻', undefined]);
    expect(view.sections[0].places).toEqual([{ label: '樟树市', start: 3, end: 6, n: 2 }]);
    expect(view.sections[0].figures.map((f) => f.label)).toEqual(['6.39亿元']);
    expect(view.sections[0]).not.toHaveProperty('facts');
  });

  it('a result from plain text (no page reader) is listed as before', () => {
    const view = popupView({ articles: [article(0, '甲', []), article(1, '乙', [])] });
    expect(view.show === 'articles' && view.kind).toBe(undefined);
    expect(view.show === 'articles' && view.articles.length).toBe(2);
  });
});

describe('found', () => {
  it('counts mentions of one place by its resolved name, in order of first mention, and leaves times out', () => {
    const f = found([place(0, '宜春', '宜春市'), place(5, '樟树市', '樟树市'), place(9, '宜春市', '宜春市'), time(12, '11月')]);
    expect(f.places.map((c) => [c.label, c.n, c.start])).toEqual([
      ['宜春市', 2, 0],
      ['樟树市', 1, 5],
    ]);
    expect(f.figures).toEqual([]);
    expect(f.programs).toEqual([]);
  });
});
