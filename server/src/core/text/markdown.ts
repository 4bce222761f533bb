/**
 * Splits a markdown document into blocks and, for the blocks that hold prose,
 * a "prose mask": the block's source text with every character that is not
 * prose (markup, code, HTML, link targets, URLs) replaced by a space.
 *
 * The mask has exactly the length of the source slice, so an offset found in
 * the mask is an offset in the document. This is what lets every later stage
 * work on plain text and still report exact document positions.
 *
 * Scanning never fails: odd markdown gives odd blocks, never an exception.
 */

export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'table-row'
  | 'code'
  | 'html'
  | 'front-matter'
  | 'break'
  | 'definition';

export interface MarkdownBlock {
  kind: BlockKind;
  /** Offset of the block's first character in the document. */
  start: number;
  /** Offset just past the block's last character (line break excluded). */
  end: number;
  startLine: number;
  /** Prose mask for prose blocks (same length as the source slice); '' otherwise. */
  prose: string;
}

export interface FrontMatter {
  /** Offset of the opening `---`. */
  start: number;
  /** Offset just past the closing delimiter line (or the opening line when unclosed). */
  end: number;
  /** The YAML between the delimiters ('' when unclosed). */
  raw: string;
  /** Offset where the YAML text starts. */
  rawStart: number;
  closed: boolean;
  /** 0-based line of the first line after the front matter. */
  bodyLine: number;
}

export interface ScannedMarkdown {
  blocks: MarkdownBlock[];
  frontMatter?: FrontMatter;
}

export interface ScanOptions {
  /** Recognize YAML front matter at the top (default true). */
  frontMatter?: boolean;
  /**
   * Treat every line as its own paragraph. Scraped articles put one paragraph
   * per line with no blank line between bylines, captions and text.
   */
  linePerParagraph?: boolean;
  /** 0-based lines to leave out entirely (page furniture in corpus articles). */
  skipLines?: ReadonlySet<number>;
}

interface Line {
  start: number;
  /** End of content, line break excluded. */
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

const BLANK = /^[ \t]*$/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const ATX_HEADING = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_MARKER = /^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+(?:\[[ xX]\][ \t]+)?|$)/;
const BLOCKQUOTE = /^( {0,3}>[ \t]?)+/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_BLOCK_TAGS = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link ' +
    'main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead ' +
    'title tr track ul pre script style textarea'
  ).split(' '),
);

function indentOf(s: string): number {
  let n = 0;
  for (const ch of s) {
    if (ch === ' ') n++;
    else if (ch === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
}

function htmlBlockStart(line: string): 'comment' | 'block' | null {
  const m = /^ {0,3}<(!--|\/?([a-zA-Z][a-zA-Z0-9-]*))/.exec(line);
  if (!m) return null;
  if (m[1] === '!--') return 'comment';
  const tag = (m[2] ?? '').toLowerCase();
  if (HTML_BLOCK_TAGS.has(tag)) return 'block';
  // A complete open or closing tag alone on its line also starts an HTML block.
  if (/^ {0,3}<\/?[a-zA-Z][a-zA-Z0-9-]*(\s+[^<>]*)?\/?>[ \t]*$/.test(line)) return 'block';
  return null;
}

/** Replaces the characters of [from, to) with spaces, keeping line breaks. */
function blank(chars: string[], from: number, to: number): void {
  for (let i = Math.max(0, from); i < to && i < chars.length; i++) {
    const c = chars[i];
    if (c !== '\n' && c !== '\r') chars[i] = ' ';
  }
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** Masks inline markup in a block's text (already stripped of block markers). */
export function maskInline(source: string): string {
  const chars = source.split('');
  const n = source.length;
  let i = 0;
  while (i < n) {
    const c = source[i]!;
    if (c === '\\' && i + 1 < n && /[!-/:-@[-`{-~]/.test(source[i + 1]!)) {
      chars[i] = ' ';
      i += 2;
      continue;
    }
    if (c === '`') {
      let run = 1;
      while (source[i + run] === '`') run++;
      const fence = '`'.repeat(run);
      let close = source.indexOf(fence, i + run);
      while (close !== -1 && source[close + run] === '`') {
        let skip = close;
        while (source[skip] === '`') skip++;
        close = source.indexOf(fence, skip);
      }
      if (close !== -1) {
        blank(chars, i, close + run);
        i = close + run;
      } else {
        blank(chars, i, i + run);
        i += run;
      }
      continue;
    }
    if (c === '<') {
      if (source.startsWith('<!--', i)) {
        const close = source.indexOf('-->', i + 4);
        const end = close === -1 ? n : close + 3;
        blank(chars, i, end);
        i = end;
        continue;
      }
      const tag = /^<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[^\s@<>]+@[^\s@<>]+|\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s+[^<>]*?)?\/?)>/.exec(
        source.slice(i, i + 2000),
      );
      if (tag) {
        blank(chars, i, i + tag[0].length);
        i += tag[0].length;
        continue;
      }
    }
    if (c === '!' && source[i + 1] === '[') {
      const close = findClosingBracket(source, i + 1);
      if (close !== -1 && source[close + 1] === '(') {
        const paren = findClosingParen(source, close + 1);
        if (paren !== -1) {
          blank(chars, i, paren + 1);
          i = paren + 1;
          continue;
        }
      }
    }
    if (c === '[') {
      if (source[i + 1] === '^') {
        const close = source.indexOf(']', i);
        if (close !== -1 && close - i < 100) {
          blank(chars, i, close + 1);
          i = close + 1;
          continue;
        }
      }
      const close = findClosingBracket(source, i);
      if (close !== -1) {
        if (source[close + 1] === '(') {
          const paren = findClosingParen(source, close + 1);
          if (paren !== -1) {
            chars[i] = ' ';
            blank(chars, close, paren + 1);
            i++;
            continue;
          }
        } else if (source[close + 1] === '[') {
          const refClose = source.indexOf(']', close + 2);
          if (refClose !== -1 && !source.slice(close + 2, refClose).includes('\n')) {
            chars[i] = ' ';
            blank(chars, close, refClose + 1);
            i++;
            continue;
          }
        }
      }
    }
    if ((c === 'h' || c === 'w') && !isWordChar(source[i - 1])) {
      const url = /^(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'")\]]/.exec(source.slice(i, i + 4000));
      if (url) {
        blank(chars, i, i + url[0].length);
        i += url[0].length;
        continue;
      }
    }
    if (c === '*' || c === '~') {
      let run = 1;
      while (source[i + run] === c) run++;
      if (c === '*' || run >= 2) blank(chars, i, i + run);
      i += run;
      continue;
    }
    if (c === '_') {
      let run = 1;
      while (source[i + run] === '_') run++;
      if (!isWordChar(source[i - 1]) || !isWordChar(source[i + run])) blank(chars, i, i + run);
      i += run;
      continue;
    }
    i++;
  }
  return chars.join('');
}

function findClosingBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length && i < open + 1000; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) return i;
    } else if (c === '\n' && s[i + 1] === '\n') return -1;
  }
  return -1;
}

function findClosingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length && i < open + 4000; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    } else if (c === '\n' && s[i + 1] === '\n') return -1;
  }
  return -1;
}

interface OpenBlock {
  kind: BlockKind;
  lines: Line[];
  /** Per line, how many leading characters are block markers (masked). */
  markerWidths: number[];
  contentIndent: number;
}

/** Splits a document into blocks with prose masks. */
export function scanMarkdown(text: string, options: ScanOptions = {}): ScannedMarkdown {
  const lines = splitLines(text);
  const blocks: MarkdownBlock[] = [];
  let frontMatter: FrontMatter | undefined;
  let i = 0;

  if (options.frontMatter !== false && lines.length > 0 && /^---[ \t]*$/.test(lines[0]!.text)) {
    let close = -1;
    for (let j = 1; j < lines.length; j++) {
      if (/^(---|\.\.\.)[ \t]*$/.test(lines[j]!.text)) {
        close = j;
        break;
      }
    }
    if (close !== -1) {
      const rawStart = lines[1]!.start;
      const rawEnd = close > 1 ? lines[close - 1]!.end : rawStart;
      frontMatter = {
        start: 0,
        end: lines[close]!.end,
        raw: text.slice(rawStart, rawEnd),
        rawStart,
        closed: true,
        bodyLine: close + 1,
      };
      blocks.push({ kind: 'front-matter', start: 0, end: lines[close]!.end, startLine: 0, prose: '' });
      i = close + 1;
    } else {
      frontMatter = { start: 0, end: lines[0]!.end, raw: '', rawStart: lines[0]!.end, closed: false, bodyLine: 1 };
      blocks.push({ kind: 'front-matter', start: 0, end: lines[0]!.end, startLine: 0, prose: '' });
      i = 1;
    }
  }

  let open: OpenBlock | undefined;
  let lastClosedKind: BlockKind | undefined;
  let lastListIndent = -1;

  const pushRaw = (kind: BlockKind, from: number, to: number): void => {
    blocks.push({ kind, start: lines[from]!.start, end: lines[to]!.end, startLine: from, prose: '' });
    lastClosedKind = kind;
  };
  const close = (): void => {
    if (!open) return;
    const first = open.lines[0]!;
    const last = open.lines[open.lines.length - 1]!;
    const source = text.slice(first.start, last.end);
    const chars = source.split('');
    open.lines.forEach((line, k) => blank(chars, line.start - first.start, line.start - first.start + open!.markerWidths[k]!));
    let prose = maskInline(chars.join(''));
    if (open.kind === 'table-row') prose = prose.replace(/\|/g, ' ');
    blocks.push({ kind: open.kind, start: first.start, end: last.end, startLine: lines.indexOf(first), prose });
    lastClosedKind = open.kind;
    open = undefined;
  };
  const startBlock = (kind: BlockKind, line: Line, markerWidth: number, contentIndent = 0): void => {
    close();
    open = { kind, lines: [line], markerWidths: [markerWidth], contentIndent };
  };

  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (options.skipLines?.has(i)) {
      close();
      continue;
    }
    const t = line.text;
    if (BLANK.test(t)) {
      close();
      continue;
    }
    const indent = indentOf(t);

    // Fenced code: up to the closing fence or the end of the document.
    const fence = FENCE_OPEN.exec(t);
    if (fence && !(fence[2]![0] === '`' && fence[3]!.includes('`'))) {
      close();
      const marker = fence[2]!;
      let j = i + 1;
      const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
      while (j < lines.length && !closing.test(lines[j]!.text)) j++;
      const last = Math.min(j, lines.length - 1);
      pushRaw('code', i, last);
      i = last;
      continue;
    }

    // Indented code (not inside a list item, not a paragraph continuation).
    if (indent >= 4 && !open && !(lastClosedKind === 'list-item' && lastListIndent >= 0 && indent >= lastListIndent)) {
      let j = i;
      let lastCode = i;
      while (j + 1 < lines.length && (BLANK.test(lines[j + 1]!.text) || indentOf(lines[j + 1]!.text) >= 4)) {
        j++;
        if (!BLANK.test(lines[j]!.text)) lastCode = j;
      }
      pushRaw('code', i, lastCode);
      i = lastCode;
      continue;
    }

    const html = indent < 4 ? htmlBlockStart(t) : null;
    if (html && !(open && html === 'block' && open.kind === 'paragraph' && !/^ {0,3}<\/?[a-zA-Z]/.test(t))) {
      close();
      let j = i;
      if (html === 'comment') {
        while (j < lines.length && !lines[j]!.text.includes('-->')) j++;
      } else {
        while (j + 1 < lines.length && !BLANK.test(lines[j + 1]!.text)) j++;
      }
      const last = Math.min(j, lines.length - 1);
      pushRaw('html', i, last);
      i = last;
      continue;
    }

    if (open && (open.kind === 'paragraph') && SETEXT_UNDERLINE.test(t) && !options.linePerParagraph) {
      open.kind = 'heading';
      open.lines.push(line);
      open.markerWidths.push(t.length);
      close();
      continue;
    }

    if (THEMATIC_BREAK.test(t)) {
      close();
      pushRaw('break', i, i);
      continue;
    }

    const heading = ATX_HEADING.exec(t);
    if (heading) {
      startBlock('heading', line, heading[0].length);
      // Mask an optional closing sequence of #'s.
      const closingHashes = /[ \t]#+[ \t]*$/.exec(t);
      open!.markerWidths[0] = heading[0].length;
      close();
      if (closingHashes) {
        const b = blocks[blocks.length - 1]!;
        const from = closingHashes.index;
        b.prose = b.prose.slice(0, from) + ' '.repeat(b.prose.length - from);
      }
      continue;
    }

    if (!open && REFERENCE_DEFINITION.test(t)) {
      pushRaw('definition', i, i);
      continue;
    }

    if (t.includes('|') && i + 1 < lines.length && TABLE_DELIMITER.test(lines[i + 1]!.text) && lines[i + 1]!.text.includes('-')) {
      close();
      startBlock('table-row', line, 0);
      close();
      let j = i + 2;
      while (j < lines.length && !BLANK.test(lines[j]!.text) && lines[j]!.text.includes('|')) {
        startBlock('table-row', lines[j]!, 0);
        close();
        j++;
      }
      i = j - 1;
      continue;
    }

    const list = LIST_MARKER.exec(t);
    if (list && !(open && open.kind === 'paragraph' && /^\d/.test(list[2]!) && list[2] !== '1.' && list[2] !== '1)')) {
      const width = list[0].length;
      startBlock('list-item', line, width, width);
      lastListIndent = width;
      continue;
    }

    const quote = BLOCKQUOTE.exec(t);
    if (quote) {
      const width = quote[0].length;
      const inner = t.slice(width);
      if (BLANK.test(inner)) {
        close();
        continue;
      }
      if (open && open.kind === 'paragraph' && !options.linePerParagraph) {
        open.lines.push(line);
        open.markerWidths.push(width);
      } else {
        const innerHeading = ATX_HEADING.exec(inner);
        const innerList = LIST_MARKER.exec(inner);
        const extra = innerHeading ? innerHeading[0].length : innerList ? innerList[0].length : 0;
        startBlock(innerHeading ? 'heading' : innerList ? 'list-item' : 'paragraph', line, width + extra);
      }
      continue;
    }

    if (open && !options.linePerParagraph && (open.kind === 'paragraph' || open.kind === 'list-item')) {
      open.lines.push(line);
      open.markerWidths.push(open.kind === 'list-item' ? Math.min(indent, open.contentIndent) : 0);
      continue;
    }
    startBlock('paragraph', line, 0);
    if (lastClosedKind === 'list-item' && indent >= lastListIndent && lastListIndent > 0) {
      // An indented paragraph continuing a list item.
      open!.kind = 'list-item';
    } else {
      lastListIndent = -1;
    }
  }
  close();
  return frontMatter ? { blocks, frontMatter } : { blocks };
}

/** True for blocks whose prose is analysed. */
export function isProseBlock(block: MarkdownBlock): boolean {
  return block.prose.length > 0;
}
