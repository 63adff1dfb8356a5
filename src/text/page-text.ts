/**
 * A web page saved from a browser (content/originals/*.html) as text: decoded
 * by the charset it declares, its markup read with a server-side DOM
 * (linkedom) and its visible text written one block per line, blocks
 * separated by a blank line. The build shows this text as the page as
 * received (/artikel/<id>/original/) and `npm run text:add` drafts from the
 * same lines, so the line a draft drops is a line of that view.
 *
 * Used by the build and by the authoring commands; no file access here.
 */
import { parseHTML } from 'linkedom';

/** A file of content/originals/ that is a saved web page, by its name. */
export const isPageName = (name: string) => /\.html?$/i.test(name);

/** Elements whose content a reader does not see as text of the page. */
const INVISIBLE = new Set(['HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'DATALIST', 'MAP', 'AUDIO', 'VIDEO', 'PICTURE', 'IMG', 'INPUT', 'TEXTAREA']);
/** Elements that start and end a line of their own. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'LEGEND', 'LABEL', 'BUTTON', 'OPTION',
]);

/** The charset a page declares: a byte-order mark, `<meta charset>` or `<meta http-equiv="Content-Type">` in its first 1024 bytes. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
  // The prescan of the HTML standard, simplified: ASCII is the same in every charset a page may declare.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1]?.toLowerCase();
}

export class PageDecodeError extends Error {
  override name = 'PageDecodeError';
}

/** The page's text, decoded by the charset it declares (UTF-8 if it declares none). */
export function decodePage(bytes: Uint8Array): { html: string; charset: string } {
  const charset = declaredCharset(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new PageDecodeError(`the page declares the charset "${charset}", which is not one a browser knows`);
  }
  try {
    return { html: decoder.decode(bytes), charset: decoder.encoding };
  } catch {
    throw new PageDecodeError(`the page is not valid ${decoder.encoding} as it declares${declaredCharset(bytes) ? '' : ' (it declares no charset, so UTF-8 is assumed)'}`);
  }
}

/** A document of `html`, for reading (linkedom). */
export function pageDocument(html: string): Document {
  // linkedom puts a fragment without <html> into no body; wrap it so that both read alike.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

const collapse = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** A line of a page's text, with what the markup says of it. */
export interface PageLine {
  text: string;
  /** The block element it is in (`P`, `H2`, `LI`, `FIGCAPTION`, …). */
  block: string;
  /** Every character of it is the text of a link. */
  linkOnly: boolean;
}

/**
 * The visible text of `root`, as blocks of lines: a block per block element,
 * a line per `<br>`. Whitespace is collapsed as a browser collapses it.
 */
export function pageBlocks(root: Node): PageLine[][] {
  const blocks: PageLine[][] = [];
  let lines: PageLine[] = [];
  let current = '';
  let linked = '';
  let link = 0;
  const stack: string[] = ['BODY'];
  const endLine = () => {
    const text = collapse(current);
    if (text !== '') lines.push({ text, block: stack.at(-1)!, linkOnly: collapse(linked) === text });
    current = '';
    linked = '';
  };
  const endBlock = () => {
    endLine();
    if (lines.length) blocks.push(lines);
    lines = [];
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      if (link > 0) linked += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const element = node as Element;
    const name = node.nodeType === 1 ? element.tagName.toUpperCase() : '';
    if (INVISIBLE.has(name) || (node.nodeType === 1 && (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true'))) return;
    if (name === 'BR') {
      endLine();
      return;
    }
    const block = BLOCK.has(name);
    if (block) {
      endBlock();
      stack.push(name);
    }
    if (name === 'A') link += 1;
    if (name === 'PRE') {
      for (const line of (element.textContent ?? '').split('\n')) {
        current = line;
        endLine();
      }
    } else {
      for (const child of Array.from(node.childNodes)) walk(child);
    }
    if (name === 'A') link -= 1;
    if (block) {
      endBlock();
      stack.pop();
    }
  };
  walk(root);
  endBlock();
  return blocks;
}

/** The visible text of `root`, as blocks of lines (pageBlocks without what the markup says). */
export const textBlocks = (root: Node): string[][] => pageBlocks(root).map((lines) => lines.map((line) => line.text));

/**
 * The lines of a page's text as the site shows it (pageText), numbered as there:
 * `lines[n - 1]` is line n, undefined for the blank lines between blocks.
 */
export function pageLines(html: string): (PageLine | undefined)[] {
  const document = pageDocument(html);
  const out: (PageLine | undefined)[] = [];
  pageBlocks(document.body ?? document).forEach((lines, index) => {
    if (index > 0) out.push(undefined);
    out.push(...lines);
  });
  return out;
}

/** The text of a page as shown for it as received: a block per paragraph, separated by blank lines. */
export function pageText(html: string): string {
  return `${pageLines(html).map((line) => line?.text ?? '').join('\n')}\n`;
}

/** An original of content/originals/ as text: a page's text for a saved web page, else the file's UTF-8 text. */
export function originalText(name: string, bytes: Uint8Array): string {
  return isPageName(name) ? pageText(decodePage(bytes).html) : new TextDecoder('utf-8').decode(bytes);
}
