// Where articles start and what their heads are. The engine needs the split; the page readers (the
// extension's and the command line's) need how an element's tag or role ranks as a heading.
export { splitArticles } from './articles';
export { headingLevel } from './hints';
export { isNameRun, isPersonName, isPersonNames } from './person-name';
