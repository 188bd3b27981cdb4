// What each line of a page looks like: headline, dateline, byline, trailing author, caption, masthead or body.
// Splitting a page into articles (articles.ts) reads only these labels and the line ends.
import { APPENDIX_LABELS } from './data/appendix-labels';

export type LineKind = 'masthead' | 'headline' | 'byline' | 'dateline' | 'caption' | 'body';

export interface PageLine {
  /** Offsets of the line's ink (leading and trailing blanks trimmed). */
  start: number;
  end: number;
  text: string;
  kind: LineKind;
  /** The line ends a sentence (。！？… or a closing quote/bracket after one); false at a mid-sentence column break. */
  closed: boolean;
  /** The line ends with an author or source in brackets: (周金宇), （新华社北京1月6日电）. */
  author: boolean;
  /** The page's markup makes the line a heading of this level (1 for h1): see hints.ts. */
  heading?: number;
}

const DIGIT = '0-9０-９';
const HAN = '\\u4e00-\\u9fff';
const BLANK = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;

// A sentence is over when the line ends in one of these (closing marks may follow the stop).
const CLOSED_END = /[。！？!?…；;][”’」』"')）]*$|[）)]$/;
// Headlines never end in these: a stop, a comma, a colon or a dash that carries on.
const OPEN_OR_STOP_END = /[。，,、；;：:…—\-]$/;
// A photo or picture marker in brackets is part of a headline: (图片) (附图片1张) (组图).
const PICTURE_NOTE = /[（(](附?图片?[^）)]{0,6}|组图|传真照片|图文|摄影)[）)]$/;
const LIST_ITEM = new RegExp(
  `^([${DIGIT}]{1,2}|[一二三四五六七八九十]{1,3})[、.．：:]|^[（(]?([${DIGIT}]{1,2}|[一二三四五六七八九十]{1,3})[)）]|^(图片|表[${DIGIT}]*|注)[：:]|^第[${DIGIT}一二三四五六七八九十百零〇]+[章节条款篇]|^目录$`,
);
const MASTHEAD_DATE = new RegExp(`[${DIGIT}]{4}年[${DIGIT}]{1,2}月[${DIGIT}]{1,2}日`);
// 发布时间：2023年11月8日 来源：宜春日报 dates one web article; it is no paper's masthead.
const POST_LABEL = /发布|来源|时间[：:]/;
const MASTHEAD_MARK = /星期[一二三四五六日天]|第\s*[0-9０-９A-Za-z]+\s*版|[日晚]报|要闻|综合新闻/;

// 本报讯, 本报樟树讯, 本报北京1月6日电, 据新华社北京1月6日电, 新华社记者…; a brief's bullet ●.
const DATELINE = new RegExp(
  `^(据)?(本报|本刊|新华社|中新社|人民网|新华网|央视网|中新网|江西日报|江西新闻网|大江网)[^，。,\\s（(]{0,14}?([${DIGIT}一二三四五六七八九十〇]{1,4}日)?(讯|电|消息)`,
);
// A line that only names writers: 本报记者陈兴贵, 全媒体记者 刘某 通讯员 李某, 特约通讯员 钟华平, 文/图 张三.
const BYLINE_ONLY = new RegExp(
  `^[□■◎]?\\s*(本报|新华社|中新社|全媒体|融媒体|见习|特约|首席|实习|[${HAN}]{2,8}报)?(记者|通讯员|特派记者|摄影记者)|^(文|图|文图|文／图|文/图)\\s*[/／:：]|^[—―－-]{1,4}\\s*[${HAN}]{0,8}(编者|编辑|作者|记者)$|^(责任编辑|编辑|校对|美编|审校|监制|制图)[：:]`,
);
// The editors' credits closing a web article: 【责任编辑：刘敏】　【审核：张华】, (编辑：李四).
const EDITOR_CREDITS = new RegExp(
  `^([【\\[（(]?\\s*(责任编辑|编辑|校对|美编|审校|审核|终审|初审|监制|值班编辑)\\s*[：:]\\s*[${HAN}·A-Za-z ]{1,12}[】\\]）)]?[\\s\u3000]*)+$`,
);
// The source closing a web article: 信息来源：内蒙古日报, （来源：新华社）, 整合 新华日报·交汇点记者 徐睿翔.
const SOURCE_CREDIT = new RegExp(
  `^[【\\[（(]?\\s*([${HAN}]{0,2}来源|转自|转载自)(\\s*[：:]|[\\s\u3000]+)|^(整合|综合|整理|综合整理|编辑整理)[\\s\u3000]+[^。！？]{0,30}(记者|报|社|网|台)`,
);
// A government site's table of a document's particulars: 索  引 号：\t…\t分  类：\t…; and a document number, 吉政明电〔2022〕1号.
const METADATA_ROW = /^[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,8}[：:][ \u3000]*\t/;
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{1,10}[〔［\[(（][0-9０-９]{4}[〕］\])）][0-9０-９]{1,4}号$/;
// A bare personal name line (2–4 characters): an author under the headline.
const BARE_NAME = new RegExp(`^[${HAN}]{2,4}$`);
// Bracketed author or source closing a line; not a picture note and not a list of letters like (Ａ、Ｂ).
const AUTHOR_END = /[（(]([^（）()。，,]{1,24})[）)]$/;
const APPENDIX_LABEL = new RegExp(`^[【\\[]?(${APPENDIX_LABELS.join('|')})[】\\]]?[：:]?$`);
// a credit may carry a picture note after it: （新华社记者张鲁成摄）（传真照片）
const CAPTION_END = /摄[）)]?(?:[（(](?:传真照片|图片|照片|附图片?[^）)]{0,6})[）)])?$/;
const CAPTION_START = /^(图为|上图|下图|左图|右图|图：|图:|图[①②③④⑤⑥⑦⑧⑨⑩1-9１-９一二三四五六][：:]|[▲△▼▽]\s*[^\s])/;

const NAME_LIST = new RegExp(`^[${HAN}·\\s、]{2,16}$`);

function isAuthorNote(inner: string): boolean {
  if (/^附?图片?|^组图|^传真照片|^图文|^[A-Za-zＡ-Ｚａ-ｚ、\s]+$/.test(inner)) return false;
  if (/摄|电$|据|稿|记者|通讯员|发$|供稿|作者/.test(inner)) return true;
  // A name or two: Han characters, spaces or 、 only, short.
  return NAME_LIST.test(inner);
}

function classify(text: string, index: number): Pick<PageLine, 'kind' | 'closed' | 'author'> {
  const authorMatch = AUTHOR_END.exec(text);
  const author = authorMatch !== null && isAuthorNote(authorMatch[1]) && !PICTURE_NOTE.test(text);
  // A photo credit (… 摄) closes its caption like a full stop.
  const closed = CLOSED_END.test(text) || CAPTION_END.test(text);
  const plain = { closed, author };

  if (index < 3 && text.length <= 60 && MASTHEAD_DATE.test(text) && MASTHEAD_MARK.test(text) && !POST_LABEL.test(text)) return { kind: 'masthead', ...plain };
  if (METADATA_ROW.test(text)) return { kind: 'byline', ...plain };
  if (DOCUMENT_NUMBER.test(text)) return { kind: 'byline', ...plain };
  if (DATELINE.test(text)) return { kind: 'dateline', ...plain };
  if ((CAPTION_END.test(text) && text.length > 12) || CAPTION_START.test(text)) return { kind: 'caption', ...plain };
  // editors' credits end the article they close, like its author
  if (EDITOR_CREDITS.test(text) || (text.length <= 50 && !text.includes('。') && SOURCE_CREDIT.test(text))) return { kind: 'body', closed: true, author: true };
  if (text.length <= 40 && BYLINE_ONLY.test(text) && !text.includes('。')) return { kind: 'byline', ...plain };
  // 编后, 记者手记, 相关链接: an appendix label inside the article, not a headline.
  if (APPENDIX_LABEL.test(text)) return { kind: 'body', ...plain, closed: true };
  // A trail of sections or a row of links ends where it stands: the line under it starts afresh.
  if ((BREADCRUMB.test(text) && text.length <= 80) || LINK_ROW.test(text) || isCellRow(text)) return { kind: 'body', ...plain, closed: true };
  if (isHeadlineText(text)) return { kind: 'headline', ...plain };
  return { kind: 'body', ...plain };
}

// A local dateline without a date opens a news brief even with no headline: 本报讯, 本报樟树讯.
const LOCAL_DATELINE = new RegExp(`^(本报|本刊)[${HAN}]{0,6}讯`);
export const isLocalDateline = (text: string) => LOCAL_DATELINE.test(text);
export const hasPictureNote = (text: string) => PICTURE_NOTE.test(text);
// A bare bracketed photo credit （本报记者某某摄） signs the article above it; it does not stand alone.
export const isBareCredit = (text: string) => /^[（(][^（）()]*[）)]$/.test(text);
// A sentence signed by a person: …增收8000余元。（周金宇）. The next paragraph, if long, is a new brief.
const SIGNED_SENTENCE = /[。！？”][（(]([^（）()]{2,16})[）)]$/;
export const isSignedByPerson = (text: string) => {
  const m = SIGNED_SENTENCE.exec(text);
  return m !== null && NAME_LIST.test(m[1]);
};
export const isListItem = (text: string) => LIST_ITEM.test(text);
/** The label of a piece appended to an article (编后, 相关链接, 名词解释). */
export const isAppendixLabel = (text: string) => APPENDIX_LABEL.test(text);

/** An editor's note over a report (编者按): the report under it belongs to the same article. */
export const isEditorNote = (text: string) => /^[【\[]?(编者按|编者的话)[】\]]?[：:]?/.test(text);

/** A field label of a record table (索引号：, 发文机关：, 标　　题：): the line after it is its value. */
export const isFieldLabel = (text: string) => /^[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{0,11}[：:]$/.test(text);

// A field of a record table written out on one line: 发布日期：2022年01月28日, 索 引 号：1122…/2022-00426.
// (A kicker over a headline, 靖安县：“两山”转化跑出加速度, looks the same: such rows alone make no table.)
const FIELD_ROW = /^[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,8}[：:][^。！？!?“”‘’"]{1,80}$/;

/** A line of a government site's table of a document's particulars (索引号, 发文机关, 成文日期, 文号). */
export const isRecordField = (text: string) => isTableRow(text) || FIELD_ROW.test(text);
/** A line only such a table has: its fields set apart by tabs, a field's label alone, a document number. */
export const isTableRow = (text: string) => METADATA_ROW.test(text) || DOCUMENT_NUMBER.test(text) || isFieldLabel(text);

/** A date standing alone on its line (2022年1月27日): under an office's name it signs a document. */
export const isBareDate = (text: string) => /^[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日$|^[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$/.test(text);

// Contact lines and number rows are not headlines: 新闻热线：0795-1234567, 4184.84 30.13 …
const FIELD_LINE = /^(地\s*点|时\s*间|日\s*期|主\s*持人?|主\s*席|评论人|报告人|点评人|主讲人?|嘉\s*宾|议\s*题|会\s*场|对\s*象|范\s*围|联系人|关键词|摘\s*要|分\s*类|标\s*签)\s*[：:]/;
const CONTACT = /(电话|热线|地址|邮编|网址|邮箱|传真|账号|开户行|开户银行|QQ|微信号?)[：:]/;
// A web page's trail of sections (首页 > 新闻中心 > 国内, 当前位置：…) is navigation, not a headline.
const LINK_ROW = /^[^|｜]*([|｜][^|｜]*){3,}$/;
const BREADCRUMB = /[>»＞]|^(当前位置|您的位置|您现在的位置)[：:]/;
// Cells of a page's layout table copied as text sit apart by a tab or a run of blanks; one space inside a
// headline (山东 以“五个坚持”…) is no cell gap.
const CELL_GAP = /\t|[ \u3000\u00a0]{2,}/;
// A slogan of an ad or a link's text is short; a cell past this is a sentence of the text. A lone character
// between wide blanks is a word spaced out to width (同　　上, 李  扬, 前  言), no cell.
const CELL_MAX = 16;
const CELL_MIN = 2;
// Cells of a text hold its punctuation; a key：value row (索引号：…) is a record table's, read elsewhere.
const CELL_TEXT_MARK = /[。，、；！？,;!?：:“”"]/;

/**
 * A row of short cells with no punctuation (光纤到户理想合作伙伴⇥伊利液态奶销售额领先, 飞常男女 非常艳遇⇥新浪分类 无限商机):
 * ad slogans or links laid out side by side, page chrome that is neither a headline nor the text.
 */
export function isCellRow(text: string): boolean {
  if (CELL_TEXT_MARK.test(text)) return false;
  const cells = text.split(CELL_GAP).map((cell) => cell.trim()).filter(Boolean);
  return cells.length >= 2 && cells.every((cell) => cell.length >= CELL_MIN && cell.length <= CELL_MAX);
}
const DIGIT_CHAR = /[0-9０-９.．%％]/g;
const HAN_CHAR = /[\u4e00-\u9fff]/g;
const isNumberRow = (text: string) => {
  const digits = text.match(DIGIT_CHAR)?.length ?? 0;
  return digits >= 0.5 * text.length || digits > 2 * (text.match(HAN_CHAR)?.length ?? 0);
};

/** A short line with no sentence stop at its end: a headline or sub-headline candidate. */
export function isHeadlineText(line: string): boolean {
  // A picture note or a bracketed remark (明天气象预报（1月8日20时—9日20时）) does not count against a headline.
  const note = /[（(]([^（）()]*)[）)]$/.exec(line);
  if (note && (isAuthorNote(note[1]) || note.index === 0)) return false;
  const text = note && !note[1].includes('。') ? line.slice(0, note.index) : line;
  if (text.length < 2 || text.length > 46) return false;
  if (OPEN_OR_STOP_END.test(text) || LIST_ITEM.test(text)) return false;
  if (/[。]/.test(text.slice(0, -1))) return false;
  if (/[！？!?]$/.test(text) && text.length > 20) return false;
  if (CONTACT.test(text) || isNumberRow(text) || BREADCRUMB.test(text)) return false;
  // A field of a notice or an agenda (地  点：…, 主  席：…) and a numbered table-of-contents entry (2 背景, 3.1 经历).
  if (FIELD_LINE.test(text) || /^[0-9]{1,2}(?:\.[0-9]{1,2})*\s+\S.{0,14}$/.test(text)) return false;
  // A counter of a blog's or forum's side bar (留言:31, 访问:121369) is no headline.
  if (/^[^:：]{1,6}[:：]\s*[\d,]+$/.test(text)) return false;
  // A line that is all one quotation ending in a stop (“也谢谢你……”) is dialogue, not a headline.
  if (/^[“「『"][^“”「」『』"]*[。！？!?…][”」』"]$/.test(text)) return false;
  // Reported speech that ends the line: 他说：“…！” (but 高安：“赣服通”让群众办事不出村 is a headline).
  if (/[：:][“「『]/.test(text) && /[。！？!?][”」』]$/.test(text)) return false;
  return true;
}

/** The page's non-blank lines with their labels, in order. */
export function readLines(page: string): PageLine[] {
  const lines: PageLine[] = [];
  let from = 0;
  while (from <= page.length) {
    let to = page.indexOf('\n', from);
    if (to < 0) to = page.length;
    const raw = page.slice(from, to);
    const lead = raw.length - raw.replace(/^[\s\u3000\u00a0]+/, '').length;
    const text = raw.replace(BLANK, '');
    if (text) {
      const start = from + lead;
      const line: PageLine = { start, end: start + text.length, text, ...classify(text, lines.length) };
      // A bare name right under a headline is its author (江泽民, 惠研), not a sub-headline.
      if (BARE_NAME.test(text) && lines.length && lines[lines.length - 1].kind === 'headline') line.kind = 'byline';
      // A kicker ending in a colon (吉水县八都镇：) over a headline, after a finished article, heads it too.
      const kicker = lines[lines.length - 1];
      const before = lines[lines.length - 2];
      if (line.kind === 'headline' && kicker && kicker.kind === 'body' && KICKER.test(kicker.text) && (!before || before.closed || before.author)) {
        kicker.kind = 'headline';
      }
      lines.push(line);
    }
    from = to + 1;
  }
  return lines;
}

// A short label ending in a colon, with no stop or comma in it and not a verb of saying: 吉水县八都镇：, 聚焦：.
const KICKER = /^(?!(?:图片|图表|附图|图|表|注|附|附件)[：:])(?![^：:]*(?:说|表示|指出|认为|介绍|称|道|问|答|如下|是|有|为|包括|如)[：:]$)[^，。、；！？,;!?“”]{2,14}[：:]$/;
