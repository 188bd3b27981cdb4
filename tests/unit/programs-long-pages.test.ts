// Programs of long real pages (issue #10 item 3): report titles and subtitled documents, named meetings, models
// named after a firm or place, and the kinds that look like names (world-scope reforms, common terms in quotes).
// Sentences of the same kind as the dev page's, not its own.
import * as jieba from 'jieba-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPrograms } from '../../lib/programs';
import { jiebaSegmenter, setSegmenter } from '../../lib/text';

beforeAll(() => setSegmenter(jiebaSegmenter(jieba)));
afterAll(() => setSegmenter(null));

const texts = (s: string) => findPrograms(s).map((p) => p.text);

describe('document titles', () => {
  it('takes a title after the kind of document it is', () => {
    expect(texts('亚洲开发银行去年发表的报告《城市供水的未来》指出，水价应当反映成本。')).toEqual(['城市供水的未来']);
    expect(texts('国务院新闻办公室发布白皮书《新时代的中国能源发展》。')).toEqual(['新时代的中国能源发展']);
  });

  it('judges a subtitled title by its main title', () => {
    const s = '双方签署了《城市燃气特许经营协议：华东燃气有限公司、江南能源有限公司》，有效期三十年。';
    expect(texts(s)).toEqual(['城市燃气特许经营协议：华东燃气有限公司、江南能源有限公司']);
  });

  it('still leaves books and papers alone', () => {
    expect(texts('他在小说《城市的黄昏》中写道。')).toEqual([]);
    expect(texts('这篇文章发表在《经济日报》上。')).toEqual([]);
  });
});

describe('named meetings', () => {
  it('takes a quoted meeting whose kind ends the quote', () => {
    expect(texts('2001年他在“亚太城市交通发展研讨会”上介绍了这一做法。')).toEqual(['亚太城市交通发展研讨会']);
  });

  it('takes a quoted name before a counted meeting', () => {
    expect(texts('研究院举办了“长三角金融形势分析”第三次报告会。')).toEqual(['长三角金融形势分析']);
  });
});

describe('models named after a firm or a place', () => {
  it('takes the model at every mention', () => {
    const s = '这就是晋江模式。晋江模式的核心是民营企业，推广晋江模式已成共识。';
    expect(texts(s)).toEqual(['晋江模式', '晋江模式', '晋江模式']);
  });

  it('leaves kinds of model alone', () => {
    expect(texts('企业要探索新的发展模式和商业模式，城市模式、线上模式也在变。')).toEqual([]);
  });
});

describe('names that are kinds', () => {
  it('leaves a reform said of the world or of many countries', () => {
    expect(texts('许多国家的铁路体制改革都遇到了困难。')).toEqual([]);
    expect(texts('这是全球电力体制改革面临的共同问题。')).toEqual([]);
    expect(texts('融资难是发达国家公用事业改革中常见的问题。')).toEqual([]);
  });

  it('keeps a country’s own reform', () => {
    expect(texts('今年要深化铁路体制改革。')).toEqual(['铁路体制改革']);
  });

  it('leaves a common term in quotes before 模式 or 体制', () => {
    expect(texts('过去那种“计划经济”体制已经难以为继。')).toEqual([]);
    expect(texts('不能再走“粗放经营”模式的老路。')).toEqual([]);
    expect(texts('全县推行“林长制”模式。')).toEqual(['林长制']);
  });
});
