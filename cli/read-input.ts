// Turns a file (or stdin) into the text the engine reads: .txt must be UTF-8; HTML is decoded
// by its declared charset (GBK included), parsed into a DOM by linkedom and read by the page reader
// (lib/page), the same reader the extension runs on the live page. linkedom and iconv-lite are loaded only
// when an HTML page comes (cli/node-packages.ts).
import { readFileSync, readSync, statSync } from 'node:fs';
import { readPage as readDom, type PageRead } from '../lib/page';
import { requirePackage } from './node-packages';
import type { BlockHint, HeadingHint, PageKind, PageMeta } from '../lib/types';

export class InputError extends Error {}

/** Past this a file is refused with a message rather than risking the process's memory (a V8 string tops out near 512 MiB). */
export const MAX_INPUT_BYTES = 256 * 2 ** 20;

export function readInput(path: string): string {
  return readPage(path).text;
}

/** What the engine gets from a file: its text and, from HTML, the reader's hints. */
export interface InputPage {
  text: string;
  headings?: HeadingHint[];
  blocks?: BlockHint[];
  meta?: PageMeta;
  kind?: PageKind;
  framesNotRead?: string[];
}

/**
 * A file's text for the engine and, for an HTML file, the page reader's hints: where its headings start,
 * its blocks with their roles, its metadata and kind.
 */
export function readPage(path: string): InputPage {
  let bytes: Buffer;
  try {
    if (path !== '-') {
      const size = statSync(path).size;
      if (size > MAX_INPUT_BYTES) throw new InputError(`${path} is ${Math.round(size / 2 ** 20)} MiB, more than the ${MAX_INPUT_BYTES / 2 ** 20} MiB one run reads: split it, or feed it as records with --jsonl`);
    }
    bytes = path === '-' ? readStdin() : readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`no such file: ${path}`);
    if (code === 'EISDIR') throw new InputError(`is a directory, not a file: ${path}`);
    throw new InputError(`cannot read ${path}: ${(e as Error).message}`);
  }
  if (looksBinary(bytes)) throw new InputError(`not a text or HTML file (binary content): ${path}`);
  const isHtml = /\.x?html?$/i.test(path) || (path === '-' && /^\s*(<!doctype html|<html|<head|<body|<meta)/i.test(bytes.subarray(0, 512).toString('latin1')));
  if (!isHtml) return { text: decodeUtf8(bytes, path) };
  const page = readHtml(decodeHtml(bytes));
  return { text: page.text, headings: page.headings, blocks: page.blocks, meta: page.meta, kind: page.kind, framesNotRead: page.framesNotRead };
}

/**
 * An HTML document read by the page reader. linkedom builds the DOM: it parses a 1 MB page several times
 * faster than happy-dom and installs at a fraction of its size (see the commit that chose it). Styles are
 * not computed, so visibility is what the attributes say; a srcdoc frame is parsed and read in place.
 */
export function readHtml(html: string): PageRead {
  const doc = parseDocument(html);
  // from the root element, not document.body: a broken page may leave text outside <body> (and linkedom's
  // body getter can miss the real one); <head> is skipped by the walk anyway
  return readDom(doc.documentElement, {
    frameDocument: (frame) => {
      const srcdoc = frame.getAttribute('srcdoc');
      return srcdoc == null ? null : parseDocument(srcdoc);
    },
  });
}

function parseDocument(html: string): Document {
  // a fragment without <html> (a saved snippet, a <text> wrapper) still gets a body to read
  const whole = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { parseHTML } = requirePackage<typeof import('linkedom')>('linkedom');
  return parseHTML(whole).document as unknown as Document;
}

/**
 * All of stdin. Not readFileSync(0): on Node 20, once that has read a pipe, linkedom loaded afterwards (as it
 * is, on demand) parses every page wrong ("Cannot set properties of undefined"); reading in chunks does not.
 */
function readStdin(): Buffer {
  const chunks: Buffer[] = [];
  for (;;) {
    const chunk = Buffer.alloc(1 << 16);
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EOF') break; // Windows' end of a pipe
      throw e;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks);
}

function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}

function decodeUtf8(bytes: Buffer, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(`invalid UTF-8 in ${path} at byte ${at}: save it as UTF-8 (or give an .html file with its charset)`);
  }
}

/** Byte offset of the first bad sequence: where lenient decoding first produced U+FFFD. */
function firstInvalidUtf8(bytes: Buffer): number {
  const lenient = bytes.toString('utf8');
  return Buffer.byteLength(lenient.slice(0, lenient.indexOf('\uFFFD')), 'utf8');
}

/**
 * The charset from a BOM; else UTF-8 when the bytes are valid UTF-8 (a page that declares gb2312 but was
 * re-saved as UTF-8 is common, and GBK text is almost never valid UTF-8); else the <meta> declaration; else GBK.
 */
export function decodeHtml(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: read the declaration
  }
  const head = bytes.subarray(0, 8192).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const iconv = requirePackage<typeof import('iconv-lite')>('iconv-lite');
  const charset = !declared || declared === 'gb2312' || declared === 'gbk' || declared.startsWith('utf') ? 'gb18030' : declared;
  return dropBroken(iconv.decode(bytes, iconv.encodingExists(charset) ? charset : 'gb18030'));
}

// Saved GBK pages often hold a half character (a lead byte cut off by a truncated title or a bad edit);
// the decoder turns it into U+FFFD, which carries nothing a reader would see, so it goes.
const dropBroken = (text: string) => text.replace(/\uFFFD/g, '');
