import { describe, expect, it } from 'vitest';
import { allEntities, extract } from '../../lib/extract';

const figures = (text: string) => allEntities(extract(text)).filter((e) => e.type === 'figure').map((e) => e.text);

describe('extract: numbers inside program names', () => {
  it('reads no figure inside a document title or a national program (ANNOTATION.md: numbers inside names)', () => {
    expect(figures('出台《南丰县蜜桔产业高质量发展三年行动实施方案》，建设果园120余个。')).toEqual(['120余个']);
    expect(figures('为落实长江十年禁渔，该县3年投入资金12.7亿元。')).toEqual(['3年', '12.7亿元']);
  });
});
