// A file's text for the engine with, for an HTML page, where its headings start (hints for the article split).
import { readFileSync } from 'node:fs';
import { htmlToPage } from './html-text';
import { decodeHtml, readInput } from './read-input';
import type { HeadingHint } from '../lib/types';

const HTML_PATH = /\.x?html?$/i;

export function readPage(path: string): { text: string; headings?: HeadingHint[] } {
  // readInput checks and decodes the file; the page is parsed again for its headings (stdin cannot be read twice)
  const text = readInput(path);
  if (path === '-' || !HTML_PATH.test(path)) return { text };
  const page = htmlToPage(decodeHtml(readFileSync(path)));
  return page.text === text ? page : { text };
}
