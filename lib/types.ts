// The engine's data model. Offsets are JavaScript string indices (UTF-16 code units)
// into the text given to extract(); `end` is exclusive.

export type EntityType = 'place' | 'program' | 'figure' | 'time';
export type Approx = 'over' | 'about' | 'under';

export interface Span {
  start: number;
  end: number;
}

interface EntityBase extends Span {
  type: EntityType;
  /** The span's text as it stands in the input (may contain a line break when a page splits it). */
  text: string;
}

export interface FigureEntity extends EntityBase {
  type: 'figure';
  /** The plain number after the magnitude (6.39亿元 → 639000000); absent for a range. */
  value?: number;
  /** Range bounds (3至5万元 → 30000..50000). */
  min?: number;
  max?: number;
  /** Unit without magnitude: 元, 户, 亩, %, pp (percentage points), times (multiples), 个工作日 … */
  unit?: string;
  approx?: Approx;
}

export interface TimeEntity extends EntityBase {
  type: 'time';
  /** Normalized start and end of the period, ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), when the text allows. */
  from?: string;
  to?: string;
}

export interface PlaceLevelRef {
  name: string;
  code: string;
  /** province | city | county | township | village | foreign | site */
  level: string;
}

export interface PlaceEntity extends EntityBase {
  type: 'place';
  /** The resolved unit's full name (江西 → 江西省), when resolved. */
  name?: string;
  /** GB/T 2260 code (12 digits at village level), when resolved. */
  code?: string;
  level?: string;
  /** Parents from the top down, ending with the place itself (江西省 › 宜春市 › 樟树市). */
  chain?: PlaceLevelRef[];
  /** When context cannot decide between several units of the same name. */
  candidates?: PlaceLevelRef[][];
  /** Why the span was taken: gazetteer, suffix rule, foreign lexicon, site rule, user lexicon… */
  rule?: string;
}

export interface ProgramEntity extends EntityBase {
  type: 'program';
  /** Same id for every mention of one program (and for a defined short form). */
  programId: number;
  /** The canonical name (the first full mention). */
  name: string;
  /** Why the span was taken, readable by a person (e.g. "quoted + head 机制"). */
  rule: string;
}

export type Entity = FigureEntity | TimeEntity | PlaceEntity | ProgramEntity;

export interface Article extends Span {
  index: number;
  headline?: Span & { text: string };
  subheadline?: Span & { text: string };
  byline?: Span & { text: string };
  /** ISO date of the article when the page shows one. */
  date?: string;
  /** The place named by the dateline (本报新干讯 → 新干). */
  datelinePlace?: string;
  /** A photo caption standing as its own item. */
  caption?: boolean;
  /** A record table of the document's particulars (索引号：… 发文机关：…) right over the article's headline, outside
   * its span: its entities are the article's. */
  recordTable?: Span;
}

export interface Fact {
  article: number;
  figure: FigureEntity;
  /** What or who is counted or measured (亩均纯利润, 惠及农户). */
  subject?: string;
  place?: PlaceEntity;
  time?: TimeEntity;
  program?: ProgramEntity;
  sentence: Span & { text: string };
  /** Where the place was found: in the figure's own sentence, or taken from the article (its main place). */
  placeFrom?: FactSource;
  /** Where the time was found: in the figure's own sentence, or taken from the article (its paragraph's period, its date). */
  timeFrom?: FactSource;
}

/** Whether a fact's place or time stands in its sentence or was brought in from the article around it. */
export type FactSource = 'sentence' | 'article';

export interface ArticleResult extends Article {
  entities: Entity[];
  facts: Fact[];
}

export interface ExtractResult {
  text: string;
  articles: ArticleResult[];
  /** What the page is, as the page reader saw it (absent when no reader ran: plain text). */
  kind?: PageKind;
  /** Entities found in chrome (navigation, related lists, footers…): highlighted on request, never in facts. */
  chrome?: Entity[];
}

/** A single story, many stories (an e-paper page, briefs), or no story (a home page, a list, an encyclopedia entry). */
export type PageKind = 'story' | 'stories' | 'no-story';

/** The parts of a story a page reader tells apart. */
export type StoryRole = 'headline' | 'subheadline' | 'kicker' | 'byline' | 'date' | 'body' | 'caption';
/** The parts of a page that are no story. */
export type ChromeRole = 'nav' | 'site' | 'controls' | 'related' | 'comments' | 'ad' | 'footer' | 'chrome';
export type BlockRole = StoryRole | ChromeRole;

/** A block of the page's text (offsets into the text given to extract) and its role, from the page reader. */
export interface BlockHint extends Span {
  role: BlockRole;
  /** Which story the block belongs to (0, 1, … in page order); absent for chrome. */
  story?: number;
}

/** What the page says of itself in its markup (og:*, JSON-LD NewsArticle, <time>, itemprop, <title>). */
export interface PageMeta {
  headline?: string;
  byline?: string;
  /** ISO date (YYYY-MM-DD) the story was published. */
  date?: string;
  siteName?: string;
}

export interface ExtractOptions {
  /** The page's date (ISO), used to resolve relative times (今年, 去年). */
  date?: string;
  /** The reader's own lexicon: extra places and programs. */
  lexicon?: UserLexicon;
  /** Where the page's markup marks a heading line (h1–h6, role=heading), in order: strong evidence of headlines. */
  headings?: HeadingHint[];
  /** The page reader's blocks and roles: stories start at their headlines, chrome holds no article. */
  blocks?: BlockHint[];
  /** The page's own metadata, for a story's headline, byline and date where its text lacks them. */
  meta?: PageMeta;
  kind?: PageKind;
}

/** A heading element's first character in the text, and its level (1 for h1 … 6 for h6). */
export interface HeadingHint {
  start: number;
  level: number;
}

export interface UserLexicon {
  places?: string[];
  programs?: string[];
}
