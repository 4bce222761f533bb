/**
 * Reading text files whose encoding nobody promised: UTF-8 (with or without
 * BOM), UTF-16 with BOM, and Windows-1252 as the fallback for bytes that are
 * not UTF-8. Binary and oversized files are refused with a reason.
 */
import * as fs from 'node:fs';

export interface DecodedText {
  text?: string;
  encoding?: string;
  /** Why the file could not be read, or a note about how it was read. */
  problem?: string;
  /** True when `problem` means the file was not read. */
  refused?: boolean;
}

export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), 'utf-8 (BOM)');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  let zeros = 0;
  let controls = 0;
  for (const b of head) {
    if (b === 0) zeros++;
    else if (b < 9 || (b > 13 && b < 32 && b !== 27)) controls++;
  }
  if (zeros > 0) {
    // UTF-16 without a BOM puts a zero in every other byte of ASCII text.
    const evenZeros = head.filter((b, i) => i % 2 === 1 && b === 0).length;
    const oddZeros = head.filter((b, i) => i % 2 === 0 && b === 0).length;
    if (evenZeros > head.length / 4 && oddZeros === 0) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
    if (oddZeros > head.length / 4 && evenZeros === 0) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
    return { problem: 'the file is binary (it contains NUL bytes), not text', refused: true };
  }
  if (controls > head.length / 20) return { problem: 'the file looks binary (many control characters), not text', refused: true };
  return decodeUtf8(bytes, 'utf-8');
}

/** Windows-1252 bytes 0x80-0x9F (the rest is Latin-1); undefined slots stay as they are. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function decodeUtf8(bytes: Uint8Array, label: string): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: label };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      problem: 'the file is not valid UTF-8; it was read as Windows-1252',
    };
  }
}

/** Reads and decodes a file, refusing ones over `maxBytes`. Never throws. */
export function readTextFile(path: string, maxBytes = MAX_ARTICLE_BYTES): DecodedText {
  try {
    const stat = fs.statSync(path);
    if (!stat.isFile()) return { problem: 'not a regular file', refused: true };
    if (stat.size > maxBytes) {
      return { problem: `the file is ${(stat.size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit for one article`, refused: true };
    }
    return decodeText(fs.readFileSync(path));
  } catch (err) {
    return { problem: `it could not be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, refused: true };
  }
}
