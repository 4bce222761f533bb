import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, readTextFile } from '../../server/src/io/textFile';

describe('reading text in any encoding', () => {
  const text = 'Kyiv’s “support” — Zürich';
  it('UTF-8 with and without BOM', () => {
    expect(decodeText(Buffer.from(text, 'utf8')).text).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])).text).toBe(text);
  });
  it('UTF-16 LE and BE with BOM, and LE without', () => {
    const le = Buffer.from(text, 'utf16le');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le])).text).toBe(text);
    const be = Buffer.from(le).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe(text);
    expect(decodeText(Buffer.from('Plain ASCII article text', 'utf16le')).text).toBe('Plain ASCII article text');
  });
  it('falls back to Windows-1252 for bytes that are not UTF-8, and says so', () => {
    const d = decodeText(Buffer.from([0x4b, 0x79, 0x69, 0x76, 0x92, 0x73, 0x20, 0x93, 0x71, 0x94]));
    expect(d.text).toBe('Kyiv’s “q”');
    expect(d.problem).toMatch(/Windows-1252/);
  });
  it('refuses binary files', () => {
    const d = decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    expect(d.refused).toBe(true);
    expect(d.problem).toMatch(/binary/);
  });
  it('refuses files over the size limit and unreadable paths without throwing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-'));
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, 'a'.repeat(2048));
    expect(readTextFile(big, 1024).problem).toMatch(/over the/);
    expect(readTextFile(path.join(dir, 'missing.txt')).refused).toBe(true);
    expect(readTextFile(dir).refused).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });
});
